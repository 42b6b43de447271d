package ru.nastavnik.platform.security;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import ru.nastavnik.platform.CurrentUser;
import ru.nastavnik.platform.Role;

/**
 * Who may reach which scope — decided here, from the path, for every endpoint at once; controllers add only
 * role-within-tenant rules (e.g. coordinator-only actions).
 * <ul>
 * <li>{@code /api/{tenant}/**}, {@code /t/{tenant}/**}: a coordinator or school curator of that tenant;</li>
 * <li>{@code /api/regions/{region}/**}, {@code /r/{region}/**}: a ministry viewer of that region;</li>
 * <li>{@code /api/{tenant}/me/**}, {@code /t/{tenant}/me/**}: a participant of that tenant, and nobody else — their
 * own data only (the participant is taken from the account, never from the path; decision 0010);</li>
 * <li>the platform administrator manages tenants and accounts but reads no tenant's business data.</li>
 * </ul>
 */
final class AccessRules {

	private AccessRules() {
	}

	static AuthorizationManager<RequestAuthorizationContext> tenantMember() {
		return new ScopeRule("tenant", (user, value) -> user.role().isTenantRole() && value.equals(user.tenantSlug()));
	}

	/** A participant account of that tenant, bound to a participant. */
	static AuthorizationManager<RequestAuthorizationContext> participantSelf() {
		return new ScopeRule("tenant", (user, value) -> user.role() == Role.PARTICIPANT && user.participantId() != null
				&& value.equals(user.tenantSlug()));
	}

	static AuthorizationManager<RequestAuthorizationContext> regionViewer() {
		return new ScopeRule("region", (user, value) -> user.role() == Role.MINISTRY_VIEWER && value.equals(user.regionCode()));
	}

	private interface Check {
		boolean allows(CurrentUser user, String pathValue);
	}

	private record ScopeRule(String variable, Check check) implements AuthorizationManager<RequestAuthorizationContext> {

		@Override
		public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
				RequestAuthorizationContext context) {
			Authentication auth = authentication.get();
			if (auth == null || !(auth.getPrincipal() instanceof NastavnikPrincipal principal)) {
				return new AuthorizationDecision(false);
			}
			Map<String, String> variables = context.getVariables();
			String value = variables.get(variable);
			return new AuthorizationDecision(value != null && check.allows(principal.user(), value));
		}
	}
}
