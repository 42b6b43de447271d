package ru.nastavnik.platform;

/**
 * Lets a publisher have a large event turned into what the event publication registry stores ahead of publishing it —
 * in another thread, while its own thread waits for the database — so that publishing it costs only the insert of its
 * publications. Publishing an event that was not prepared is the same, only slower.
 */
public interface PreparedEvents {

	/** Serialises the event now (any thread); {@code publishEvent} of this very instance reuses the result. */
	void prepare(Object event);
}
