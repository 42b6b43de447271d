package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.nastavnik.pairing.PairingTestSupport.inTenant;
import static ru.nastavnik.pairing.PairingTestSupport.listenersDone;
import static ru.nastavnik.pairing.PairingTestSupport.mentor;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.ConsentWithdrawn;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;

/**
 * The curator's locks and bans (issue 16, items 2 and 3): a lock is validated when it is made — the form's rules, the
 * mentor's places, ids of the programme's candidates — and refused naming the people and the rule; a lock that becomes
 * invalid later (the mentor left, withdrew the consent, filled their places elsewhere) is shown with its reason and
 * never breaks a re-run; a ban on someone outside the programme is refused; and a proposal shows the constraints it was
 * run with, apart from the changes made since.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class CuratorConstraintsTests extends OwnTenantPairingTest {


	@Test
	void aLockIsValidatedWhenItIsMadeAndRefusedNamingThePeopleAndTheRule() throws Exception {
		UUID org = UUID.randomUUID();
		var eighth = pupil(org, "Восьмиклассникова", 8, ParticipantRole.MENTOR, "математика", 1);
		var tenth = pupil(org, "Десятиклассникова", 10, ParticipantRole.MENTOR, "физика", 1);
		var teacher = mentor(org, "Учительская", ParticipantCategory.TEACHER, Set.of("физика"), 2, true);
		var ninth = pupil(org, "Девятиклассников", 9, ParticipantRole.MENTEE, "физика", null);
		var sixthA = pupil(org, "Шестиклассников", 6, ParticipantRole.MENTEE, "физика", null);
		var sixthB = pupil(org, "Шестиклассникова", 6, ParticipantRole.MENTEE, "математика", null);
		register(tenant, List.of(eighth, tenth, teacher, ninth, sixthA, sixthB));
		String proposal = JsonPath.read(body(post("/api/" + t + "/pairing/programmes/" + programme(t, org, "pupil-pupil")
				+ "/matching"), t), "$.id");
		String locks = "/api/" + t + "/pairing/proposals/" + proposal + "/locks";

		// the form's seniority: an 8th-grader cannot mentor a 9th-grader
		String junior = refused(post(locks).content(pair(eighth, ninth)), t, 422);
		assertThat(JsonPath.<String>read(junior, "$.detail")).contains("Восьмиклассникова Анна").contains("Девятиклассников Иван")
			.contains("наставник должен быть старше наставляемого");
		assertThat(JsonPath.<List<String>>read(junior, "$.errors[*].field")).containsExactly("mentorId");
		// the form's categories: a teacher is not a mentor of «ученик–ученик»
		assertThat(JsonPath.<String>read(refused(post(locks).content(pair(teacher, sixthA)), t, 422), "$.detail"))
			.contains("Учительская Анна Петровна").contains("категория наставника «педагог» не допускается формой «ученик–ученик»");
		// ids of nobody in the programme
		UUID nobody = UUID.randomUUID();
		assertThat(JsonPath.<String>read(refused(post(locks).content("{\"mentorId\":\"" + nobody + "\",\"menteeId\":\""
				+ sixthA.participantId() + "\"}"), t, 422), "$.detail"))
			.contains("не найден среди кандидатов программы").contains(nobody.toString());
		// the mentor's places: one place, already locked to another mentee
		body(post(locks).content(pair(tenth, sixthA)), t);
		String full = refused(post(locks).content(pair(tenth, sixthB)), t, 409);
		assertThat(JsonPath.<String>read(full, "$.detail")).contains("Десятиклассникова Анна").contains("ёмкость 1")
			.contains("закреплено в этом подборе 1");

		// only the valid lock was kept, and the proposal can be re-run with it
		String view = body(get("/api/" + t + "/pairing/proposals/" + proposal), t);
		assertThat(JsonPath.<List<String>>read(view, "$.changesSinceRun[*].menteeId")).containsExactly(id(sixthA));
		String rerun = body(post("/api/" + t + "/pairing/proposals/" + proposal + "/rerun"), t);
		assertThat(JsonPath.<List<String>>read(rerun, "$.pairs[?(@.menteeId == '" + id(sixthA) + "')].mentorId"))
			.containsExactly(id(tenth));
		assertThat(JsonPath.<List<Boolean>>read(rerun, "$.locks[*].applied")).containsExactly(true);

		// the page shows the refusal on the proposal, in Russian, and keeps nothing
		var posted = call(post("/t/" + t + "/pairing/proposals/" + proposal + "/lock").param("mentorId", id(eighth))
			.param("menteeId", id(ninth)).contentType(MediaType.APPLICATION_FORM_URLENCODED), t);
		assertThat(posted.getResponse().getStatus()).isEqualTo(302);
		String page = page(get(posted.getResponse().getRedirectedUrl()), posted);
		assertThat(page).contains("Пару «Восьмиклассникова Анна — Девятиклассников Иван» нельзя закрепить")
			.contains("наставник должен быть старше наставляемого");
		assertThat(JsonPath.<List<String>>read(body(get("/api/" + t + "/pairing/proposals/" + proposal), t),
				"$.changesSinceRun[*].menteeId")).containsExactly(id(sixthA));
	}

	@Test
	void aLockThatBecameInvalidLaterIsShownWithItsReasonAndNeverBreaksAReRun() throws Exception {
		UUID org = UUID.randomUUID();
		UUID otherSchool = UUID.randomUUID();
		UUID college = UUID.randomUUID();
		var leaving = pupil(org, "Уходящая", 10, ParticipantRole.MENTOR, "физика", 1);
		var withdrawing = pupil(org, "Отзывающая", 11, ParticipantRole.MENTOR, "химия", 1);
		var staying = pupil(org, "Остающаяся", 10, ParticipantRole.MENTOR, "история", 3);
		var a = pupil(org, "Первый", 6, ParticipantRole.MENTEE, "физика", null);
		var b = pupil(org, "Второй", 6, ParticipantRole.MENTEE, "химия", null);
		register(tenant, List.of(leaving, withdrawing, staying, a, b));
		String programme = programme(t, org, "pupil-pupil");
		String first = JsonPath.read(body(post("/api/" + t + "/pairing/programmes/" + programme + "/matching"), t), "$.id");
		body(post("/api/" + t + "/pairing/proposals/" + first + "/locks").content(pair(leaving, a)), t);
		body(post("/api/" + t + "/pairing/proposals/" + first + "/locks").content(pair(withdrawing, b)), t);

		// then one mentor leaves and the other withdraws the consent to processing (the registry's events)
		publish(new ParticipantLeft(tenant, leaving.participantId(), org, LocalDate.now(), "переезд"),
				new ConsentWithdrawn(tenant, withdrawing.participantId(), ConsentPurpose.PROCESSING, LocalDate.now()));
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc)
				&& !inTenant(tenant, tx, () -> projection.find(leaving.participantId()).orElseThrow().matchable())
				&& !inTenant(tenant, tx, () -> projection.find(withdrawing.participantId()).orElseThrow().matchable()));

		String rerun = body(post("/api/" + t + "/pairing/proposals/" + first + "/rerun"), t);
		Map<String, Object> left = lock(rerun, leaving);
		assertThat(left.get("applied")).isEqualTo(false);
		assertThat((String) left.get("problem")).contains("Уходящая Анна").contains("выбытие из программы");
		Map<String, Object> withdrawn = lock(rerun, withdrawing);
		assertThat(withdrawn.get("applied")).isEqualTo(false);
		assertThat((String) withdrawn.get("problem")).contains("Отзывающая Анна")
			.contains("нет действующего согласия на обработку персональных данных");
		// both mentees still got a mentor: the one who can take part
		assertThat(JsonPath.<List<String>>read(rerun, "$.pairs[*].mentorId")).containsOnly(id(staying)).hasSize(2);
		String page = page("/t/" + t + "/pairing/proposals/" + JsonPath.read(rerun, "$.id"));
		assertThat(page).contains("Закрепления и запреты этого подбора").contains("не применено")
			.contains("выбытие из программы");

		// capacity used elsewhere: a college student locked here is fixed by another school's order meanwhile
		var student = mentor(college, "Занятая", ParticipantCategory.STUDENT, Set.of("литература"), 1, true);
		var here = pupil(org, "Здешний", 7, ParticipantRole.MENTEE, "литература", null);
		var there = pupil(otherSchool, "Тамошний", 7, ParticipantRole.MENTEE, "литература", null);
		register(tenant, List.of(student, here, there));
		String studentProgramme = programme(t, org, "student-pupil");
		String ours = JsonPath.read(body(post("/api/" + t + "/pairing/programmes/" + studentProgramme + "/matching"), t),
				"$.id");
		body(post("/api/" + t + "/pairing/proposals/" + ours + "/locks").content(pair(student, here)), t);
		String theirs = JsonPath.read(body(post("/api/" + t + "/pairing/programmes/" + programme(t, otherSchool,
				"student-pupil") + "/matching"), t), "$.id");
		String order = JsonPath.read(body(post("/api/" + t + "/pairing/proposals/" + theirs + "/orders")
			.content("{\"number\":\"77\",\"date\":\"2025-09-12\"}"), t), "$.id");
		body(post("/api/" + t + "/pairing/orders/" + order + "/issue"), t);

		String again = body(post("/api/" + t + "/pairing/proposals/" + ours + "/rerun"), t);
		Map<String, Object> busy = lock(again, student);
		assertThat(busy.get("applied")).isEqualTo(false);
		assertThat((String) busy.get("problem")).contains("Занятая Анна Петровна").contains("ёмкость 1")
			.contains("в действующих парах 1");
		assertThat(JsonPath.<List<String>>read(again, "$.pairs")).isEmpty();
	}

	@Test
	void aProposalShowsTheConstraintsItWasRunWithAndBansOutsideTheProgrammeAreRefused() throws Exception {
		UUID org = UUID.randomUUID();
		UUID elsewhere = UUID.randomUUID();
		var mentorA = pupil(org, "Первая", 10, ParticipantRole.MENTOR, "физика", 1);
		var mentorB = pupil(org, "Вторая", 10, ParticipantRole.MENTOR, "химия", 1);
		var mentee = pupil(org, "Физиков", 6, ParticipantRole.MENTEE, "физика", null);
		var stranger = pupil(elsewhere, "Чужой", 6, ParticipantRole.MENTEE, "физика", null);
		var strangerMentor = pupil(elsewhere, "Чужая", 10, ParticipantRole.MENTOR, "физика", 1);
		register(tenant, List.of(mentorA, mentorB, mentee, stranger, strangerMentor));
		String programme = programme(t, org, "pupil-pupil");
		String first = body(post("/api/" + t + "/pairing/programmes/" + programme + "/matching"), t);
		String firstId = JsonPath.read(first, "$.id");
		assertThat(JsonPath.<List<String>>read(first, "$.pairs[?(@.menteeId == '" + id(mentee) + "')].mentorId"))
			.containsExactly(id(mentorA));

		// a ban made after the run: the old proposal does not list it as one of its own, it is a change since the run
		body(post("/api/" + t + "/pairing/proposals/" + firstId + "/forbidden").content(pair(mentorA, mentee)), t);
		String old = body(get("/api/" + t + "/pairing/proposals/" + firstId), t);
		assertThat(JsonPath.<Boolean>read(old, "$.constraintsRecorded")).isTrue();
		assertThat(JsonPath.<List<Object>>read(old, "$.forbidden")).isEmpty();
		assertThat(JsonPath.<List<String>>read(old, "$.changesSinceRun[*].change")).containsExactly("ADDED");
		assertThat(JsonPath.<List<String>>read(old, "$.changesSinceRun[*].kind")).containsExactly("FORBIDDEN");
		String oldPage = page("/t/" + t + "/pairing/proposals/" + firstId);
		assertThat(oldPage).contains("Изменения после этого подбора").contains("учтутся при повторном подборе");
		assertThat(oldPage.substring(oldPage.indexOf("Закрепления и запреты этого подбора"),
				oldPage.indexOf("Изменения после этого подбора"))).contains("Этот подбор выполнен без закреплений и запретов")
			.doesNotContain("id=\"constraints\"");

		// the re-run is made with the ban: it lists it, and the pair is not proposed
		String second = body(post("/api/" + t + "/pairing/proposals/" + firstId + "/rerun"), t);
		String secondId = JsonPath.read(second, "$.id");
		assertThat(JsonPath.<List<String>>read(second, "$.forbidden[*].mentorId")).containsExactly(id(mentorA));
		assertThat(JsonPath.<List<String>>read(second, "$.pairs[?(@.menteeId == '" + id(mentee) + "')].mentorId"))
			.containsExactly(id(mentorB));
		assertThat(JsonPath.<List<Object>>read(second, "$.changesSinceRun")).isEmpty();

		// releasing the ban later: the second proposal still shows it was run with it, no longer in force
		call(delete("/api/" + t + "/pairing/proposals/" + secondId + "/constraints").param("mentorId", id(mentorA))
			.param("menteeId", id(mentee)), t);
		String released = body(get("/api/" + t + "/pairing/proposals/" + secondId), t);
		assertThat(JsonPath.<List<Boolean>>read(released, "$.forbidden[*].current")).containsExactly(false);
		assertThat(JsonPath.<List<String>>read(released, "$.changesSinceRun[*].change")).containsExactly("RELEASED");
		assertThat(JsonPath.<List<Object>>read(body(get("/api/" + t + "/pairing/proposals/" + firstId), t),
				"$.changesSinceRun")).isEmpty();

		// bans on people outside the programme are refused, and nothing is stored
		String forbid = "/api/" + t + "/pairing/proposals/" + secondId + "/forbidden";
		assertThat(JsonPath.<String>read(refused(post(forbid).content(pair(mentorA, stranger)), t, 422), "$.detail"))
			.contains("Чужой Иван").contains("не из организации программы");
		assertThat(JsonPath.<String>read(refused(post(forbid).content(pair(strangerMentor, mentee)), t, 422), "$.detail"))
			.contains("Чужая Анна").contains("не из организации программы");
		assertThat(JsonPath.<String>read(refused(post(forbid).content("{\"mentorId\":\"" + UUID.randomUUID()
				+ "\",\"menteeId\":\"" + id(mentee) + "\"}"), t, 422), "$.detail"))
			.contains("не найден среди кандидатов программы");
		assertThat(inTenant(tenant, tx, () -> jdbc.queryForObject(
				"select count(*) from pairing.curator_constraint where programme_id = ?", Integer.class,
				UUID.fromString(programme)))).isZero();
	}

	// ---------------------------------------------------------------- helpers

	static ParticipantSnapshot pupil(UUID org, String surname, int grade, ParticipantRole role, String subject,
			Integer capacity) {
		boolean mentor = role == ParticipantRole.MENTOR;
		return PairingFlowTests.pupil(org, surname, grade, Set.of(role), mentor ? Set.of(subject) : Set.of(),
				mentor ? Set.of() : Set.of(subject), capacity);
	}

	static String id(ParticipantSnapshot p) {
		return p.participantId().toString();
	}

	static String pair(ParticipantSnapshot mentor, ParticipantSnapshot mentee) {
		return "{\"mentorId\":\"" + id(mentor) + "\",\"menteeId\":\"" + id(mentee) + "\"}";
	}

	static Map<String, Object> lock(String proposal, ParticipantSnapshot mentor) {
		List<Map<String, Object>> locks = JsonPath.read(proposal, "$.locks[?(@.mentorId == '" + id(mentor) + "')]");
		assertThat(locks).hasSize(1);
		return locks.get(0);
	}

	void publish(Object... events) {
		TenantContext.run(tenant, () -> tx.executeWithoutResult(s -> {
			for (Object e : events) {
				publisher.publishEvent(e);
			}
		}));
	}
}
