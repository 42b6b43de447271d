package ru.nastavnik.registry;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A participant entered the registry (by hand or by import). */
public record ParticipantRegistered(TenantId tenantId, ParticipantSnapshot participant) implements TenantScopedEvent {
}
