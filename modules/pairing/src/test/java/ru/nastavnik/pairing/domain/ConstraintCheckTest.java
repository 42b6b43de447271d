package ru.nastavnik.pairing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.pairing.domain.matching.Category;
import ru.nastavnik.pairing.domain.matching.FormRules;
import ru.nastavnik.pairing.domain.matching.PairKey;

/** Which of the curator's constraints a run honours, and the Russian reason for the others — without Spring. */
class ConstraintCheckTest {

	static final UUID SCHOOL = UUID.fromString("00000000-0000-0000-0000-00000000000a");

	static final UUID OTHER_SCHOOL = UUID.fromString("00000000-0000-0000-0000-00000000000b");

	static Candidate pupil(String surname, int grade, boolean mentor, int capacity, UUID org, boolean active,
			boolean consent) {
		return new Candidate(UUID.randomUUID(), org, surname, "Анна", null, "PUPIL", grade, "FROM_10_TO_14", null,
				mentor, !mentor, List.of("математика"), List.of("математика"), capacity, true, consent, active, false);
	}

	static CuratorConstraint constraint(Candidate mentor, Candidate mentee, ConstraintKind kind, int secondsAgo) {
		return CuratorConstraint.of(UUID.randomUUID(), "pupil-pupil", new PairKey(mentor.id(), mentee.id()), kind,
				Instant.now().minusSeconds(secondsAgo));
	}

	static CandidatePool pool(ActivePairs active, List<Candidate> matchable, List<Candidate> others) {
		return new CandidatePool(FormRules.PUPIL_PUPIL, SCHOOL, Set.of(Category.STUDENT), matchable, active, others);
	}

	@Test
	void aMentorsPlacesGoToTheirLocksOldestFirstAfterTheActivePairsOfTheTenant() {
		var mentor = pupil("Старшая", 10, true, 2, SCHOOL, true, true);
		var a = pupil("Первый", 6, false, 0, SCHOOL, true, true);
		var b = pupil("Второй", 6, false, 0, SCHOOL, true, true);
		// one place is taken by an active pair of another programme: one lock fits, the older one
		var active = new ActivePairs(java.util.Map.of(mentor.id(), 1), Set.of());
		var newer = constraint(mentor, a, ConstraintKind.LOCKED, 10);
		var older = constraint(mentor, b, ConstraintKind.LOCKED, 20);

		var verdicts = ConstraintCheck.check(pool(active, List.of(mentor, a, b), List.of()), List.of(newer, older));

		assertThat(verdicts).extracting(v -> v.pair().menteeId()).containsExactly(b.id(), a.id());
		assertThat(verdicts.get(0).applied()).isTrue();
		assertThat(verdicts.get(1).applied()).isFalse();
		assertThat(verdicts.get(1).fault()).isEqualTo(ConstraintCheck.Fault.CAPACITY);
		assertThat(verdicts.get(1).problem()).isEqualTo("у наставника Старшая Анна не осталось мест: ёмкость 2, "
				+ "в действующих парах 1, закреплено в этом подборе 1");
	}

	@Test
	void aLockNamesWhyItsPeopleOrItsPairCannotBePartOfTheRun() {
		var left = pupil("Ушедшая", 10, true, 1, SCHOOL, false, true);
		var junior = pupil("Младшая", 5, true, 1, SCHOOL, true, true);
		var mentee = pupil("Ждущий", 6, false, 0, SCHOOL, true, true);
		var engaged = pupil("Занятый", 6, false, 0, SCHOOL, true, true);
		var foreign = pupil("Чужой", 6, false, 0, OTHER_SCHOOL, true, true);
		var active = new ActivePairs(java.util.Map.of(), Set.of(engaged.id()));
		var pool = pool(active, List.of(junior, mentee, engaged), List.of(left, foreign));

		var verdicts = ConstraintCheck.check(pool, List.of(constraint(left, mentee, ConstraintKind.LOCKED, 5),
				constraint(junior, mentee, ConstraintKind.LOCKED, 4), constraint(junior, engaged, ConstraintKind.LOCKED, 3),
				constraint(junior, foreign, ConstraintKind.FORBIDDEN, 2)));

		assertThat(verdicts).extracting(ConstraintCheck.Verdict::problem).containsExactly(
				"наставник Ушедшая Анна: отмечено выбытие из программы",
				"по форме «ученик–ученик» наставник должен быть старше наставляемого (наставник — 5 класс, наставляемый — 6 класс)",
				"наставляемый Занятый Анна уже в действующей паре, закреплённой приказом",
				"наставляемый Чужой Анна не из организации программы");
		assertThat(verdicts).extracting(ConstraintCheck.Verdict::fault).containsExactly(ConstraintCheck.Fault.MENTOR,
				ConstraintCheck.Fault.RULE, ConstraintCheck.Fault.MENTEE, ConstraintCheck.Fault.MENTEE);
	}

	@Test
	void aBanAppliesWhenBothAreCandidatesOfTheRun() {
		var mentor = pupil("Старшая", 10, true, 1, SCHOOL, true, true);
		var mentee = pupil("Ждущий", 6, false, 0, SCHOOL, true, true);
		var withdrawn = pupil("Отозвавший", 6, false, 0, SCHOOL, true, false);
		var pool = pool(new ActivePairs(java.util.Map.of(), Set.of()), List.of(mentor, mentee), List.of(withdrawn));

		var verdicts = ConstraintCheck.check(pool, List.of(constraint(mentor, mentee, ConstraintKind.FORBIDDEN, 2),
				constraint(mentor, withdrawn, ConstraintKind.FORBIDDEN, 1)));

		assertThat(verdicts.get(0).applied()).isTrue();
		assertThat(verdicts.get(1).problem())
			.isEqualTo("наставляемый Отозвавший Анна: нет действующего согласия на обработку персональных данных");
	}
}
