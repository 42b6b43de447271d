package ru.nastavnik.roadmap.domain.tracking;

import java.time.LocalDate;
import java.util.UUID;

/** An occurrence the overdue job claimed (marked as notified) and must publish an event for, exactly once. */
public record OverdueClaim(UUID occurrenceId, UUID roadmapId, UUID itemId, UUID organizationId, LocalDate due) {
}
