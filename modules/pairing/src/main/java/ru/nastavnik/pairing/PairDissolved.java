package ru.nastavnik.pairing;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A pair or group was dissolved before completion, with a reason. */
public record PairDissolved(TenantId tenantId, UUID pairId, String formCode, UUID organizationId, UUID mentorId, java.util.List<UUID> menteeIds, LocalDate dissolvedOn, String reason) implements TenantScopedEvent {
}
