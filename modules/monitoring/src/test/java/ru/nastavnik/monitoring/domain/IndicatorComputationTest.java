package ru.nastavnik.monitoring.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import ru.nastavnik.platform.web.RussianFormats;

/** Indicator computation from participants' memberships, without Spring. */
class IndicatorComputationTest {

	static final UUID SCHOOL = UUID.randomUUID();

	static final LocalDate ORDER = LocalDate.of(2020, 10, 1);

	static final IndicatorDefinition PUPILS = IndicatorCatalogue.forTenant("sosnovka").get(0);

	static ParticipantFacts pupil(String band) {
		return new ParticipantFacts(UUID.randomUUID(), SCHOOL, "PUPIL", band, false, false, null);
	}

	static Membership in(String form, PairRole role, LocalDate from, LocalDate to) {
		return new Membership(UUID.randomUUID(), form, role, from, to);
	}

	static InvolvementCounts countsAt(LocalDate date, Map<ParticipantFacts, List<Membership>> participants) {
		var contributions = new ArrayList<Involvement.Contribution>();
		participants.forEach((p, m) -> contributions.addAll(Involvement.of(p, m)));
		return Involvement.at(date, Involvement.deltas(contributions));
	}

	@Test
	void aPupilInTwoPairsCountsOnce() {
		var twice = pupil("FROM_10_TO_14");
		var once = pupil("FROM_15_TO_19");
		var participants = Map.of(
				twice, List.of(in(Forms.PUPIL_PUPIL, PairRole.MENTEE, ORDER, null),
						in(Forms.TEACHER_PUPIL, PairRole.MENTEE, ORDER.plusDays(10), null)),
				once, List.of(in(Forms.PUPIL_PUPIL, PairRole.MENTOR, ORDER, null)));
		var counts = countsAt(LocalDate.of(2020, 12, 31), participants);

		assertThat(counts.count(PUPILS.numerator())).isEqualTo(2);
		// per form each counts once in that form
		assertThat(counts.count(PUPILS.numerator().withForm(Forms.PUPIL_PUPIL))).isEqualTo(2);
		assertThat(counts.count(PUPILS.numerator().withForm(Forms.TEACHER_PUPIL))).isEqualTo(1);
		var value = PUPILS.evaluate(LocalDate.of(2020, 12, 31), counts, new ContingentFigures(20, 15, 5, 3, 1));
		assertThat(value.numerator()).isEqualTo(2);
		assertThat(value.value()).isEqualByComparingTo("10.0");
		assertThat(value.target()).isEqualByComparingTo("10");
		assertThat(value.onTrack()).isTrue();
	}

	@Test
	void overlappingPairsOfTheSameFormAreMergedAndEndsAreHonoured() {
		var p = pupil("FROM_10_TO_14");
		var m = List.of(in(Forms.PUPIL_PUPIL, PairRole.MENTEE, ORDER, LocalDate.of(2021, 3, 1)),
				in(Forms.PUPIL_PUPIL, PairRole.MENTEE, LocalDate.of(2021, 2, 1), LocalDate.of(2021, 5, 1)));
		var numerator = PUPILS.numerator();
		assertThat(countsAt(LocalDate.of(2020, 9, 30), Map.of(p, m)).count(numerator)).isZero();
		assertThat(countsAt(LocalDate.of(2021, 2, 15), Map.of(p, m)).count(numerator)).isEqualTo(1);
		assertThat(countsAt(LocalDate.of(2021, 4, 30), Map.of(p, m)).count(numerator)).isEqualTo(1);
		assertThat(countsAt(LocalDate.of(2021, 5, 1), Map.of(p, m)).count(numerator)).isZero();
	}

	@Test
	void leavingEndsTheContribution() {
		var left = new ParticipantFacts(UUID.randomUUID(), SCHOOL, "PUPIL", "FROM_10_TO_14", false, false,
				LocalDate.of(2021, 1, 10));
		var m = List.of(in(Forms.PUPIL_PUPIL, PairRole.MENTEE, ORDER, null));
		assertThat(countsAt(LocalDate.of(2021, 1, 9), Map.of(left, m)).count(PUPILS.numerator())).isEqualTo(1);
		assertThat(countsAt(LocalDate.of(2021, 1, 10), Map.of(left, m)).count(PUPILS.numerator())).isZero();
	}

