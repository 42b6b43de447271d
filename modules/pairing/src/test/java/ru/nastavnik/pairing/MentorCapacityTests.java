package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.nastavnik.pairing.PairingTestSupport.listenersDone;
import static ru.nastavnik.pairing.PairingTestSupport.mentor;
import static ru.nastavnik.pairing.PairingTestSupport.pupil;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantLeft;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;

/**
 * A mentor's capacity counts their active pairs in every programme of the tenant (issue 16, item 1): a college student
 * who mentors pupils of two schools is proposed in both programmes while nothing is fixed, but the second order that
 * would take them over their capacity is refused — naming the mentor, nothing issued, nothing published — and a re-run
 * proposes them only for the places their first order left.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class MentorCapacityTests extends OwnTenantPairingTest {


	@Test
	void aSecondOrderOverTheMentorsCapacityInAnotherProgrammeIsRefusedAndTheReRunLeavesOnlyTheFreePlaces(
			PublishedEvents events) throws Exception {
		UUID schoolA = UUID.randomUUID();
		UUID schoolB = UUID.randomUUID();
		UUID college = UUID.randomUUID();
		var student = mentor(college, "Студентова", ParticipantCategory.STUDENT, Set.of("математика"), 3, true);
		var people = new ArrayList<ParticipantSnapshot>(List.of(student));
		for (int i = 0; i < 2; i++) {
			people.add(pupil(schoolA, "Первошкольный" + i, 7, Set.of(ParticipantRole.MENTEE), Set.of("математика")));
		}
		for (int i = 0; i < 3; i++) {
			people.add(pupil(schoolB, "Второшкольный" + i, 7, Set.of(ParticipantRole.MENTEE), Set.of("математика")));
		}
		register(tenant, people);
		String programmeA = programme(t, schoolA, "student-pupil");
		String programmeB = programme(t, schoolB, "student-pupil");

		// nothing is fixed yet: each programme may propose the student for all of their three places
		String proposalA = body(post("/api/" + t + "/pairing/programmes/" + programmeA + "/matching"), t);
		String proposalB = body(post("/api/" + t + "/pairing/programmes/" + programmeB + "/matching"), t);
		assertThat(JsonPath.<List<String>>read(proposalA, "$.pairs[*].mentorId")).hasSize(2)
			.containsOnly(student.participantId().toString());
		assertThat(JsonPath.<List<String>>read(proposalB, "$.pairs[*].mentorId")).hasSize(3)
			.containsOnly(student.participantId().toString());
		String orderA = order(proposalA, "1-А");
		String orderB = order(proposalB, "1-Б");

		body(post("/api/" + t + "/pairing/orders/" + orderA + "/issue"), t);
		// 2 active pairs + 3 more would be 5 for a capacity of 3: refused, naming the mentor and the figures
		String problem = refused(post("/api/" + t + "/pairing/orders/" + orderB + "/issue"), t, 409);
		assertThat(JsonPath.<String>read(problem, "$.title")).isEqualTo("Конфликт");
		assertThat(JsonPath.<String>read(problem, "$.detail")).contains("Студентова Анна Петровна")
			.contains("ёмкость 3").contains("в действующих парах 2").contains("по этому приказу ещё 3");
		assertThat(JsonPath.<List<String>>read(problem, "$.errors[*].field")).containsExactly("pairs");

		// nothing of order B was issued or published
		assertThat(JsonPath.<String>read(body(get("/api/" + t + "/pairing/orders/" + orderB), t), "$.status"))
			.isEqualTo("DRAFT");
		assertThat(JsonPath.<List<String>>read(body(get("/api/" + t + "/pairing/orders/" + orderB), t), "$.pairs[*].status"))
			.containsOnly("PROPOSED");
		assertThat(list(events.ofType(PairsFixedByOrder.class))).extracting(e -> e.orderId().toString())
			.containsExactly(orderA);
		assertThat(activeMenteesOf(student.participantId())).isEqualTo(2);

		// the page says the same on the order
		var page = call(post("/t/" + t + "/pairing/orders/" + orderB + "/issue")
			.accept(org.springframework.http.MediaType.TEXT_HTML), t).getResponse();
		page.setCharacterEncoding("UTF-8");
		assertThat(page.getStatus()).isEqualTo(422);
		assertThat(page.getContentAsString()).contains("Студентова Анна Петровна").contains("ёмкость 3");

		// re-running programme B: the student has one place left in the whole municipality
		String rerun = body(post("/api/" + t + "/pairing/proposals/" + JsonPath.read(proposalB, "$.id") + "/rerun"), t);
		assertThat(JsonPath.<List<String>>read(rerun, "$.pairs[*].mentorId"))
			.containsExactly(student.participantId().toString());
		assertThat(JsonPath.<List<String>>read(rerun, "$.unmatched[*].reason")).containsOnly("CAPACITY_EXHAUSTED").hasSize(2);
		String orderB2 = order(rerun, "2-Б");
		body(post("/api/" + t + "/pairing/orders/" + orderB2 + "/issue"), t);
		assertThat(activeMenteesOf(student.participantId())).isEqualTo(3);

		// now full: a third programme's run has no place for the student at all
		UUID schoolC = UUID.randomUUID();
		register(tenant, List.of(pupil(schoolC, "Третьешкольный", 7, Set.of(ParticipantRole.MENTEE), Set.of("математика"))));
		String third = body(post("/api/" + t + "/pairing/programmes/" + programme(t, schoolC, "student-pupil")
				+ "/matching"), t);
		assertThat(JsonPath.<List<String>>read(third, "$.pairs")).isEmpty();
		assertThat(JsonPath.<List<String>>read(third, "$.unmatched[*].reason")).containsExactly("NO_MENTOR_CAPACITY");
	}

	@Test
	void anOrderWhoseMentorLeftSinceItWasDraftedIsNotIssued(PublishedEvents events) throws Exception {
		UUID school = UUID.randomUUID();
		var mentor = mentor(school, "Ушедшая", ParticipantCategory.TEACHER, Set.of("математика"), 1, true);
		var mentee = mentor(school, "Молодой", ParticipantCategory.TEACHER, Set.of(), 0, false);
		var asMentee = new ParticipantSnapshot(mentee.participantId(), school, mentee.name(), mentee.category(), null,
				mentee.ageBand(), false, true, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("математика"), null, false,
				false, true, false, mentee.joinedOn(), true);
		register(tenant, List.of(mentor, asMentee));
		String proposal = body(post("/api/" + t + "/pairing/programmes/" + programme(t, school, "teacher-teacher")
				+ "/matching"), t);
		String order = order(proposal, "5-у");
		TenantContext.run(tenant, () -> tx.executeWithoutResult(s -> publisher.publishEvent(
				new ParticipantLeft(tenant, mentor.participantId(), school, java.time.LocalDate.now(), "перевод"))));
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc) && !PairingTestSupport
			.inTenant(tenant, tx, () -> projection.find(mentor.participantId()).orElseThrow().active()));

		String problem = refused(post("/api/" + t + "/pairing/orders/" + order + "/issue"), t, 409);
		assertThat(JsonPath.<String>read(problem, "$.detail")).contains("Наставник Ушедшая Анна Петровна: отмечено выбытие из программы");
		assertThat(JsonPath.<String>read(body(get("/api/" + t + "/pairing/orders/" + order), t), "$.status")).isEqualTo("DRAFT");
		assertThat(list(events.ofType(PairsFixedByOrder.class))).isEmpty();
	}

	String order(String proposal, String number) throws Exception {
		return JsonPath.read(body(post("/api/" + t + "/pairing/proposals/" + JsonPath.read(proposal, "$.id") + "/orders")
			.content("{\"number\":\"" + number + "\",\"date\":\"2025-09-10\"}"), t), "$.id");
	}

	int activeMenteesOf(UUID mentor) {
		return PairingTestSupport.inTenant(tenant, tx, () -> jdbc.queryForObject("""
				select count(*) from pairing.pair p join pairing.pair_mentee m on m.pair_id = p.id
				where p.mentor_id = ? and p.status = 'ACTIVE'""", Integer.class, mentor));
	}
}
