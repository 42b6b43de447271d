package ru.nastavnik.platform.security;

import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantSummary;

/**
 * Opens the tenant scope of a request from its path, after security has allowed it: {@code /api/{tenant}/**},
 * {@code /t/{tenant}/**} (read-write for that tenant), {@code /public/{tenant}/**} (read-only), and
 * {@code /api/regions/{region}/**}, {@code /r/{region}/**} (read-only over the region's municipalities), and the
 * invitation paths {@code /join/{tenant}/**}, {@code /api/join/{tenant}/**} (read-write for that tenant: the one-time
 * token is the credential there). For a signed-in participant the tenant scope is narrowed to their participant, so
 * that the participant policies of row-level security apply to every query of the request (decision 0010). An
 * unknown tenant is a 404.
 */
public class TenantContextFilter extends OncePerRequestFilter {

	private static final Pattern TENANT_PATH = Pattern.compile("^/(api|t|public)/([a-z0-9-]+)(/.*)?$");

	private static final Pattern REGION_PATH = Pattern.compile("^/(api/regions|r)/([a-z0-9-]+)(/.*)?$");

	private static final Pattern INVITATION_PATH = Pattern.compile("^/(api/join|join)/([a-z0-9-]+)(/.*)?$");

	private final TenantDirectory tenants;

	public TenantContextFilter(TenantDirectory tenants) {
		this.tenants = tenants;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		TenantContext.Scope scope = null;
		Matcher region = REGION_PATH.matcher(path);
		Matcher tenant = TENANT_PATH.matcher(path);
		Matcher invitation = INVITATION_PATH.matcher(path);
		if (invitation.matches()) {
			var found = tenants.bySlug(invitation.group(2));
			if (found.isEmpty()) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND, "Муниципалитет не найден");
				return;
			}
			scope = TenantContext.Scope.single(found.get().id());
		}
		else if (region.matches()) {
			var members = tenants.inRegion(region.group(2)).stream().map(TenantSummary::id).toList();
			scope = TenantContext.Scope.readOnly(members);
		}
		else if (tenant.matches() && !TenantDirectoryPaths.isReserved(tenant.group(2))) {
			var found = tenants.bySlug(tenant.group(2));
			if (found.isEmpty()) {
				response.sendError(HttpServletResponse.SC_NOT_FOUND, "Муниципалитет не найден");
				return;
			}
			var participant = signedInParticipant();
			if (tenant.group(1).equals("public")) {
				scope = TenantContext.Scope.readOnly(java.util.List.of(found.get().id()));
			}
			else if (participant.isPresent()) {
				scope = TenantContext.Scope.participant(found.get().id(), participant.get());
			}
			else {
				scope = TenantContext.Scope.single(found.get().id());
			}
		}
		if (scope == null) {
			chain.doFilter(request, response);
			return;
		}
		TenantContext.set(scope);
		try {
			chain.doFilter(request, response);
		}
		finally {
			TenantContext.clear();
		}
	}

	/** The participant a signed-in participant account is bound to; empty for everybody else. */
	private static java.util.Optional<java.util.UUID> signedInParticipant() {
		var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
			.getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof NastavnikPrincipal principal) {
			return principal.user().participantScope();
		}
		return java.util.Optional.empty();
	}

	/** Path words that are not tenants. */
	static final class TenantDirectoryPaths {

		private static final java.util.Set<String> RESERVED = java.util.Set.of("tenants", "regions", "me", "admin", "join");

		static boolean isReserved(String segment) {
			return RESERVED.contains(segment);
		}
	}
}
