package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/**
 * «The mentor is senior» by the birth month the registry's events carry (issue 16, item 4), not by age bands: a
 * 19-year-old college student is senior to a 15-year-old pupil although both are «15–19 лет»; someone born in the
 * same month is not senior; where both have a grade, the grade decides.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class SeniorityTests extends OwnTenantPairingTest {


	@Test
	void aStudentBornEarlierIsSeniorToAPupilOfTheSameAgeBandAndOneBornInTheSameMonthIsNot() throws Exception {
		// a tenant's own form: students mentor pupils, the mentor must be senior
		body(post("/api/" + t + "/pairing/forms").content("""
				{"code":"student-pupil-senior","name":"студент–ученик (старший)","mentorCategories":["STUDENT"],
				 "menteeCategories":["PUPIL"],"mentorMustBeSenior":true}"""), t);
		UUID school = UUID.randomUUID();
		UUID college = UUID.randomUUID();
		var nineteen = student(college, "Девятнадцатилетняя", YearMonth.of(2006, 5));
		var sixteen = student(college, "Шестнадцатилетняя", YearMonth.of(2010, 6));
		var fifteen = pupil(school, "Пятнадцатилетний", 9, YearMonth.of(2010, 2));
		var sameMonth = pupil(school, "Ровесник", 11, YearMonth.of(2006, 5));
		assertThat(List.of(nineteen, sixteen, fifteen, sameMonth)).extracting(ParticipantSnapshot::ageBand)
			.containsOnly(AgeBand.FROM_15_TO_19);
		register(tenant, List.of(nineteen, sixteen, fifteen, sameMonth));

		String proposal = body(post("/api/" + t + "/pairing/programmes/" + programme(t, school, "student-pupil-senior")
				+ "/matching"), t);

		assertThat(JsonPath.<List<String>>read(proposal, "$.pairs[?(@.menteeId == '" + fifteen.participantId() + "')].mentorId"))
			.containsExactly(nineteen.participantId().toString());
		List<Map<String, String>> unmatched = JsonPath.read(proposal, "$.unmatched");
		assertThat(unmatched).singleElement().satisfies(u -> {
			assertThat(u.get("menteeId")).isEqualTo(sameMonth.participantId().toString());
			assertThat(u.get("reason")).isEqualTo("NO_SENIOR_MENTOR");
		});
	}

	@Test
	void whereBothHaveAGradeTheGradeDecides() throws Exception {
		UUID school = UUID.randomUUID();
		// born earlier but in the same grade: not senior in «ученик–ученик»; in a higher grade though born later: senior
		var olderSameGrade = withRoles(pupil(school, "Второгодница", 8, YearMonth.of(2010, 1)), ParticipantRole.MENTOR);
		var higherGrade = withRoles(pupil(school, "Девятиклассница", 9, YearMonth.of(2011, 9)), ParticipantRole.MENTOR);
		var mentee = pupil(school, "Восьмиклассник", 8, YearMonth.of(2011, 6));
		register(tenant, List.of(olderSameGrade, higherGrade, mentee));

		String proposal = body(post("/api/" + t + "/pairing/programmes/" + programme(t, school, "pupil-pupil")
				+ "/matching"), t);

		assertThat(JsonPath.<List<String>>read(proposal, "$.pairs[*].mentorId"))
			.containsExactly(higherGrade.participantId().toString());
		assertThat(JsonPath.<List<String>>read(proposal, "$.pairs[*].alternatives[*].mentorId")).isEmpty();
	}

	static ParticipantSnapshot student(UUID college, String surname, YearMonth born) {
		return new ParticipantSnapshot(UUID.randomUUID(), college, new PersonName(surname, "Анна", null),
				ParticipantCategory.STUDENT, null, band(born), born.isAfter(YearMonth.now().minusYears(18)), false,
				Set.of(ParticipantRole.MENTOR), Set.of("математика"), Set.of(), 1, true, false, true, false,
				LocalDate.of(2024, 9, 1), true, born);
	}

	static ParticipantSnapshot pupil(UUID school, String surname, int grade, YearMonth born) {
		return new ParticipantSnapshot(UUID.randomUUID(), school, new PersonName(surname, "Иван", null),
				ParticipantCategory.PUPIL, grade, band(born), true, false, Set.of(ParticipantRole.MENTEE), Set.of(),
				Set.of("математика"), null, false, false, true, false, LocalDate.of(2024, 9, 1), true, born);
	}

	static ParticipantSnapshot withRoles(ParticipantSnapshot s, ParticipantRole role) {
		return new ParticipantSnapshot(s.participantId(), s.organizationId(), s.name(), s.category(), s.grade(),
				s.ageBand(), s.minor(), s.youngTeacher(), Set.of(role), Set.of("математика"), Set.of(), 1, false, false,
				true, false, s.joinedOn(), true, s.birthMonth());
	}

	/** The band on 1 December 2025, as the registry would publish it. */
	static AgeBand band(YearMonth born) {
		return AgeBand.ofAge(java.time.Period.between(born.atDay(15), LocalDate.of(2025, 12, 1)).getYears());
	}
}
