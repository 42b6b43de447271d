package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/** One filled-in questionnaire of a programme's participant; who answered is not kept, only their role. */
public record QuestionnaireResponse(UUID id, UUID programmeId, UUID organizationId, Questionnaire questionnaire,
		PairRole respondentRole, Questionnaire.Phase phase, Map<String, Integer> answers, LocalDate submittedOn) {

	public QuestionnaireResponse {
		answers = Map.copyOf(answers);
	}
}
