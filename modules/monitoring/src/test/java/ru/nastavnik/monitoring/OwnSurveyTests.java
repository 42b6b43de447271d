package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.nastavnik.monitoring.MonitoringEvents.pair;
import static ru.nastavnik.monitoring.MonitoringEvents.school;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.pairing.PairsFixedByOrder;
import ru.nastavnik.pairing.ProgrammeOpened;
import ru.nastavnik.platform.ParticipantAccounts;
import ru.nastavnik.platform.ParticipantActivity;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;

/**
 * Participants answer the stage 1/2 questionnaires themselves (issue 14): the programme and role come from their
 * pair; each questionnaire once; missing answers refused with nothing written; staff see aggregates only, hidden below
 * three respondents; nobody — not even the participant — can read a response back; the fact is audited without answers.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class OwnSurveyTests {

	static final String ALL_STAGE_1 = "{\"answers\":{\"goal\":9,\"tasks\":8,\"comfort\":10,\"meetings\":7,\"useful\":9,"
			+ "\"difficulties\":0,\"continue\":1}}";

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	ProjectionStore projections;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	ParticipantAccounts accounts;

	TenantId sosnovka;

	UUID school;

	UUID programme;

	UUID mentor;

	List<UUID> mentees;

	@BeforeEach
	void pairsFixedByOrder(Scenario scenario) {
		sosnovka = tenants.bySlug("sosnovka").orElseThrow().id();
		school = UUID.randomUUID();
		programme = UUID.randomUUID();
		mentor = UUID.randomUUID();
		mentees = List.of(UUID.randomUUID(), UUID.randomUUID());
		scenario.publish(school(sosnovka, school, "МБОУ «Сосновская СОШ № " + (school.hashCode() & 0xff) + "»"))
			.andWaitForStateChange(() -> in(sosnovka, () -> projections.organizations().stream().anyMatch(o -> o.id().equals(school))));
		scenario.publish(new ProgrammeOpened(sosnovka, programme, school, "Программа «Старт»", Set.of(Forms.PUPIL_PUPIL),
				LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31)))
			.andWaitForStateChange(() -> in(sosnovka, () -> projections.organizationsWithProgramme(LocalDate.of(2025, 10, 1))
				.contains(school)));
		var pairs = new ArrayList<PairsFixedByOrder.FixedPair>();
		for (UUID mentee : mentees) {
			pairs.add(pair(UUID.randomUUID(), Forms.PUPIL_PUPIL, school, mentor, "PUPIL", mentee, "PUPIL"));
		}
		scenario.publish(new PairsFixedByOrder(sosnovka, UUID.randomUUID(), "3-н", LocalDate.of(2025, 9, 15), programme,
				school, pairs))
			.andWaitForStateChange(() -> in(sosnovka, () -> projections.memberships(mentees).size() == 2));
	}

	<T> T in(TenantId tenant, java.util.function.Supplier<T> work) {
		return TenantContext.get(tenant, () -> transactions.execute(tx -> work.get()));
	}

	String account(UUID participant) {
		String username = "s" + participant.toString().substring(0, 12);
		accounts.create(new ParticipantAccounts.NewParticipantAccount(sosnovka, participant, false, username,
				"Vesna-ok-2024", "Vesna-ok-2024", "Участник"));
		return username;
	}

	MvcResult call(MockHttpServletRequestBuilder request, String username) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(csrf()).with(TestUsers.as(tenancy, username)))
			.andReturn();
	}

	String results() throws Exception {
		var response = call(get("/api/sosnovka/monitoring/questionnaires/1/results").param("programmeId", programme.toString()),
				"sosnovka").getResponse();
		response.setCharacterEncoding("UTF-8");
		return response.getContentAsString();
	}

	int responses() {
		Integer n = in(sosnovka, () -> jdbc.queryForObject(
				"select count(*) from monitoring.questionnaire_response where programme_id = ?", Integer.class, programme));
		return n;
	}

	@Test
	void participantsAnswerOnceAnonymouslyAndStaffSeeOnlyAggregatesFromThree(PublishedEvents events) throws Exception {
		String first = account(mentees.get(0));
		String overview = call(get("/api/sosnovka/me/surveys"), first).getResponse().getContentAsString();
		assertThat(JsonPath.<String>read(overview, "$.pairs[0].programmeTitle")).isEqualTo("Программа «Старт»");
		assertThat(JsonPath.<String>read(overview, "$.pairs[0].role")).isEqualTo("MENTEE");

		// a missing answer: a specific message, nothing written
		var missing = call(post("/api/sosnovka/me/surveys/1").content("{\"answers\":{\"goal\":9}}"), first).getResponse();
		missing.setCharacterEncoding("UTF-8");
		assertThat(missing.getStatus()).isEqualTo(422);
		assertThat(missing.getContentAsString()).contains("Нет ответа на вопрос «Насколько понятны поставленные задачи»");
		var outOfRange = call(post("/api/sosnovka/me/surveys/1").content(ALL_STAGE_1.replace("\"goal\":9", "\"goal\":11")), first)
			.getResponse();
		outOfRange.setCharacterEncoding("UTF-8");
		assertThat(outOfRange.getStatus()).isEqualTo(422);
		assertThat(outOfRange.getContentAsString()).contains("Оценка — от 1 до 10");
		assertThat(responses()).isZero();

		assertThat(call(post("/api/sosnovka/me/surveys/1").content(ALL_STAGE_1), first).getResponse().getStatus()).isEqualTo(201);
		// once per stage: a repeat is refused and adds nothing
		var again = call(post("/api/sosnovka/me/surveys/1").content(ALL_STAGE_1), first).getResponse();
		again.setCharacterEncoding("UTF-8");
		assertThat(again.getStatus()).isEqualTo(409);
		assertThat(again.getContentAsString()).contains("Вы уже заполнили анкету");
		assertThat(responses()).isEqualTo(1);
		// stage 2 needs its phase, and may be answered before and after
		var noPhase = call(post("/api/sosnovka/me/surveys/2").content("{\"answers\":{\"confidence\":5,\"interest\":6,"
				+ "\"goals\":5,\"satisfaction\":4,\"contests\":0}}"), first).getResponse();
		noPhase.setCharacterEncoding("UTF-8");
		assertThat(noPhase.getStatus()).isEqualTo(422);
		assertThat(noPhase.getContentAsString()).contains("Для этапа 2 укажите: до или после программы");

		// one respondent: the staff see the count, no figures
		assertThat(JsonPath.<Integer>read(results(), "$.respondents")).isEqualTo(1);
		assertThat(JsonPath.<Boolean>read(results(), "$.enough")).isFalse();
		assertThat(JsonPath.<List<Object>>read(results(), "$.items")).isEmpty();

		String second = account(mentees.get(1));
		String theMentor = account(mentor);
		call(post("/api/sosnovka/me/surveys/1").content(ALL_STAGE_1.replace("\"goal\":9", "\"goal\":7")), second);
		call(post("/api/sosnovka/me/surveys/1").content(ALL_STAGE_1.replace("\"goal\":9", "\"goal\":5")), theMentor);
		String aggregated = results();
		assertThat(JsonPath.<Integer>read(aggregated, "$.respondents")).isEqualTo(3);
		assertThat(JsonPath.<List<Double>>read(aggregated, "$.items[?(@.code == 'goal')].average")).containsExactly(7.0);
		for (UUID who : List.of(mentor, mentees.get(0), mentees.get(1))) {
			assertThat(aggregated).doesNotContain(who.toString());
		}

		// the participant cannot read any response back, not even their own
		Integer visible = TenantContext.call(TenantContext.Scope.participant(sosnovka, mentees.get(0)),
				() -> transactions.execute(tx -> jdbc.queryForObject("select count(*) from monitoring.questionnaire_response",
						Integer.class)));
		assertThat(visible).isZero();
		// the audit learns that they answered, not what
		var activity = new ArrayList<ParticipantActivity>();
		events.ofType(ParticipantActivity.class).forEach(activity::add);
		assertThat(activity).hasSize(3).allSatisfy(a -> {
			assertThat(a.kind()).isEqualTo(ParticipantActivity.Kind.SURVEY_ANSWERED);
			assertThat(a.details()).isEqualTo("анкета мониторинга, этап 1");
		});
		// staff have no «me»; the participant no staff results
		assertThat(call(get("/api/sosnovka/me/surveys"), "sosnovka").getResponse().getStatus()).isEqualTo(403);
		assertThat(call(get("/api/sosnovka/monitoring/questionnaires/1/results"), first).getResponse().getStatus()).isEqualTo(403);
	}

	@Test
	void aParticipantWithoutAPairIsToldWhy() throws Exception {
		String loner = account(UUID.randomUUID());
		var response = call(post("/api/sosnovka/me/surveys/1").content(ALL_STAGE_1), loner).getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).isEqualTo(409);
		assertThat(response.getContentAsString()).contains("вы пока не состоите ни в одной паре");
		var page = call(get("/t/sosnovka/me/surveys").accept(MediaType.TEXT_HTML), loner).getResponse();
		page.setCharacterEncoding("UTF-8");
		assertThat(page.getContentAsString()).contains("Вы пока не состоите ни в одной паре");
	}
}
