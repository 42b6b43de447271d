package ru.nastavnik.monitoring.domain;

import java.util.Set;

/**
 * Who counts towards an indicator: participants in an active pair, optionally restricted by category, role in the
 * pair, form of mentorship, age band, young teacher and trained mentor. {@code null} (or an empty set) means any.
 */
public record Numerator(String category, PairRole pairRole, String formCode, Set<String> ageBands, Boolean youngTeacher,
		Boolean trained) {

	public Numerator {
		ageBands = ageBands == null ? Set.of() : Set.copyOf(ageBands);
	}

	public static Numerator anyone() {
		return new Numerator(null, null, null, Set.of(), null, null);
	}

	public Numerator withForm(String form) {
		return new Numerator(category, pairRole, form, ageBands, youngTeacher, trained);
	}

	/** The bucket key this numerator reads (form and role, or the merged '*' buckets). */
	public String formKey() {
		return formCode == null ? InvolvementBucket.ANY : formCode;
	}

	public String roleKey() {
		return pairRole == null ? InvolvementBucket.ANY : pairRole.name();
	}

	public boolean counts(InvolvementBucket bucket) {
		return bucket.formCode().equals(formKey()) && bucket.pairRole().equals(roleKey())
				&& (category == null || category.equals(bucket.category()))
				&& (ageBands.isEmpty() || ageBands.contains(bucket.ageBand()))
				&& (youngTeacher == null || youngTeacher == bucket.youngTeacher())
				&& (trained == null || trained == bucket.trained());
	}

	/** Russian description of who counts, for the pages and the report. */
	public String describe() {
		var text = new StringBuilder(category == null ? "участники" : Categories.plural(category));
		if (ageBands.contains("FROM_10_TO_14") && ageBands.contains("FROM_15_TO_19") && ageBands.size() == 2) {
			text.append(" 10–19 лет");
		}
		else if (ageBands.equals(Set.of("FROM_15_TO_19"))) {
			text.append(" 15–19 лет");
		}
		if (Boolean.TRUE.equals(youngTeacher)) {
			text.append(" (молодые педагоги)");
		}
		text.append(pairRole == null ? " в действующих парах" : pairRole == PairRole.MENTOR ? " — наставники" : " — наставляемые");
		if (formCode != null) {
			text.append(", форма «").append(Forms.name(formCode)).append("»");
		}
		if (Boolean.TRUE.equals(trained)) {
			text.append(", прошедшие обучение");
		}
		return text.toString();
	}
}
