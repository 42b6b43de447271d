package ru.nastavnik.registry;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A participant's facts changed; carries the whole new state. */
public record ParticipantChanged(TenantId tenantId, ParticipantSnapshot participant) implements TenantScopedEvent {
}
