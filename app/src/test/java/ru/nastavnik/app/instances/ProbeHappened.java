package ru.nastavnik.app.instances;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** A test-only event: its listener ({@link ProbeListener}) writes one row and may be told to throw. */
public record ProbeHappened(TenantId tenantId, UUID id, String label) implements TenantScopedEvent {
}
