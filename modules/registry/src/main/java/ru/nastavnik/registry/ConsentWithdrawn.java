package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** Consent for a purpose was withdrawn. Withdrawn publication consent unpublishes everything naming the person. */
public record ConsentWithdrawn(TenantId tenantId, UUID participantId, ConsentPurpose purpose, LocalDate withdrawnOn) implements TenantScopedEvent {
}
