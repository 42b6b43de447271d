package ru.nastavnik.publication;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/** Something published was taken off the public section (by hand, or because a consent was withdrawn). */
public record PublicationWithdrawn(TenantId tenantId, UUID publicationId, String kind, String title, String reason) implements TenantScopedEvent {
}
