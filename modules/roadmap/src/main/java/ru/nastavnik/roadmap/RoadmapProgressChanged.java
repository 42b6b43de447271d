package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** The roadmap's totals after any status change: what the regional summary shows as progress. */
public record RoadmapProgressChanged(TenantId tenantId, UUID roadmapId, int occurrences, int done, int inProgress, int overdue, int cancelled, LocalDate asOf) implements TenantScopedEvent {
}
