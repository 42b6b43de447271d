package ru.nastavnik.registry;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A mentee's requests/difficulties changed. */
public record MenteeProfileChanged(TenantId tenantId, UUID participantId, java.util.Set<String> requests) implements TenantScopedEvent {
}
