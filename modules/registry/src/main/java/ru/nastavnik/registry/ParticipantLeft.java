package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A participant left the programme (participation ended); their past counts remain. */
public record ParticipantLeft(TenantId tenantId, UUID participantId, UUID organizationId, LocalDate leftOn, String reason) implements TenantScopedEvent {
}