	@Test
	void theDifferenceOfAnUnchangedContributionIsNothingSoEventsMayArriveTwice() {
		var p = pupil("FROM_10_TO_14");
		var m = List.of(in(Forms.PUPIL_PUPIL, PairRole.MENTEE, ORDER, null));
		var c = Involvement.of(p, m);
		assertThat(Involvement.difference(c, c)).isEmpty();
		var added = Involvement.difference(List.of(), c);
		// +1 in each of (form, role), (form, *), (*, role), (*, *)
		assertThat(added).hasSize(4).allSatisfy((k, v) -> assertThat(v).isEqualTo(1));
	}

	@Test
	void youngTeachersShareOfStaffReadsAsTheReportStatesIt() {
		var staff = new ContingentFigures(0, 0, 0, 153, 24);
		BigDecimal share = Percent.of(staff.youngTeachers(), staff.teachers());
		assertThat(new RussianFormats().percent(share)).isEqualTo("15,7\u00a0%");
		assertThat(RussianText.percent(share)).isEqualTo("15,7\u00a0%");
		assertThat(Percent.of(23, 150)).isEqualByComparingTo("15.3");
	}

	@Test
	void sasovosYoungTeacherIndicatorCountsYoungTeachersInTeacherTeacherPairsAgainstYoungTeachers() {
		var sasovo = IndicatorCatalogue.forTenant("sasovo");
		var teacherTeacher = sasovo.stream().filter(d -> d.code().equals("sasovo-teacher-teacher")).findFirst().orElseThrow();
		var young = new ParticipantFacts(UUID.randomUUID(), SCHOOL, "TEACHER", "FROM_20_TO_34", true, false, null);
		var mentor = new ParticipantFacts(UUID.randomUUID(), SCHOOL, "TEACHER", "FROM_35", false, true, null);
		var participants = new HashMap<ParticipantFacts, List<Membership>>();
		participants.put(young, List.of(in(Forms.TEACHER_TEACHER, PairRole.MENTEE, ORDER, null)));
		participants.put(mentor, List.of(in(Forms.TEACHER_TEACHER, PairRole.MENTOR, ORDER, null)));
		var value = teacherTeacher.evaluate(LocalDate.of(2021, 12, 31), countsAt(LocalDate.of(2021, 12, 31), participants),
				new ContingentFigures(1000, 600, 300, 153, 24));
		assertThat(value.numerator()).isEqualTo(1);
		assertThat(value.denominator()).isEqualTo(24);
		assertThat(value.value()).isEqualByComparingTo("4.2");
		// the seed leaves Sasovo's targets blank: no target, no verdict
		assertThat(value.target()).isNull();
		assertThat(value.onTrack()).isNull();
		assertThat(sasovo).extracting(IndicatorDefinition::code).contains("sasovo-pupil-pupil", "sasovo-teacher-pupil",
				"pupils-10-19-mentees", "pupils-15-19-mentors", "young-teachers-mentees", "mentors-trained");
	}

	@Test
	void sosnovkasTargetsFollowItsRoadmapAndTheTargetInForceIsTheLastDue() {
		var targets = PUPILS.targets();
		assertThat(targets).extracting(Target::value).extracting(BigDecimal::intValue).containsExactly(10, 20, 35, 50, 70);
		assertThat(PUPILS.targetAt(LocalDate.of(2020, 6, 1)).orElseThrow().value()).isEqualByComparingTo("10");
		assertThat(PUPILS.targetAt(LocalDate.of(2022, 12, 31)).orElseThrow().value()).isEqualByComparingTo("35");
		assertThat(PUPILS.targetAt(LocalDate.of(2023, 6, 1)).orElseThrow().value()).isEqualByComparingTo("35");
		var michurinsk = IndicatorCatalogue.forTenant("michurinsk").get(0);
		assertThat(michurinsk.targets()).containsExactly(new Target(LocalDate.of(2020, 12, 31), new BigDecimal("10")));
	}

	@Test
	void schoolYearContainingADate() {
		assertThat(SchoolYear.startOf(LocalDate.of(2021, 1, 20))).isEqualTo(2020);
		assertThat(SchoolYear.startOf(LocalDate.of(2024, 12, 31))).isEqualTo(2024);
		assertThat(SchoolYear.startOf(LocalDate.of(2024, 8, 31))).isEqualTo(2023);
	}

