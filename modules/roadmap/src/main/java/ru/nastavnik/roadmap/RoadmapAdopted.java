package ru.nastavnik.roadmap;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A roadmap was adopted for a period from the tenant's template, by an order. */
public record RoadmapAdopted(TenantId tenantId, UUID roadmapId, String title, LocalDate periodFrom, LocalDate periodTo, String orderNumber, LocalDate orderDate, int itemCount, int occurrenceCount) implements TenantScopedEvent {
}
