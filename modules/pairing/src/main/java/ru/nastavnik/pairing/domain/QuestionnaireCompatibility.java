package ru.nastavnik.pairing.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import ru.nastavnik.pairing.domain.matching.Compatibility;

/**
 * Compatibility of a possible pair from the questionnaire: over the questions both have answered, the weighted mean
 * of the agreement per question — 1 or 0 for a one-option question (same option or not), the Jaccard index of the
 * chosen sets for a several-options question. Unknown ({@link Compatibility#UNKNOWN_SCORE}) when they share no
 * answered question.
 */
public final class QuestionnaireCompatibility implements Compatibility {

	private final Map<UUID, Question> questions = new HashMap<>();

	private final Map<UUID, Map<UUID, Set<String>>> answersByParticipant = new HashMap<>();

	public QuestionnaireCompatibility(Collection<Question> activeQuestions, Collection<Answer> answers) {
		for (Question q : activeQuestions) {
			questions.put(q.id(), q);
		}
		for (Answer a : answers) {
			if (questions.containsKey(a.questionId()) && !a.chosen().isEmpty()) {
				answersByParticipant.computeIfAbsent(a.participantId(), k -> new HashMap<>())
					.put(a.questionId(), new HashSet<>(a.chosen()));
			}
		}
	}

	@Override
	public double score(UUID mentorId, UUID menteeId) {
		var mentor = answersByParticipant.get(mentorId);
		var mentee = answersByParticipant.get(menteeId);
		if (mentor == null || mentee == null) {
			return UNKNOWN_SCORE;
		}
		double weighted = 0;
		double weights = 0;
		for (var entry : mentor.entrySet()) {
			Set<String> other = mentee.get(entry.getKey());
			if (other == null) {
				continue;
			}
			Question q = questions.get(entry.getKey());
			weighted += q.weight() * agreement(entry.getValue(), other, q.multiple());
			weights += q.weight();
		}
		return weights == 0 ? UNKNOWN_SCORE : Math.max(0, Math.min(1, weighted / weights));
	}

	static double agreement(Set<String> a, Set<String> b, boolean multiple) {
		Set<String> common = new HashSet<>(a);
		common.retainAll(b);
		if (!multiple) {
			return common.isEmpty() ? 0 : 1;
		}
		Set<String> union = new HashSet<>(a);
		union.addAll(b);
		return union.isEmpty() ? 0 : (double) common.size() / union.size();
	}

	/** Whether the participant has answered at least one active question. */
	public boolean answered(UUID participantId) {
		return answersByParticipant.containsKey(participantId);
	}

	public static List<Question> sorted(Collection<Question> questions) {
		return questions.stream().sorted(java.util.Comparator.comparingInt(Question::position)).toList();
	}
}
