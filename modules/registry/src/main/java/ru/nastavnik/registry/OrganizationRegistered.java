package ru.nastavnik.registry;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** An educational organisation was added to the tenant's registry. */
public record OrganizationRegistered(TenantId tenantId, UUID organizationId, String name, String shortName, String kind) implements TenantScopedEvent {
}
