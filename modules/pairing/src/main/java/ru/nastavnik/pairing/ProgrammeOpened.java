package ru.nastavnik.pairing;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A mentorship programme of an organisation was opened. */
public record ProgrammeOpened(TenantId tenantId, UUID programmeId, UUID organizationId, String title, java.util.Set<String> formCodes, LocalDate from, LocalDate to) implements TenantScopedEvent {
}
