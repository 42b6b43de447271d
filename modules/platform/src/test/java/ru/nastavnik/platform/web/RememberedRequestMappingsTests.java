package ru.nastavnik.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Method;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The application's request mappings remember what a request resolved to, and what they remember is exactly what the
 * full lookup finds: the same handler, the request's own path variables, a separate resolution for another method,
 * content type or accepted type on the same path, and no memory of refusals.
 */
@SpringBootTest
@Import(RememberedRequestMappingsTests.Endpoints.class)
class RememberedRequestMappingsTests {

	/** Endpoints that share paths and tell requests apart by method, content type and accepted type. */
	@RestController
	static class Endpoints {

		@GetMapping("/api/{tenant}/probe/{id}")
		String read(@PathVariable String tenant, @PathVariable String id) {
			return "read";
		}

		@PostMapping(path = "/api/{tenant}/probe/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
		String writeJson(@PathVariable String tenant, @PathVariable String id) {
			return "json";
		}

		@PostMapping(path = "/api/{tenant}/probe/{id}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
		String writeFile(@PathVariable String tenant, @PathVariable String id) {
			return "file";
		}

		@GetMapping(path = "/api/{tenant}/probe/{id}/feed", produces = "application/atom+xml")
		String feed(@PathVariable String tenant, @PathVariable String id) {
			return "atom";
		}

		@GetMapping(path = "/api/{tenant}/probe/{id}/feed", produces = MediaType.APPLICATION_JSON_VALUE)
		String feedJson(@PathVariable String tenant, @PathVariable String id) {
			return "json";
		}

		@GetMapping("/api/{tenant}/probe/fixed")
		String fixed(@PathVariable String tenant) {
			return "fixed";
		}
	}

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void theApplicationResolvesThroughTheRememberingMappings() {
		assertThat(mappings).isInstanceOf(RememberedRequestMappings.class);
		assertThat(((RememberedRequestMappings) mappings).remembering()).as("no mapping depends on more than the key").isTrue();
	}

	@Test
	void aRememberedResolutionIsTheFullLookupsWithTheRequestsOwnPathVariables() throws Exception {
		var remembered = (RememberedRequestMappings) mappings;
		for (int time = 1; time <= 3; time++) {
			var request = get("/api/sasovo/probe/42");
			assertThat(handler(request)).as("request %d", time).isEqualTo("read");
			assertThat(remembered.remembered()).isPositive();
			assertThat(variables(request)).isEqualTo(Map.of("tenant", "sasovo", "id", "42"));
			assertThat(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE))
				.isEqualTo("/api/{tenant}/probe/{id}");
		}
		var other = get("/api/michurinsk/probe/7");
		assertThat(handler(other)).isEqualTo("read");
		assertThat(variables(other)).isEqualTo(Map.of("tenant", "michurinsk", "id", "7"));
		// the more specific pattern still wins over the one with a variable in its place, before and after remembering
		for (int time = 1; time <= 2; time++) {
			var fixed = get("/api/sasovo/probe/fixed");
			assertThat(handler(fixed)).isEqualTo("fixed");
			assertThat(variables(fixed)).isEqualTo(Map.of("tenant", "sasovo"));
		}
	}

	@Test
	void theSamePathResolvesOnItsOwnForAnotherMethodContentTypeOrAcceptedType() throws Exception {
		for (int time = 1; time <= 2; time++) {
			assertThat(handler(post("/api/sasovo/probe/1", MediaType.APPLICATION_JSON_VALUE))).isEqualTo("writeJson");
			assertThat(handler(post("/api/sasovo/probe/1", MediaType.MULTIPART_FORM_DATA_VALUE + "; boundary=x")))
				.isEqualTo("writeFile");
			assertThat(handler(get("/api/sasovo/probe/1"))).isEqualTo("read");
			var atom = get("/api/sasovo/probe/1/feed");
			atom.addHeader("Accept", "application/atom+xml");
			assertThat(handler(atom)).isEqualTo("feed");
			var json = get("/api/sasovo/probe/1/feed");
			json.addHeader("Accept", MediaType.APPLICATION_JSON_VALUE);
			assertThat(handler(json)).isEqualTo("feedJson");
		}
	}

	@Test
	void refusalsAreNeverRemembered() throws Exception {
		var remembered = (RememberedRequestMappings) mappings;
		assertThat(handler(post("/api/sasovo/probe/2", MediaType.APPLICATION_JSON_VALUE))).isEqualTo("writeJson");
		int before = remembered.remembered();
		for (int time = 1; time <= 2; time++) {
			var delete = new MockHttpServletRequest("DELETE", "/api/sasovo/probe/2");
			assertThatThrownBy(() -> mappings.getHandler(delete)).isInstanceOf(HttpRequestMethodNotSupportedException.class);
			assertThatThrownBy(() -> mappings.getHandler(post("/api/sasovo/probe/2", MediaType.TEXT_PLAIN_VALUE)))
				.isInstanceOf(HttpMediaTypeNotSupportedException.class);
		}
		assertThat(remembered.remembered()).isEqualTo(before);
		assertThat(handler(post("/api/sasovo/probe/2", MediaType.APPLICATION_JSON_VALUE))).isEqualTo("writeJson");
	}

	@Test
	void aMappingThatLooksAtParametersStopsTheMemory() throws Exception {
		var remembered = (RememberedRequestMappings) mappings;
		Method method = Endpoints.class.getDeclaredMethod("fixed", String.class);
		var byParameter = RequestMappingInfo.paths("/api/{tenant}/probe/by-parameter").params("mode=x")
			.options(remembered.getBuilderConfiguration()).build();
		remembered.registerMapping(byParameter, new Endpoints(), method);
		try {
			assertThat(remembered.remembering()).isFalse();
			var request = get("/api/sasovo/probe/by-parameter");
			request.setParameter("mode", "x");
			assertThat(handler(request)).isEqualTo("fixed");
			assertThat(handler(get("/api/sasovo/probe/5"))).isEqualTo("read");
		}
		finally {
			remembered.unregisterMapping(byParameter);
		}
		assertThat(remembered.remembering()).isTrue();
	}

	private static MockHttpServletRequest get(String path) {
		return new MockHttpServletRequest("GET", path);
	}

	private static MockHttpServletRequest post(String path, String contentType) {
		var request = new MockHttpServletRequest("POST", path);
		request.setContentType(contentType);
		request.setContent("{}".getBytes());
		request.addHeader("Content-Length", "2");
		return request;
	}

	private String handler(MockHttpServletRequest request) throws Exception {
		var chain = mappings.getHandler(request);
		assertThat(chain).as(request.getMethod() + " " + request.getRequestURI()).isNotNull();
		return ((HandlerMethod) chain.getHandler()).getMethod().getName();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> variables(MockHttpServletRequest request) {
		return (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
	}
}
