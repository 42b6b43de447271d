package ru.nastavnik.platform;

import java.util.Optional;
import java.util.UUID;

/**
 * The signed-in account as the business modules see it.
 *
 * @param accountId      the account
 * @param username       sign-in name
 * @param displayName    name shown in the interface
 * @param role           the role
 * @param tenantId       the tenant of a coordinator or school curator, else {@code null}
 * @param tenantSlug     that tenant's slug, else {@code null}
 * @param regionCode     the region of a ministry viewer, or the tenant's region, else {@code null}
 * @param organizationId the organisation of a school curator, else {@code null}
 */
public record CurrentUser(UUID accountId, String username, String displayName, Role role, TenantId tenantId,
		String tenantSlug, String regionCode, UUID organizationId) {

	public boolean is(Role other) {
		return role == other;
	}

	public boolean isCoordinator() {
		return role == Role.COORDINATOR;
	}

	public boolean isSchoolCurator() {
		return role == Role.SCHOOL_CURATOR;
	}

	/** The organisation a school curator is limited to; empty for everybody else. */
	public Optional<UUID> organizationScope() {
		return role == Role.SCHOOL_CURATOR ? Optional.ofNullable(organizationId) : Optional.empty();
	}

	/** Whether this user may see or change records of the given organisation. */
	public boolean mayAccessOrganization(UUID organization) {
		return organizationScope().map(own -> own.equals(organization)).orElse(role == Role.COORDINATOR);
	}
}
