package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Who has answered which monitoring questionnaire of which programme — only that, kept apart from the anonymous
 * responses ({@link QualityStore}), so that a participant answers each stage (and phase) once and nobody can tell
 * which response is theirs.
 */
public interface SurveyRespondents {

	record Mark(UUID programmeId, int stage, Questionnaire.Phase phase, LocalDate answeredOn) {
	}

	/** Records that the participant answered; false when they already had (nothing changed). */
	boolean mark(UUID participantId, UUID programmeId, int stage, Questionnaire.Phase phase, LocalDate on);

	List<Mark> marks(UUID participantId);

	/** The programme's title as monitoring knows it from {@code ProgrammeOpened}. */
	Optional<String> programmeTitle(UUID programmeId);
}
