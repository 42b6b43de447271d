package ru.nastavnik.pairing.domain;

import java.time.LocalDate;
import java.time.YearMonth;
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
 * @param birthMonth the month of birth the registry's events carry, for the seniority rule; {@code null} when not known
 *                   (anonymised, or projected from events older than issue 16)
 * @param anonymised the registry erased the person's identifying fields: the name is gone here too
 */
public record Candidate(UUID id, UUID organizationId, String surname, String name, String patronymic, String category,
		Integer grade, String ageBand, YearMonth birthMonth, boolean mentor, boolean mentee, List<String> competencies,
		List<String> requests, int capacity, boolean trained, boolean processingConsent, boolean active,
		boolean anonymised) {

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
		return new MentorCandidate(id, Category.valueOf(category), organizationId, grade, seniorityDate(),
				java.util.Set.copyOf(competencies), Math.max(0, capacityLeft), trained);
	}

	public MenteeCandidate asMentee() {
		return new MenteeCandidate(id, Category.valueOf(category), organizationId, grade, seniorityDate(),
				java.util.Set.copyOf(requests));
	}

	/**
	 * The date the seniority rule compares when a grade is missing: the first day of the month of birth, so that two
	 * people born in the same month are not senior to each other; {@code null} (seniority unknown) without the month.
	 * The age band is never used for it — a 19-year-old is senior to a 15-year-old though both are «15–19 лет».
	 */
	LocalDate seniorityDate() {
		return birthMonth == null ? null : birthMonth.atDay(1);
	}
}
