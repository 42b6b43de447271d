package ru.nastavnik.platform.security;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API request in by {@code Authorization: Bearer <personal API token>} (in the API filter chain, before HTTP
 * Basic). The request is stateless: no session is created. Every request presenting a known token — let in or refused —
 * is written to the token audit log with its outcome; an unknown, expired or revoked token is a 401 problem saying which.
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final ApiTokens tokens;

	private final ApiTokenAudit audit;

	private final PlatformSecurityConfiguration.ProblemResponses problems;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	ApiTokenFilter(ApiTokens tokens, ApiTokenAudit audit, PlatformSecurityConfiguration.ProblemResponses problems) {
		this.tokens = tokens;
		this.audit = audit;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader("Authorization");
		if (header == null || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
			chain.doFilter(request, response);
			return;
		}
		var outcome = tokens.authenticate(header.substring(BEARER.length()).trim());
		if (outcome instanceof ApiTokens.Valid valid) {
			var context = contexts.createEmptyContext();
			context.setAuthentication(new ApiTokenAuthentication(valid.principal(), valid.tokenId()));
			contexts.setContext(context);
			try {
				chain.doFilter(request, response);
			}
			finally {
				contexts.clearContext();
				audit.record(valid.tokenId(), valid.principal().user().accountId(), request.getMethod(),
						request.getRequestURI(), response.getStatus(), request.getRemoteAddr());
			}
			return;
		}
		String reason = outcome instanceof ApiTokens.Refused refused ? refused.reason()
				: "Неизвестный API-токен: проверьте, что он скопирован целиком и не отозван";
		problems.refuseToken(request, response, reason);
		if (outcome instanceof ApiTokens.Refused refused) {
			audit.record(refused.tokenId(), refused.accountId(), request.getMethod(), request.getRequestURI(),
					response.getStatus(), request.getRemoteAddr());
		}
	}
}
