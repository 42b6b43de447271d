package ru.nastavnik.monitoring;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** All indicator values were frozen for a reporting date. */
public record SnapshotTaken(TenantId tenantId, UUID snapshotId, LocalDate date, String title) implements TenantScopedEvent {
}
