package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** The participant projection's row: what the indicators need, no name, no date of birth. */
public record ParticipantRecord(UUID id, UUID organizationId, String category, String ageBand, Set<String> roles,
		boolean youngTeacher, boolean mentorTrained, boolean active, LocalDate joinedOn, LocalDate leftOn,
		boolean anonymised) {

	public ParticipantFacts facts() {
		return new ParticipantFacts(id, organizationId, category, ageBand, youngTeacher, mentorTrained, leftOn);
	}
}
