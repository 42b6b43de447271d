package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the indicators count a participant by (no name, no date of birth). A participant known only from a pair's
 * order has the category the order gave and an unknown age band until the registry's event arrives.
 */
public record ParticipantFacts(UUID id, UUID organizationId, String category, String ageBand, boolean youngTeacher,
		boolean trained, LocalDate leftOn) {
}
