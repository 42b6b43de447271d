package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** An occurrence's due date passed undone (published once per occurrence by the daily job). */
public record OccurrenceOverdue(TenantId tenantId, UUID roadmapId, UUID occurrenceId, String itemNumber, String itemTitle, UUID organizationId, LocalDate dueDate) implements TenantScopedEvent {
}
