package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** An occurrence of a roadmap item (for the municipality, or for one school: {@code organizationId}) was done, with evidence. */
public record OccurrenceCompleted(TenantId tenantId, UUID roadmapId, UUID occurrenceId, String itemNumber, String itemTitle, UUID organizationId, LocalDate dueDate, LocalDate completedOn, String evidence) implements TenantScopedEvent {
}
