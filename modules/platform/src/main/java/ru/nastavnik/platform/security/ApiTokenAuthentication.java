package ru.nastavnik.platform.security;

import java.util.UUID;

import org.springframework.security.authentication.AbstractAuthenticationToken;

/** A request signed in by a personal API token: the token's owner, with their role and scope, and the token's id. */
public final class ApiTokenAuthentication extends AbstractAuthenticationToken {

	private final NastavnikPrincipal principal;

	private final UUID tokenId;

	ApiTokenAuthentication(NastavnikPrincipal principal, UUID tokenId) {
		super(principal.getAuthorities());
		this.principal = principal;
		this.tokenId = tokenId;
		setAuthenticated(true);
	}

	public UUID tokenId() {
		return tokenId;
	}

	@Override
	public Object getCredentials() {
		return "";
	}

	@Override
	public NastavnikPrincipal getPrincipal() {
		return principal;
	}
}
