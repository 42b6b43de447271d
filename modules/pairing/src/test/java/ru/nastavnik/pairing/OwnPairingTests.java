package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static ru.nastavnik.pairing.PairingTestSupport.inTenant;
import static ru.nastavnik.pairing.PairingTestSupport.listenersDone;
import static ru.nastavnik.pairing.PairingFlowTests.pupil;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.pairing.domain.AnswerRepository;
import ru.nastavnik.pairing.domain.PairRepository;
import ru.nastavnik.pairing.domain.QuestionRepository;
import ru.nastavnik.platform.ParticipantAccounts;
import ru.nastavnik.platform.ParticipantActivity;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;

/**
 * The participant's own pairing (issue 14): the questionnaire filled in by the participant (all questions required,
 * nothing half-saved, the same answers the matching uses, the curator sees who has answered, the fact audited without
 * the answers), «my pair» with the other members' name and school, and the participant scope at the database.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class OwnPairingTests extends PairingApiTest {

	@Autowired
	QuestionRepository questions;

	@Autowired
	AnswerRepository answers;

	@Autowired
	PairRepository pairs;

	@Autowired
	ParticipantAccounts accounts;

	TenantId sasovo;

	@BeforeEach
	void ready() {
		sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc)
				&& inTenant(sasovo, tx, () -> questions.findByActiveTrueOrderByPositionAsc().size()) >= 4);
	}

	String account(ParticipantSnapshot p) {
		String username = "u" + p.participantId().toString().substring(0, 8);
		accounts.create(new ParticipantAccounts.NewParticipantAccount(sasovo, p.participantId(), false, username,
				"Vesna-ok-2024", "Vesna-ok-2024", p.name().surname()));
		return username;
	}

	@Test
	void theParticipantAnswersTheQuestionnaireThemselvesAndSeesTheirPair(PublishedEvents events) throws Exception {
		UUID school = UUID.randomUUID();
		var mentor = pupil(school, "Отзывчивая", 10, Set.of(ParticipantRole.MENTOR), Set.of("физика"), Set.of(), 1);
		var mentee = pupil(school, "Любознательный", 7, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("физика"), null);
		var stranger = pupil(school, "Посторонний", 8, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("химия"), null);
		register(List.of(mentor, mentee, stranger));
		String mentorUser = account(mentor);
		String menteeUser = account(mentee);
		String strangerUser = account(stranger);

		String own = body(get("/api/sasovo/me/questionnaire"), mentorUser);
		List<String> ids = JsonPath.read(own, "$.questions[*].id");
		List<String> firstOptions = JsonPath.read(own, "$.questions[*].options[0]");
		assertThat(ids).hasSizeGreaterThanOrEqualTo(4);

		// one answer missing: a Russian message per unanswered question, nothing saved
		var partial = new StringBuilder("{");
		for (int i = 0; i < ids.size() - 1; i++) {
			partial.append(i == 0 ? "" : ",").append('"').append(ids.get(i)).append("\":[\"").append(firstOptions.get(i)).append("\"]");
		}
		var refused = call(put("/api/sasovo/me/questionnaire").content(partial.append('}').toString()), mentorUser);
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		String lastText = JsonPath.read(own, "$.questions[" + (ids.size() - 1) + "].text");
		assertThat(refused.getResponse().getContentAsString()).contains("Анкета не сохранена: ответьте на все вопросы")
			.contains("Ответьте на вопрос «" + lastText + "»");
		assertThat(inTenant(sasovo, tx, () -> answers.findByParticipantId(mentor.participantId()))).isEmpty();

		// complete: saved where the curator's answers go
		String all = all(ids, firstOptions);
		body(put("/api/sasovo/me/questionnaire").content(all), mentorUser);
		body(put("/api/sasovo/me/questionnaire").content(all), menteeUser);
		assertThat(inTenant(sasovo, tx, () -> answers.findByParticipantId(mentor.participantId()))).hasSize(ids.size());
		var activity = list(events.ofType(ParticipantActivity.class));
		assertThat(activity).hasSize(2).allSatisfy(a -> {
			assertThat(a.kind()).isEqualTo(ParticipantActivity.Kind.QUESTIONNAIRE_ANSWERED);
			firstOptions.forEach(option -> assertThat(a.details()).doesNotContain(option));
		});
		assertThat(activity).extracting(ParticipantActivity::participantId)
			.containsExactlyInAnyOrder(mentor.participantId(), mentee.participantId());

		// the curator sees who has answered — not what — among the programme's candidates
		String programme = programme(school);
		String candidates = body(get("/api/sasovo/pairing/programmes/" + programme + "/candidates"), "sasovo");
		List<Object> mentorAnswered = JsonPath.read(candidates, "$[?(@.id == '" + mentor.participantId() + "')].questionnaireAnsweredOn");
		List<Object> strangerAnswered = JsonPath.read(candidates, "$[?(@.id == '" + stranger.participantId() + "')].questionnaireAnsweredOn");
		assertThat(mentorAnswered).hasSize(1).doesNotContainNull();
		assertThat(strangerAnswered).hasSize(1).containsOnlyNulls();

		// the matching uses the same answers: identical answers, compatibility 1
		String proposal = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");
		List<Double> compatibility = JsonPath.read(proposal, "$.pairs[?(@.menteeId == '" + mentee.participantId()
				+ "')].parts[?(@.criterion == 'COMPATIBILITY')].value");
		assertThat(compatibility).containsExactly(1.0);
		String order = JsonPath.read(body(post("/api/sasovo/pairing/proposals/" + JsonPath.<String>read(proposal, "$.id") + "/orders")
			.content("{\"number\":\"14-у\",\"date\":\"2025-09-20\"}"), "sasovo"), "$.id");
		body(post("/api/sasovo/pairing/orders/" + order + "/issue"), "sasovo");

		// «my pair»: the other member's name and school, nothing of the stranger
		String mine = body(get("/api/sasovo/me/pairs"), mentorUser);
		assertThat(JsonPath.<List<String>>read(mine, "$[*].myRole")).containsExactly("наставник");
		assertThat(JsonPath.<List<String>>read(mine, "$[0].partners[*].name")).containsExactly(mentee.name().full());
		String theirs = body(get("/api/sasovo/me/pairs"), menteeUser);
		assertThat(JsonPath.<List<String>>read(theirs, "$[0].partners[*].name")).containsExactly(mentor.name().full());
		List<Object> strangers = JsonPath.read(body(get("/api/sasovo/me/pairs"), strangerUser), "$");
		assertThat(strangers).isEmpty();
		assertThat(body(get("/t/sasovo/me/pair").accept(MediaType.TEXT_HTML), menteeUser)).contains(mentor.name().full())
			.doesNotContain("Посторонний");

		// staff endpoints refuse the participant; the coordinator has no «me»
		assertThat(call(get("/api/sasovo/pairing/participants/" + mentee.participantId() + "/answers"), mentorUser)
			.getResponse().getStatus()).isEqualTo(403);
		assertThat(call(get("/api/sasovo/pairing/programmes/" + programme + "/candidates"), mentorUser).getResponse()
			.getStatus()).isEqualTo(403);
		assertThat(call(get("/api/sasovo/me/pairs"), "sasovo").getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void theParticipantScopeHoldsAtTheDatabase() throws Exception {
		UUID school = UUID.randomUUID();
		var mentor = pupil(school, "Старательная", 11, Set.of(ParticipantRole.MENTOR), Set.of("химия"), Set.of(), 1);
		var mentee = pupil(school, "Усердный", 6, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("химия"), null);
		var alone = pupil(school, "Одиночкин", 6, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("история"), null);
		register(List.of(mentor, mentee, alone));
		String programme = programme(school);
		String proposal = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");
		String order = JsonPath.read(body(post("/api/sasovo/pairing/proposals/" + JsonPath.<String>read(proposal, "$.id") + "/orders")
			.content("{\"number\":\"14-б\",\"date\":\"2025-09-21\"}"), "sasovo"), "$.id");
		body(post("/api/sasovo/pairing/orders/" + order + "/issue"), "sasovo");

		var asMentee = TenantContext.Scope.participant(sasovo, mentee.participantId());
		var asAlone = TenantContext.Scope.participant(sasovo, alone.participantId());
		// the repositories, as a participant's request would use them
		assertThat(in(asMentee, () -> pairs.findAll())).hasSize(1)
			.allSatisfy(p -> assertThat(p.mentorId()).isEqualTo(mentor.participantId()));
		assertThat(in(asAlone, () -> pairs.findAll())).isEmpty();
		assertThat(in(asAlone, () -> projection.find(mentor.participantId()))).isEmpty();
		assertThat(in(asMentee, () -> projection.find(mentor.participantId()))).isPresent();
		// plain SQL: no proposal, order or other candidate
		Integer proposals = in(asMentee, () -> jdbc.queryForObject(
				"select count(*) from pairing.proposal", Integer.class));
		Integer orders = in(asMentee, () -> jdbc.queryForObject(
				"select count(*) from pairing.pairing_order", Integer.class));
		List<UUID> visible = in(asMentee, () -> jdbc.queryForList(
				"select id from pairing.candidate", UUID.class));
		assertThat(proposals).isZero();
		assertThat(orders).isZero();
		assertThat(visible).containsExactlyInAnyOrder(mentor.participantId(), mentee.participantId());
		// and another participant's answers cannot be written from a participant's transaction
		UUID question = inTenant(sasovo, tx, () -> questions.findByActiveTrueOrderByPositionAsc().get(0).id());
		assertThatThrownBy(() -> in(asAlone, () -> jdbc.update(
				"insert into pairing.answer (id, participant_id, question_id, chosen, answered_on, version) values (?, ?, ?, '{}', current_date, 0)",
				UUID.randomUUID(), mentor.participantId(), question))).rootCause().hasMessageContaining("row-level security");
	}

	<T> T in(TenantContext.Scope scope, java.util.function.Supplier<T> work) {
		return TenantContext.<T>call(scope, () -> tx.execute(s -> work.get()));
	}

	String all(List<String> ids, List<String> options) {
		var json = new StringBuilder("{");
		for (int i = 0; i < ids.size(); i++) {
			json.append(i == 0 ? "" : ",").append('"').append(ids.get(i)).append("\":[\"").append(options.get(i)).append("\"]");
		}
		return json.append('}').toString();
	}

	void register(List<ParticipantSnapshot> people) {
		register(sasovo, people);
	}

	String programme(UUID org) throws Exception {
		return JsonPath.read(body(post("/api/sasovo/pairing/programmes").content("{\"organizationId\":\"" + org
				+ "\",\"title\":\"Программа «Мой кабинет»\",\"formCodes\":[\"pupil-pupil\"],\"startsOn\":\"2025-09-01\","
				+ "\"endsOn\":\"2026-05-31\",\"goals\":\"успеваемость\"}"), "sasovo"), "$.id");
	}
}
