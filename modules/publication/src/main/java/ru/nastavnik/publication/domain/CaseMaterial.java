package ru.nastavnik.publication.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A completed pair (pairing's PairCompleted) a case can be drafted from: facts only, no names. */
public record CaseMaterial(UUID pairId, String formCode, UUID organizationId, int menteeCount, LocalDate completedOn,
		String outcome, UUID usedByCase) {

	public String formLabel() {
		return MentorshipForms.label(formCode);
	}
}
