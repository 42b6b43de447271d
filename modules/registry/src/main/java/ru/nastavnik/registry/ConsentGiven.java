package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** Consent (152-ФЗ) for a purpose was recorded. */
public record ConsentGiven(TenantId tenantId, UUID participantId, ConsentPurpose purpose, LocalDate givenOn, boolean byLegalRepresentative) implements TenantScopedEvent {
}
