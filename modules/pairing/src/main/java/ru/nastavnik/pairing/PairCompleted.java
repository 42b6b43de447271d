package ru.nastavnik.pairing;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A pair or group completed its work with an outcome. */
public record PairCompleted(TenantId tenantId, UUID pairId, String formCode, UUID organizationId, UUID mentorId, java.util.List<UUID> menteeIds, LocalDate completedOn, String outcome) implements TenantScopedEvent {
}
