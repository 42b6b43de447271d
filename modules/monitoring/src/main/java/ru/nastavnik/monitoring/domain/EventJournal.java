package ru.nastavnik.monitoring.domain;

import java.util.List;

/**
 * The events monitoring has projected, per tenant, in the order it handled them — so that the projections can be
 * rebuilt from them at any time (the platform does not keep completed event publications).
 */
public interface EventJournal {

	/** Appends a handled event to the current tenant's journal (in the handler's transaction). */
	void append(Object event);

	/** Appends a handled event that has its own identity (a chunk's batch id), in the handler's transaction. */
	void append(Object event, java.util.UUID key);

	/** Whether the current tenant's journal holds the event with this key (it has been applied). */
	boolean contains(java.util.UUID key);

	/** The current tenant's journal, oldest first. */
	List<Object> replay();

	/** How many events the current tenant's journal holds. */
	long size();

	/**
	 * Whether the current tenant's journal starts with the tenant itself (its {@code TenantCreated} was journaled),
	 * i.e. holds every event the tenant ever had; a tenant onboarded before the journal existed has an incomplete one.
	 */
	boolean complete();
}
