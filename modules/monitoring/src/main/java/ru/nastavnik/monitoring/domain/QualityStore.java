package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Questionnaire answers and the readiness items confirmed by hand. */
public interface QualityStore {

	record Confirmation(UUID organizationId, ReadinessItem item, boolean confirmed, String document, LocalDate on) {
	}

	void add(QuestionnaireResponse response);

	/** Responses of a stage, optionally of one programme and/or one organisation ({@code null} = all). */
	List<QuestionnaireResponse> responses(Questionnaire questionnaire, UUID programmeId, UUID organizationId);

	void confirm(Confirmation confirmation);

	Map<UUID, List<Confirmation>> confirmations();
}
