package ru.nastavnik.platform;

import java.util.UUID;

/**
 * An event that is one part of a larger operation — e.g. one chunk of a registry import among the import's other
 * chunks. The platform stores the operation's id where it can find it again without reading the event, so that the
 * operation can tell whether every listener has handled all of its events ({@link EventProgress}).
 */
public interface CorrelatedEvent extends TenantScopedEvent {

	/** The operation this event belongs to (e.g. the import's id). */
	UUID correlationId();
}
