package ru.nastavnik.pairing;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A programme was closed. */
public record ProgrammeClosed(TenantId tenantId, UUID programmeId, UUID organizationId, LocalDate closedOn) implements TenantScopedEvent {
}
