package ru.nastavnik.platform.web;

import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.util.StringUtils;
import org.springframework.web.accept.FixedContentNegotiationStrategy;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Spring MVC's request mappings with a memory of which mapping each request resolved to.
 * <p>
 * For a path with variables ({@code /api/{tenant}/registry/participants}) Spring MVC checks every one of the
 * application's ≈ 320 mappings against the request — its method, path, content type and accepted types — on every
 * request: a quarter of an API read's CPU in the load test's profile (docs/benchmarks.md; a known cost,
 * spring-framework#24901, #34461). Which mapping wins depends only on what those checks read: the method, the path,
 * the {@code Content-Type} and {@code Accept} headers and whether there is a body — as long as no mapping also looks at
 * parameters, other headers, an API version or a custom condition, and the accepted types come from the
 * {@code Accept} header alone. When all of that holds (checked whenever the mappings change; otherwise nothing is
 * remembered) a resolved request is remembered by exactly those values, and the next such request checks only the
 * remembered mapping — which still extracts its path variables and everything else from the request itself. Refused,
 * ambiguous and CORS pre-flight ({@code OPTIONS}) requests are always resolved in full. At most {@value #LIMIT}
 * resolutions are kept (ids in paths make them many); when full, the memory starts afresh.
 */
public class RememberedRequestMappings extends RequestMappingHandlerMapping {

	static final int LIMIT = 10_000;

	private record Key(String method, String path, String contentType, String accept, boolean body) {
	}

	private record Resolved(RequestMappingInfo mapping, HandlerMethod handler) {
	}

	private final ConcurrentMap<Key, Resolved> memory = new ConcurrentHashMap<>();

	private volatile Map<HandlerMethod, RequestMappingInfo> mappingOf = Map.of();

	private volatile boolean applicable;

	@Override
	protected void handlerMethodsInitialized(Map<RequestMappingInfo, HandlerMethod> handlerMethods) {
		super.handlerMethodsInitialized(handlerMethods);
		review();
	}

	@Override
	public void registerMapping(RequestMappingInfo mapping, Object handler, Method method) {
		super.registerMapping(mapping, handler, method);
		review();
	}

	@Override
	public void unregisterMapping(RequestMappingInfo mapping) {
		super.unregisterMapping(mapping);
		review();
	}

	/** Whether the memory may be used with these mappings; starts it afresh. */
	private synchronized void review() {
		applicable = false;
		memory.clear();
		var inverse = new HashMap<HandlerMethod, RequestMappingInfo>();
		boolean simple = getApiVersionStrategy() == null && getContentNegotiationManager().getStrategies().stream()
			.allMatch(s -> s instanceof HeaderContentNegotiationStrategy || s instanceof FixedContentNegotiationStrategy);
		for (var entry : getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			simple &= info.getParamsCondition().isEmpty() && info.getHeadersCondition().isEmpty()
					&& info.getCustomCondition() == null && info.getVersionCondition().getVersion() == null;
			simple &= inverse.put(entry.getValue(), info) == null;
		}
		mappingOf = Map.copyOf(inverse);
		applicable = simple;
	}

	/** Whether resolutions are being remembered (false when some mapping depends on more than the key). */
	public boolean remembering() {
		return applicable;
	}

	/** How many resolutions are remembered. */
	int remembered() {
		return memory.size();
	}

	@Override
	protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
		Key key = applicable && !HttpMethod.OPTIONS.matches(request.getMethod()) ? key(lookupPath, request) : null;
		if (key != null) {
			Resolved resolved = memory.get(key);
			if (resolved != null) {
				RequestMappingInfo match = getMatchingMapping(resolved.mapping(), request);
				if (match != null) {
					// what the full lookup does with its best match
					request.setAttribute(BEST_MATCHING_HANDLER_ATTRIBUTE, resolved.handler());
					handleMatch(match, lookupPath, request);
					return resolved.handler();
				}
			}
		}
		HandlerMethod handler = super.lookupHandlerMethod(lookupPath, request);
		if (key != null && handler != null) {
			RequestMappingInfo mapping = mappingOf.get(handler);
			if (mapping != null) {
				if (memory.size() >= LIMIT) {
					memory.clear();
				}
				memory.put(key, new Resolved(mapping, handler));
			}
		}
		return handler;
	}

	private static Key key(String lookupPath, HttpServletRequest request) {
		return new Key(request.getMethod(), lookupPath, request.getContentType(), request.getHeader(HttpHeaders.ACCEPT),
				hasBody(request));
	}

	/** As {@code ConsumesRequestCondition} tells a request with a body (which alone a "consumes" mapping requires). */
	private static boolean hasBody(HttpServletRequest request) {
		String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
		return StringUtils.hasText(request.getHeader(HttpHeaders.TRANSFER_ENCODING))
				|| StringUtils.hasText(length) && !length.trim().equals("0");
	}
}
