package ru.nastavnik.registry;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** An organisation's name or kind changed. */
public record OrganizationChanged(TenantId tenantId, UUID organizationId, String name, String shortName, String kind) implements TenantScopedEvent {
}
