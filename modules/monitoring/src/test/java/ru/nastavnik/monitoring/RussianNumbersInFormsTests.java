package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.monitoring.application.IndicatorService;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The numeric fields of monitoring's forms take Russian input (issue 16, item 5): a target of «10,5» on the only row
 * of the targets form is 10,5, not 10; «1 494»-style and point-decimal input read the same; anything else is refused
 * naming the row and quoting the value, and nothing is saved. A questionnaire answer that is not a whole number is
 * refused, not rounded.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RussianNumbersInFormsTests {

	static final AtomicInteger SEQ = new AtomicInteger();

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	@Autowired
	IndicatorService indicators;

	@Autowired
	TransactionTemplate transactions;

	String slug;

	TenantId tenant;

	@BeforeEach
	void tenant() {
		slug = "numbers" + SEQ.incrementAndGet() + "x" + System.nanoTime() % 100_000;
		tenant = TestUsers.newTenantWithCoordinator(tenancy, slug, "Район " + slug, "secret");
		// a new municipality gets the methodology's indicators, none with a target yet
		Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> TenantContext.get(tenant,
				() -> transactions.execute(tx -> indicators.definitions().size())) > 0);
	}

	List<String> targets(String code) throws Exception {
		String body = mvc.perform(get("/api/" + slug + "/monitoring/indicators/definitions").with(TestUsers.as(tenancy, slug)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var result = new ArrayList<String>();
		for (JsonNode d : JsonMapper.builder().build().readTree(body)) {
			if (d.path("code").asString().equals(code)) {
				d.path("targets").forEach(t -> result.add(t.path("date").asString() + "="
						+ new BigDecimal(t.path("value").asString()).stripTrailingZeros().toPlainString()));
			}
		}
		return result;
	}

	@Test
	void aDecimalCommaOnTheOnlyRowOfTheTargetsFormIsKept() throws Exception {
		String code = "pupils-10-19-mentees";
		assertThat(targets(code)).isEmpty();

		mvc.perform(post("/t/" + slug + "/monitoring/targets/" + code).with(csrf()).with(TestUsers.as(tenancy, slug))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("targetDate", "2025-12-31")
				.param("targetValue", "10,5"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attributeExists("notice"));
		assertThat(targets(code)).containsExactly("2025-12-31=10.5");

		// several rows: a comma, a point, spaces around — each as typed
		mvc.perform(post("/t/" + slug + "/monitoring/targets/" + code).with(csrf()).with(TestUsers.as(tenancy, slug))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("targetDate", "2025-12-31", "2026-12-31", "2027-12-31")
				.param("targetValue", "12,25", " 20.5 ", "35"))
			.andExpect(status().is3xxRedirection());
		assertThat(targets(code)).containsExactly("2025-12-31=12.25", "2026-12-31=20.5", "2027-12-31=35");
	}

	@Test
	void aValueThatIsNoNumberIsRefusedNamingTheRowAndNothingIsSaved() throws Exception {
		String code = "pupils-15-19-mentors";
		mvc.perform(post("/t/" + slug + "/monitoring/targets/" + code).with(csrf()).with(TestUsers.as(tenancy, slug))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("targetDate", "2025-12-31", "2026-12-31")
				.param("targetValue", "15", "10,5,3"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem",
					"Целевые значения не сохранены: строка 2: «10,5,3» — не число (пишите, например, 10,5 или 1 494)"));
		mvc.perform(post("/t/" + slug + "/monitoring/targets/" + code).with(csrf()).with(TestUsers.as(tenancy, slug))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("targetDate", "").param("targetValue", "10,5"))
			.andExpect(flash().attribute("problem",
					"Целевые значения не сохранены: строка 1: у значения «10,5» не указана дата"));
		assertThat(targets(code)).isEmpty();
	}

	@Test
	void aQuestionnaireAnswerThatIsNotAWholeNumberIsRefusedNotRounded() throws Exception {
		UUID programme = UUID.randomUUID();
		mvc.perform(post("/t/" + slug + "/monitoring/questionnaires/2").with(csrf()).with(TestUsers.as(tenancy, slug))
				.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("programmeId", programme.toString())
				.param("respondentRole", "MENTEE").param("phase", "BEFORE").param("q_confidence", "7,5")
				.param("q_interest", "8").param("q_goals", "8").param("q_satisfaction", "8").param("q_contests", "1"))
			.andExpect(status().is3xxRedirection())
			.andExpect(flash().attribute("problem", "Анкета не принята: ответы — числа из предложенных вариантов"));
		String results = mvc.perform(get("/api/" + slug + "/monitoring/questionnaires/2/results")
				.param("programmeId", programme.toString()).with(TestUsers.as(tenancy, slug)))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(JsonMapper.builder().build().readTree(results).path("respondents").asInt()).isZero();
	}
}
