package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Objects;

/**
 * A questionnaire's results, aggregated only: averages of rated items, shares answering yes; for stage 2 the averages
 * before and after and the growth. A group smaller than {@link Questionnaire#MIN_RESPONDENTS} shows nothing.
 */
public record QuestionnaireResults(Questionnaire questionnaire, int respondents, boolean enough, List<Item> items) {

	/** One question's aggregate. Shares are percentages; averages have one decimal. */
	public record Item(String code, String text, Questionnaire.Question.Kind kind, int answered, BigDecimal average,
			BigDecimal shareYes, BigDecimal averageBefore, BigDecimal averageAfter, BigDecimal growth) {
	}

	public static QuestionnaireResults of(Questionnaire questionnaire, List<QuestionnaireResponse> responses) {
		var own = responses.stream().filter(r -> r.questionnaire() == questionnaire).toList();
		boolean enough = own.size() >= Questionnaire.MIN_RESPONDENTS;
		if (!enough) {
			return new QuestionnaireResults(questionnaire, own.size(), false, List.of());
		}
		var items = questionnaire.questions().stream().map(q -> {
			var all = values(own, q.code(), null);
			var before = values(own, q.code(), Questionnaire.Phase.BEFORE);
			var after = values(own, q.code(), Questionnaire.Phase.AFTER);
			BigDecimal average = q.kind() == Questionnaire.Question.Kind.SCALE ? average(all) : null;
			BigDecimal yes = q.kind() == Questionnaire.Question.Kind.YES_NO
					? Percent.of(all.stream().filter(v -> v == 1).count(), all.size()) : null;
			BigDecimal avgBefore = questionnaire == Questionnaire.GROWTH && before.size() >= Questionnaire.MIN_RESPONDENTS
					&& q.kind() == Questionnaire.Question.Kind.SCALE ? average(before) : null;
			BigDecimal avgAfter = questionnaire == Questionnaire.GROWTH && after.size() >= Questionnaire.MIN_RESPONDENTS
					&& q.kind() == Questionnaire.Question.Kind.SCALE ? average(after) : null;
			BigDecimal growth = avgBefore == null || avgAfter == null ? null : avgAfter.subtract(avgBefore);
			return new Item(q.code(), q.text(), q.kind(), all.size(), average, yes, avgBefore, avgAfter, growth);
		}).toList();
		return new QuestionnaireResults(questionnaire, own.size(), true, items);
	}

	private static List<Integer> values(List<QuestionnaireResponse> responses, String code, Questionnaire.Phase phase) {
		return responses.stream()
			.filter(r -> phase == null || r.phase() == phase)
			.map(r -> r.answers().get(code))
			.filter(Objects::nonNull)
			.toList();
	}

	private static BigDecimal average(List<Integer> values) {
		if (values.isEmpty()) {
			return null;
		}
		return BigDecimal.valueOf(values.stream().mapToInt(Integer::intValue).sum())
			.divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
	}
}