	@Test
	void findingsStateWhatSasovosReportStates() {
		var content = new ReportContent("Сасовский муниципальный район", "УО", LocalDate.of(2020, 8, 31), 2019, List.of(),
				List.of(), List.of(new ReportContent.FormLine(Forms.TEACHER_TEACHER, "учитель–учитель", 4, 8)),
				List.of(new ReportContent.StaffLine(2018, 153, 24, Percent.of(24, 153)),
						new ReportContent.StaffLine(2019, 150, 23, Percent.of(23, 150))),
				4, 2, 4, 20, 3, Percent.of(3, 20), List.of("принято положение о наставничестве в ОО — нет в 3 ОО"), List.of());
		var findings = ReportFindings.of(content);
		assertThat(findings).contains(
				"В 2018-2019 учебном году количество молодых учителей составило 24 человека, или 15,7\u00a0% от общего количества педагогических работников.",
				"В 2019-2020 учебном году количество молодых учителей составило 23 человека, или 15,3\u00a0% от общего количества педагогических работников.");
		assertThat(findings).anyMatch(f -> f.contains("оказывают 4 педагога-наставника"));
		assertThat(findings).anyMatch(f -> f.contains("В некоторых школах (15,0\u00a0%, 3 из 20) отсутствует документация"));
		assertThat(findings).anyMatch(f -> f.contains("преобладает форма «учитель–учитель»"));
	}

	@Test
	void questionnaireResultsAreAggregatedAndHiddenForSmallGroups() {
		UUID programme = UUID.randomUUID();
		var two = List.of(response(programme, Questionnaire.Phase.BEFORE, 4), response(programme, Questionnaire.Phase.AFTER, 8));
		assertThat(QuestionnaireResults.of(Questionnaire.GROWTH, two).enough()).isFalse();
		assertThat(QuestionnaireResults.of(Questionnaire.GROWTH, two).items()).isEmpty();
		var many = new ArrayList<QuestionnaireResponse>();
		for (int i = 0; i < 3; i++) {
			many.add(response(programme, Questionnaire.Phase.BEFORE, 4 + i));
			many.add(response(programme, Questionnaire.Phase.AFTER, 7 + i));
		}
		var results = QuestionnaireResults.of(Questionnaire.GROWTH, many);
		var confidence = results.items().get(0);
		assertThat(confidence.averageBefore()).isEqualByComparingTo("5.0");
		assertThat(confidence.averageAfter()).isEqualByComparingTo("8.0");
		assertThat(confidence.growth()).isEqualByComparingTo("3.0");
		assertThat(results.items().get(4).shareYes()).isEqualByComparingTo("50.0");
	}

	static QuestionnaireResponse response(UUID programme, Questionnaire.Phase phase, int rating) {
		return new QuestionnaireResponse(UUID.randomUUID(), programme, SCHOOL, Questionnaire.GROWTH, PairRole.MENTEE, phase,
				Map.of("confidence", rating, "interest", rating, "goals", rating, "satisfaction", rating, "contests",
						phase == Questionnaire.Phase.AFTER ? 1 : 0),
				LocalDate.of(2021, 5, 1));
	}

	@Test
	void readinessShareOfSchoolsLackingDocuments() {
		var items = new java.util.EnumMap<ReadinessItem, Boolean>(ReadinessItem.class);
		for (ReadinessItem i : ReadinessItem.values()) {
			items.put(i, true);
		}
		var ready = new SchoolReadiness(UUID.randomUUID(), "СОШ № 1", items);
		var lacking = new SchoolReadiness(UUID.randomUUID(), "СОШ № 2", Map.of(ReadinessItem.CURATOR, true));
		var schools = new ArrayList<SchoolReadiness>();
		for (int i = 0; i < 17; i++) {
			schools.add(ready);
		}
		for (int i = 0; i < 3; i++) {
			schools.add(lacking);
		}
		var overview = new ReadinessOverview(schools);
		assertThat(overview.shareLackingDocuments()).isEqualByComparingTo("15.0");
		assertThat(lacking.missing()).contains(ReadinessItem.POLOZHENIE, ReadinessItem.PAIRS_ORDER);
		assertThat(Set.copyOf(ready.missing())).isEmpty();
	}
}
