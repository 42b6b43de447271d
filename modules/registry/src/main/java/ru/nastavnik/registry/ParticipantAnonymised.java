package ru.nastavnik.registry;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A participant's identifying fields were erased (after processing consent was withdrawn); non-identifying facts stay for the indicators. Consumers drop names they hold. */
public record ParticipantAnonymised(TenantId tenantId, UUID participantId) implements TenantScopedEvent {
}
