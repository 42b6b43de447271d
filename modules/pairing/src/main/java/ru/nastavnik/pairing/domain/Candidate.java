package ru.nastavnik.pairing.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.pairing.domain.matching.Category;
import ru.nastavnik.pairing.domain.matching.MenteeCandidate;
import ru.nastavnik.pairing.domain.matching.MentorCandidate;

/**
 * A participant as this module knows it from the registry's events (its own projection).
 *
 * @param category  the registry's category name ({@code PUPIL}, {@code TEACHER}, …), {@code null} until a snapshot came
 * @param ageBand   the registry's age band name ({@code FROM_10_TO_14}, …), nullable
 * @param anonymised the registry erased the person's identifying fields: the name is gone here too
 */
public record Candidate(UUID id, UUID organizationId, String surname, String name, String patronymic, String category,
		Integer grade, String ageBand, boolean mentor, boolean mentee, List<String> competencies, List<String> requests,
		int capacity, boolean trained, boolean processingConsent, boolean active, boolean anonymised) {

	/** Takes part in matching: known category, active, consent to processing on record, not anonymised. */
	public boolean matchable() {
		return absence().isEmpty();
	}

	/**
	 * Why this participant cannot take part in matching at all, in Russian (a phrase without the name); empty when it
	 * can. The same conditions as {@link #matchable()}.
	 */
	public java.util.Optional<String> absence() {
		if (category == null) {
			return java.util.Optional.of("нет сведений об участнике из реестра");
		}
		if (anonymised) {
			return java.util.Optional.of("данные обезличены после отзыва согласия на обработку персональных данных");
		}
		if (!processingConsent) {
			return java.util.Optional.of("нет действующего согласия на обработку персональных данных");
		}
		if (!active) {
			return java.util.Optional.of("отмечено выбытие из программы");
		}
		return java.util.Optional.empty();
	}

	/** The name for documents and pages; anonymised participants have none. */
	public String fullName() {
		if (anonymised || surname == null) {
			return "Участник (данные обезличены)";
		}
		return patronymic == null || patronymic.isBlank() ? surname + " " + name : surname + " " + name + " " + patronymic;
	}

	public String categoryTitle() {
		return category == null ? "—" : Category.valueOf(category).russianName();
	}

	public MentorCandidate asMentor(int capacityLeft) {
		return new MentorCandidate(id, Category.valueOf(category), organizationId, grade, seniorityDate(ageBand),
				java.util.Set.copyOf(competencies), Math.max(0, capacityLeft), trained);
	}

	public MenteeCandidate asMentee() {
		return new MenteeCandidate(id, Category.valueOf(category), organizationId, grade, seniorityDate(ageBand),
				java.util.Set.copyOf(requests));
	}

	/**
	 * Events carry an age band, never a birth date. For the seniority rule (when a grade is missing) a band stands for
	 * a representative birth date: an older band is senior, the same band is not.
	 */
	static LocalDate seniorityDate(String ageBand) {
		if (ageBand == null) {
			return null;
		}
		int years = switch (ageBand) {
			case "UNDER_10" -> 5;
			case "FROM_10_TO_14" -> 10;
			case "FROM_15_TO_19" -> 15;
			case "FROM_20_TO_34" -> 20;
			case "FROM_35" -> 35;
			default -> -1;
		};
		return years < 0 ? null : LocalDate.of(2000, 1, 1).minusYears(years);
	}
}
