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
 * @param participantId  the participant a {@link Role#PARTICIPANT} account is bound to (for a legal representative:
 *                       the minor they act for), else {@code null}
 * @param representative whether a participant account belongs to the legal representative of that participant
 */
public record CurrentUser(UUID accountId, String username, String displayName, Role role, TenantId tenantId,
		String tenantSlug, String regionCode, UUID organizationId, UUID participantId, boolean representative) {

	/** A staff, ministry or administrator account: bound to no participant. */
	public CurrentUser(UUID accountId, String username, String displayName, Role role, TenantId tenantId,
			String tenantSlug, String regionCode, UUID organizationId) {
		this(accountId, username, displayName, role, tenantId, tenantSlug, regionCode, organizationId, null, false);
	}

	public boolean isParticipant() {
		return role == Role.PARTICIPANT;
	}

	/** The participant a participant account is bound to; empty for every other role. */
	public Optional<UUID> participantScope() {
		return role == Role.PARTICIPANT ? Optional.ofNullable(participantId) : Optional.empty();
	}

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
