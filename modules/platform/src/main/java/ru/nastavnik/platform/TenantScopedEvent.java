package ru.nastavnik.platform;

import org.jmolecules.event.types.DomainEvent;

/**
 * A domain event that belongs to one tenant. Every event crossing a module boundary implements it, so that its
 * listeners run inside that tenant's context (and so under its row-level security).
 */
public interface TenantScopedEvent extends DomainEvent {

	TenantId tenantId();
}
