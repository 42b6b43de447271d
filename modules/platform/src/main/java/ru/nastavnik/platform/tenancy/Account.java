package ru.nastavnik.platform.tenancy;

import java.time.Instant;
import java.util.UUID;

import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantId;

/** A sign-in account with exactly one role and the scope that role implies (checked by the table too). */
public record Account(UUID id, String username, String passwordHash, String displayName, Role role,
		TenantId tenantId, String regionCode, UUID organizationId, boolean enabled, Instant createdAt,
		UUID participantId, boolean representative) {

	/** A staff, ministry or administrator account: bound to no participant. */
	public Account(UUID id, String username, String passwordHash, String displayName, Role role, TenantId tenantId,
			String regionCode, UUID organizationId, boolean enabled, Instant createdAt) {
		this(id, username, passwordHash, displayName, role, tenantId, regionCode, organizationId, enabled, createdAt,
				null, false);
	}
}
