package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static ru.nastavnik.monitoring.MonitoringEvents.*;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ru.nastavnik.monitoring.application.IndicatorService;
import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.IndicatorCatalogue;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantRole;

/**
 * The module over HTTP, through the platform's real security: the API and the pages, the ministry's regional summary
 * (aggregates only, its own region only), the report's documents and approval, and refusals across tenants. Data
 * arrives as the other modules' events, consumed by the real listeners.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class MonitoringWebTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	@Autowired
	TenantDirectory tenants;

	@Autowired
	IndicatorService indicators;

	@Autowired
	ProjectionStore projections;

	@Autowired
	TransactionTemplate transactions;

	TenantId sosnovka;

	TenantId michurinsk;

	TenantId sasovo;

	@BeforeEach
	void setUp() {
		sosnovka = tenants.bySlug("sosnovka").orElseThrow().id();
		michurinsk = tenants.bySlug("michurinsk").orElseThrow().id();
		sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		TenantContext.run(sosnovka, () -> indicators.seed("sosnovka"));
		TenantContext.run(michurinsk, () -> indicators.seed("michurinsk"));
		TenantContext.run(sasovo, () -> indicators.seed("sasovo"));
	}

	boolean contingentKnown(TenantId tenant, int year, UUID school) {
		return TenantContext.get(tenant, () -> transactions.execute(tx -> projections.contingent(year).containsKey(school)));
	}

	boolean known(TenantId tenant, UUID participant) {
		return TenantContext.get(tenant, () -> transactions.execute(tx -> projections.participant(participant).isPresent()));
	}

	JsonNode json(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8));
	}

	// ------------------------------------------------------------------ indicators, targets

	@Test
	void withAContingentOf153TeachersOfWhom24AreYoungTheYoungTeachersShareReads15and7(Scenario scenario) throws Exception {
		UUID school = UUID.randomUUID();
		// a school year no other test reports for: the municipality's staff is exactly this school's
		scenario.publish(contingent(michurinsk, school, 2016, 900, 600, 250, 153, 24))
			.andWaitForStateChange(() -> contingentKnown(michurinsk, 2016, school));

		mvc.perform(get("/api/michurinsk/monitoring/indicators").param("date", "2017-03-01")
				.with(TestUsers.as(tenancy, "michurinsk")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.schoolYear").value("2016-2017"))
			.andExpect(jsonPath("$.staff.teachers").value(153))
			.andExpect(jsonPath("$.staff.youngTeachers").value(24))
			.andExpect(jsonPath("$.staff.youngTeachersShare").value(15.7));

		String page = mvc.perform(get("/t/michurinsk/monitoring").param("date", "2017-03-01")
				.with(TestUsers.as(tenancy, "michurinsk")))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var share = page.substring(page.indexOf("id=\"young-teachers-share\""));
		share = share.substring(0, share.indexOf("</p>")).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ");
		assertThat(share).contains("24 из 153").contains("15,7\u00a0%");
	}

	@Test
	void aFigureReadsTheSameOnTheLivePageInTheSnapshotAndInTheReportsDocxAndPdf(Scenario scenario) throws Exception {
		UUID school = UUID.randomUUID();
		// a school year no other test reports for: the municipality's figures are this school's
		scenario.publish(school(michurinsk, school, "МБОУ СОШ № 7 (числа)"))
			.andWaitForStateChange(() -> TenantContext.get(michurinsk, () -> transactions.execute(
					tx -> projections.organizations().stream().anyMatch(o -> o.id().equals(school)))));
		scenario.publish(contingent(michurinsk, school, 2013, 1494, 1200, 500, 1530, 24))
			.andWaitForStateChange(() -> contingentKnown(michurinsk, 2013, school));
		var as = TestUsers.as(tenancy, "michurinsk");

		String live = text(mvc.perform(get("/t/michurinsk/monitoring").param("date", "2014-03-01").with(as)));
		assertThat(live).contains("1\u00a0494").contains("1\u00a0530").doesNotContain("1494").doesNotContain("1530");

		String snapshotId = json(mvc.perform(post("/api/michurinsk/monitoring/snapshots").with(csrf()).with(as)
				.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2014-03-01\",\"title\":\"Срез (числа)\"}"))
			.andExpect(status().isCreated())).get("id").asString();
		String snapshot = text(mvc.perform(get("/t/michurinsk/monitoring/snapshots/" + snapshotId).with(as)));
		assertThat(snapshot).contains("1\u00a0494").doesNotContain("1494");

		String reportId = json(mvc.perform(post("/api/michurinsk/monitoring/reports").with(csrf()).with(as)
				.contentType(MediaType.APPLICATION_JSON).content("{\"date\":\"2014-03-01\"}"))
			.andExpect(status().isCreated())).get("id").asString();
		byte[] docx = mvc.perform(get("/api/michurinsk/monitoring/reports/" + reportId + "/docx").with(as))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("1\u00a0494").contains("1\u00a0530").contains("1,6\u00a0%")
				.doesNotContain("1494").doesNotContain("1530");
		}
		byte[] pdf = mvc.perform(get("/api/michurinsk/monitoring/reports/" + reportId + "/pdf").with(as))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			String text = new PDFTextStripper().getText(document).replace('\u00a0', ' ');
			assertThat(text).contains("1 494").contains("1 530").contains("1,6 %").doesNotContain("1494")
				.doesNotContain("1530");
		}
	}

	/** A page's text as a person reads it: without its tags and their attributes (ids, links). */
	String text(org.springframework.test.web.servlet.ResultActions result) throws Exception {
		return result.andExpect(status().isOk()).andReturn().getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8).replaceAll("<[^>]*>", " ");
	}

	@Test
	void theTenantsIndicatorsAreDefinitionsWithTheirTargetsAndSasovosAreEditable() throws Exception {
		var sosnovkaDefs = json(mvc.perform(get("/api/sosnovka/monitoring/indicators/definitions")
				.with(TestUsers.as(tenancy, "sosnovka"))).andExpect(status().isOk()));
		var involved = find(sosnovkaDefs, "code", IndicatorCatalogue.PUPILS_INVOLVED);
		var targets = new ArrayList<String>();
		involved.get("targets").forEach(t -> targets.add(t.get("date").asString() + "=" + new BigDecimal(t.get("value").asString()).stripTrailingZeros().toPlainString()));
		assertThat(targets).containsExactly("2020-12-31=10", "2021-12-31=20", "2022-12-31=35", "2023-12-31=50", "2024-12-31=70");
		assertThat(involved.get("denominator").asString()).isEqualTo("обучающихся (всего)");

		var michurinskDefs = json(mvc.perform(get("/api/michurinsk/monitoring/indicators/definitions")
				.with(TestUsers.as(tenancy, "michurinsk"))).andExpect(status().isOk()));
		var michurinskTargets = find(michurinskDefs, "code", IndicatorCatalogue.PUPILS_INVOLVED).get("targets");
		assertThat(michurinskTargets).hasSize(1);
		assertThat(michurinskTargets.get(0).get("date").asString()).isEqualTo("2020-12-31");
		assertThat(michurinskTargets.get(0).get("value").decimalValue()).isEqualByComparingTo("10");

		// Sasovo: its three indicators per form, targets for 2021 and 2024 left blank by the seed, then set
		var sasovoDefs = json(mvc.perform(get("/api/sasovo/monitoring/indicators/definitions")
				.with(TestUsers.as(tenancy, "sasovo"))).andExpect(status().isOk()));
		for (String code : List.of("sasovo-pupil-pupil", "sasovo-teacher-pupil", "sasovo-teacher-teacher")) {
			var d = find(sasovoDefs, "code", code);
			assertThat(d.get("targets")).hasSize(2);
		}
		assertThat(find(sasovoDefs, "code", "sasovo-teacher-teacher").get("denominator").asString()).isEqualTo("молодых педагогов");

		mvc.perform(put("/api/sasovo/monitoring/indicators/sasovo-pupil-pupil/targets").with(csrf())
				.with(TestUsers.as(tenancy, "sasovo")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"targets\":[{\"date\":\"2021-12-31\",\"value\":15},{\"date\":\"2024-12-31\",\"value\":40}]}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.targets[0].value").value(15))
			.andExpect(jsonPath("$.targets[1].value").value(40));
		mvc.perform(put("/api/sasovo/monitoring/indicators/sasovo-pupil-pupil/targets").with(csrf())
				.with(TestUsers.as(tenancy, "sasovo")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"targets\":[{\"date\":\"2021-12-31\",\"value\":150}]}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("targets[0].value"))
			.andExpect(jsonPath("$.errors[0].message").value("Целевое значение — процент от 0 до 100"));
		// nothing half-written: the valid targets stand
		var after = json(mvc.perform(get("/api/sasovo/monitoring/indicators/definitions").with(TestUsers.as(tenancy, "sasovo"))));
		assertThat(find(after, "code", "sasovo-pupil-pupil").get("targets").get(1).get("value").decimalValue())
			.isEqualByComparingTo("40");
	}

	static JsonNode find(JsonNode array, String field, String value) {
		for (JsonNode n : array) {
			if (n.path(field).asString().equals(value)) {
				return n;
			}
		}
		throw new AssertionError("no element with " + field + "=" + value + " in " + array);
	}

	// ------------------------------------------------------------------ the regional summary

	@Test
	void theMinistryViewerOfTambovSeesSosnovkaAndMichurinskAndNothingOfSasovo(Scenario scenario) throws Exception {
		// each municipality has data, Sasovo too (so that "nothing of Sasovo" is not vacuous)
		for (TenantId tenant : List.of(sosnovka, michurinsk, sasovo)) {
			UUID school = UUID.randomUUID();
			UUID mentor = UUID.randomUUID();
			UUID mentee = UUID.randomUUID();
			scenario.publish(contingent(tenant, school, 2025, 100, 80, 20, 10, 2))
				.andWaitForStateChange(() -> contingentKnown(tenant, 2025, school));
			scenario.publish(registered(tenant, pupil(mentee, school, AgeBand.FROM_10_TO_14, ParticipantRole.MENTEE)))
				.andWaitForStateChange(() -> known(tenant, mentee));
			scenario.publish(order(tenant, school, LocalDate.of(2025, 10, 1),
					pair(UUID.randomUUID(), Forms.PUPIL_PUPIL, school, mentor, "PUPIL", mentee, "PUPIL")))
				.andWaitForStateChange(() -> known(tenant, mentor));
		}

		var body = json(mvc.perform(get("/api/regions/tambov/summary").param("date", "2025-12-31")
				.with(TestUsers.as(tenancy, "minobr-tambov"))).andExpect(status().isOk()));
		var slugs = new ArrayList<String>();
		body.get("municipalities").forEach(m -> slugs.add(m.get("slug").asString()));
		assertThat(slugs).containsExactlyInAnyOrder("sosnovka", "michurinsk");
		String text = body.toString();
		assertThat(text).doesNotContain("sasovo").doesNotContain("Сасов");
		var sosnovkaRow = find(body.get("municipalities"), "slug", "sosnovka");
		assertThat(sosnovkaRow.get("pairsByForm").get(Forms.PUPIL_PUPIL).asInt()).isPositive();
		var main = find(sosnovkaRow.get("indicators"), "code", IndicatorCatalogue.PUPILS_INVOLVED);
		assertThat(main.get("target").decimalValue()).isEqualByComparingTo("70");
		assertThat(main.has("onTrack")).isTrue();

		// another region's summary is refused to Tambov's viewer, and every region's to a coordinator
		mvc.perform(get("/api/regions/ryazan/summary").with(TestUsers.as(tenancy, "minobr-tambov")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/regions/tambov/summary").with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(status().isForbidden());

		// the page and the XLSX export
		String page = mvc.perform(get("/r/tambov/summary").param("date", "2025-12-31")
				.with(TestUsers.as(tenancy, "minobr-tambov")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		var rows = java.util.regex.Pattern.compile("data-slug=\"([^\"]+)\"").matcher(page).results().map(r -> r.group(1)).toList();
		assertThat(rows).containsExactlyInAnyOrder("sosnovka", "michurinsk");
		assertThat(page).contains("id=\"summary-chart\"");
		assertThat(page).doesNotContain("Сасов");

		byte[] xlsx = mvc.perform(get("/api/regions/tambov/summary/xlsx").param("date", "2025-12-31")
				.with(TestUsers.as(tenancy, "minobr-tambov")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			var cells = new ArrayList<String>();
			book.forEach(sheet -> sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString()))));
			assertThat(cells).contains("Сосновский район", "город Мичуринск");
			assertThat(String.join("|", cells)).doesNotContain("Сасов");
		}
	}

	/** What a regional summary may say: municipalities, indicators, roadmap totals, pairs by form — no person. */
	static final Set<String> SUMMARY_KEYS = Set.of("regionCode", "regionName", "date", "municipalities", "slug", "name",
			"indicators", "code", "numerator", "denominator", "value", "target", "targetDate", "onTrack", "roadmap",
			"occurrences", "done", "inProgress", "overdue", "cancelled", "pairsByForm");

	@Test
	void noPerPersonFieldAppearsInTheRegionalSummary(Scenario scenario) throws Exception {
		UUID school = UUID.randomUUID();
		UUID mentee = UUID.randomUUID();
		UUID mentor = UUID.randomUUID();
		scenario.publish(registered(sosnovka, pupil(mentee, school, AgeBand.FROM_15_TO_19, ParticipantRole.MENTEE)))
			.andWaitForStateChange(() -> known(sosnovka, mentee));
		scenario.publish(order(sosnovka, school, LocalDate.of(2025, 11, 1),
				pair(UUID.randomUUID(), Forms.TEACHER_PUPIL, school, mentor, "TEACHER", mentee, "PUPIL")))
			.andWaitForStateChange(() -> known(sosnovka, mentor));

		var body = json(mvc.perform(get("/api/regions/tambov/summary").param("date", "2025-12-31")
				.with(TestUsers.as(tenancy, "minobr-tambov"))).andExpect(status().isOk()));
		var keys = new TreeSet<String>();
		var formKeys = new TreeSet<String>();
		collectKeys(body, keys, formKeys);
		assertThat(keys).isSubsetOf(SUMMARY_KEYS);
		assertThat(formKeys).isSubsetOf(Forms.KNOWN.keySet()).contains(Forms.TEACHER_PUPIL);
		String text = body.toString();
		assertThat(text).doesNotContain(mentee.toString()).doesNotContain(mentor.toString()).doesNotContain(school.toString())
			.doesNotContain("Иванов");
	}

	static void collectKeys(JsonNode node, Set<String> keys, Set<String> formKeys) {
		if (node.isObject()) {
			node.properties().forEach(e -> {
				keys.add(e.getKey());
				if (e.getKey().equals("pairsByForm")) {
					e.getValue().properties().forEach(f -> formKeys.add(f.getKey()));
				}
				else {
					collectKeys(e.getValue(), keys, formKeys);
				}
			});
		}
		else if (node.isArray()) {
			node.forEach(n -> collectKeys(n, keys, formKeys));
		}
	}

	// ------------------------------------------------------------------ readiness and questionnaires

	@Test
	void readinessIsDerivedFromEventsConfirmedByHandAndGivesTheShareOfSchoolsLackingDocuments(Scenario scenario)
			throws Exception {
		TenantId ogni = tenants.bySlug("dagestanskie-ogni").orElseThrow().id();
		UUID a = UUID.randomUUID();
		UUID b = UUID.randomUUID();
		scenario.publish(school(ogni, a, "МКОУ СОШ № 1 г. Дагестанские Огни"))
			.andWaitForStateChange(() -> TenantContext.get(ogni, () -> transactions.execute(
					tx -> projections.organizations().stream().anyMatch(o -> o.id().equals(a)))));
		scenario.publish(school(ogni, b, "МКОУ СОШ № 2 г. Дагестанские Огни"))
			.andWaitForStateChange(() -> TenantContext.get(ogni, () -> transactions.execute(
					tx -> projections.organizations().stream().anyMatch(o -> o.id().equals(b)))));
		scenario.publish(new ru.nastavnik.registry.CuratorAppointed(ogni, a, UUID.randomUUID(), "Куратор", "15-о",
				LocalDate.of(2025, 9, 1)))
			.andWaitForStateChange(() -> TenantContext.get(ogni, () -> transactions.execute(
					tx -> projections.organizationsWithCurator().contains(a))));
		scenario.publish(new ru.nastavnik.pairing.ProgrammeOpened(ogni, UUID.randomUUID(), a, "Программа наставничества",
				Set.of(Forms.PUPIL_PUPIL), LocalDate.of(2025, 9, 1), LocalDate.of(2027, 5, 31)))
			.andWaitForStateChange(() -> TenantContext.get(ogni, () -> transactions.execute(
					tx -> projections.organizationsWithProgramme(LocalDate.of(2026, 1, 15)).contains(a))));
		scenario.publish(order(ogni, a, LocalDate.of(2025, 10, 1),
				pair(UUID.randomUUID(), Forms.PUPIL_PUPIL, a, UUID.randomUUID(), "PUPIL", UUID.randomUUID(), "PUPIL")))
			.andWaitForStateChange(() -> TenantContext.get(ogni, () -> transactions.execute(
					tx -> projections.organizationsWithPairs().contains(a))));
		scenario.publish(new ru.nastavnik.roadmap.RoadmapAdopted(ogni, UUID.randomUUID(), "Дорожная карта",
				LocalDate.of(2025, 9, 1), LocalDate.of(2026, 8, 31), "101", LocalDate.of(2025, 8, 25), 10, 40))
			.andWaitForStateChange(() -> TenantContext.get(ogni, () -> transactions.execute(tx -> projections.roadmapAdopted())));

		var readiness = json(mvc.perform(get("/api/dagestanskie-ogni/monitoring/readiness").param("date", "2026-01-15")
				.with(TestUsers.as(tenancy, "dagestanskie-ogni"))).andExpect(status().isOk()));
		assertThat(readiness.get("schools").asInt()).isEqualTo(2);
		var first = find(readiness.get("items"), "organizationId", a.toString()).get("items");
		assertThat(first.get("CURATOR").asBoolean()).isTrue();
		assertThat(first.get("ROADMAP").asBoolean()).isTrue();
		assertThat(first.get("PROGRAMME").asBoolean()).isTrue();
		assertThat(first.get("PAIRS_ORDER").asBoolean()).isTrue();
		assertThat(first.get("POLOZHENIE").asBoolean()).as("the положение is not something the system observes").isFalse();
		assertThat(readiness.get("lackingDocuments").asInt()).isEqualTo(2);
		assertThat(readiness.get("shareLackingDocuments").decimalValue()).isEqualByComparingTo("100.0");

		// the положение confirmed by hand: school A lacks nothing now, one school of two lacks documents
		mvc.perform(put("/api/dagestanskie-ogni/monitoring/readiness/" + a + "/POLOZHENIE").with(csrf())
				.with(TestUsers.as(tenancy, "dagestanskie-ogni")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"confirmed\":true,\"document\":\"Приказ № 12 от 01.09.2025\"}"))
			.andExpect(status().isNoContent());
		mvc.perform(get("/api/dagestanskie-ogni/monitoring/readiness").param("date", "2026-01-15")
				.with(TestUsers.as(tenancy, "dagestanskie-ogni")))
			.andExpect(jsonPath("$.ready").value(1))
			.andExpect(jsonPath("$.lackingDocuments").value(1))
			.andExpect(jsonPath("$.shareLackingDocuments").value(50.0));
		String page = mvc.perform(get("/t/dagestanskie-ogni/monitoring/readiness").with(TestUsers.as(tenancy, "dagestanskie-ogni")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("50,0\u00a0%");

		mvc.perform(put("/api/dagestanskie-ogni/monitoring/readiness/" + a + "/SOMETHING").with(csrf())
				.with(TestUsers.as(tenancy, "dagestanskie-ogni")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"confirmed\":true}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("item"));
		// a school of another municipality cannot be confirmed here
		mvc.perform(put("/api/dagestanskie-ogni/monitoring/readiness/" + UUID.randomUUID() + "/POLOZHENIE").with(csrf())
				.with(TestUsers.as(tenancy, "dagestanskie-ogni")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"confirmed\":true}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].message").value("Такой образовательной организации в муниципалитете нет"));
	}

	@Test
	void questionnaireAnswersAreShownOnlyAggregatedAndNotForFewerThanThreeRespondents(Scenario scenario) throws Exception {
		UUID programme = UUID.randomUUID();
		scenario.publish(new ru.nastavnik.pairing.ProgrammeOpened(sasovo, programme, UUID.randomUUID(),
				"Программа анкетирования", Set.of(Forms.PUPIL_PUPIL), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31)))
			.andWaitForStateChange(() -> TenantContext.get(sasovo, () -> transactions.execute(
					tx -> projections.programmes().stream().anyMatch(p -> p.id().equals(programme)))));
		String answers = "\"goal\":%d,\"tasks\":8,\"comfort\":9,\"meetings\":7,\"useful\":9,\"difficulties\":%d,\"continue\":1";
		int[][] given = { { 8, 0 }, { 10, 1 } };
		for (int[] g : given) {
			mvc.perform(post("/api/sasovo/monitoring/questionnaires/1/responses").with(csrf()).with(TestUsers.as(tenancy, "sasovo"))
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"programmeId\":\"" + programme + "\",\"respondentRole\":\"MENTEE\",\"answers\":{"
							+ answers.formatted(g[0], g[1]) + "}}"))
				.andExpect(status().isCreated());
		}
		mvc.perform(get("/api/sasovo/monitoring/questionnaires/1/results").param("programmeId", programme.toString())
				.with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.respondents").value(2))
			.andExpect(jsonPath("$.enough").value(false))
			.andExpect(jsonPath("$.items").isEmpty());
		mvc.perform(post("/api/sasovo/monitoring/questionnaires/1/responses").with(csrf()).with(TestUsers.as(tenancy, "sasovo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"programmeId\":\"" + programme + "\",\"respondentRole\":\"MENTOR\",\"answers\":{"
						+ answers.formatted(6, 0) + "}}"))
			.andExpect(status().isCreated());
		var results = json(mvc.perform(get("/api/sasovo/monitoring/questionnaires/1/results").param("programmeId", programme.toString())
				.with(TestUsers.as(tenancy, "sasovo"))).andExpect(status().isOk()));
		assertThat(results.get("enough").asBoolean()).isTrue();
		assertThat(find(results.get("items"), "code", "goal").get("average").decimalValue()).isEqualByComparingTo("8.0");
		assertThat(find(results.get("items"), "code", "difficulties").get("shareYes").decimalValue()).isEqualByComparingTo("33.3");
		var keys = new TreeSet<String>();
		collectKeys(results, keys, new TreeSet<>());
		assertThat(keys).doesNotContain("respondentRole", "answers", "id", "submittedOn");

		// a wrong answer is explained by question, and nothing is stored
		mvc.perform(post("/api/sasovo/monitoring/questionnaires/1/responses").with(csrf()).with(TestUsers.as(tenancy, "sasovo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"programmeId\":\"" + programme + "\",\"respondentRole\":\"MENTEE\",\"answers\":{"
						+ answers.formatted(11, 0) + "}}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("answers.goal"))
			.andExpect(jsonPath("$.errors[0].message").value("Оценка — от 1 до 10"));
		mvc.perform(get("/api/sasovo/monitoring/questionnaires/1/results").param("programmeId", programme.toString())
				.with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(jsonPath("$.respondents").value(3));
	}

	@Test
	void aQuestionnaireIsForAProgrammeTheMunicipalityHasChosenFromItsListAndAnUnknownOneIsRefused(Scenario scenario)
			throws Exception {
		UUID school = UUID.randomUUID();
		UUID programme = UUID.randomUUID();
		scenario.publish(school(sasovo, school, "МБОУ СОШ для анкет"))
			.andWaitForStateChange(() -> TenantContext.get(sasovo, () -> transactions.execute(
					tx -> projections.organizations().stream().anyMatch(o -> o.id().equals(school)))));
		scenario.publish(new ru.nastavnik.pairing.ProgrammeOpened(sasovo, programme, school, "Программа «Шаг вперёд»",
				Set.of(Forms.PUPIL_PUPIL), LocalDate.of(2025, 9, 1), LocalDate.of(2026, 5, 31)))
			.andWaitForStateChange(() -> TenantContext.get(sasovo, () -> transactions.execute(
					tx -> projections.programmes().stream().anyMatch(p -> p.id().equals(programme)))));

		// the page offers it by name, with its school
		String page = mvc.perform(get("/t/sasovo/monitoring/questionnaires").with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(page).contains("<option value=\"" + programme + "\">Программа «Шаг вперёд» (МБОУ СОШ для анкет)</option>")
			.doesNotContain("(идентификатор)");

		// a programme the municipality does not have: refused on its field, nothing stored
		String answers = "\"goal\":8,\"tasks\":8,\"comfort\":9,\"meetings\":7,\"useful\":9,\"difficulties\":0,\"continue\":1";
		UUID unknown = UUID.randomUUID();
		mvc.perform(post("/api/sasovo/monitoring/questionnaires/1/responses").with(csrf()).with(TestUsers.as(tenancy, "sasovo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"programmeId\":\"" + unknown + "\",\"respondentRole\":\"MENTEE\",\"answers\":{" + answers + "}}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("programmeId"))
			.andExpect(jsonPath("$.errors[0].message").value("Такой программы наставничества в муниципалитете нет"));
		mvc.perform(get("/api/sasovo/monitoring/questionnaires/1/results").param("programmeId", unknown.toString())
				.with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(jsonPath("$.respondents").value(0));
		// the page's form: one sentence, each fault once
		var refused = mvc.perform(post("/t/sasovo/monitoring/questionnaires/1").with(csrf()).with(TestUsers.as(tenancy, "sasovo"))
				.param("programmeId", "не-идентификатор").param("respondentRole", "MENTEE"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String problem = String.valueOf(refused.getFlashMap().get("problem"));
		assertThat(problem).isEqualTo("Выберите программу наставничества из списка");
		var incomplete = mvc.perform(post("/t/sasovo/monitoring/questionnaires/1").with(csrf()).with(TestUsers.as(tenancy, "sasovo"))
				.param("programmeId", programme.toString()).param("respondentRole", "MENTEE"))
			.andExpect(status().is3xxRedirection()).andReturn();
		String faults = String.valueOf(incomplete.getFlashMap().get("problem"));
		assertThat(faults).startsWith("Анкета не принята: исправьте ошибки: Нет ответа на вопрос");
		assertThat(faults.split("Анкета не принята", -1)).hasSize(2);
		// with the answers: accepted
		mvc.perform(post("/api/sasovo/monitoring/questionnaires/1/responses").with(csrf()).with(TestUsers.as(tenancy, "sasovo"))
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"programmeId\":\"" + programme + "\",\"respondentRole\":\"MENTEE\",\"answers\":{" + answers + "}}"))
			.andExpect(status().isCreated());
	}

	// ------------------------------------------------------------------ snapshots and reports

	@Test
	void aSnapshotTakenOverTheApiIsReadBackAndRefusedToAnotherTenant() throws Exception {
		var snapshot = json(mvc.perform(post("/api/sosnovka/monitoring/snapshots").with(csrf())
				.with(TestUsers.as(tenancy, "sosnovka")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\":\"2021-01-20\",\"title\":\"Статистическое наблюдение на 20.01.2021\"}"))
			.andExpect(status().isCreated()));
		String id = snapshot.get("id").asString();
		mvc.perform(get("/api/sosnovka/monitoring/snapshots/" + id).with(TestUsers.as(tenancy, "sosnovka")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.title").value("Статистическое наблюдение на 20.01.2021"))
			.andExpect(jsonPath("$.date").value("2021-01-20"));
		// Sasovo's coordinator: Sosnovka's path is forbidden, Sosnovka's snapshot id under Sasovo does not exist
		mvc.perform(get("/api/sosnovka/monitoring/snapshots/" + id).with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/api/sasovo/monitoring/snapshots/" + id).with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(status().isNotFound());
		mvc.perform(get("/api/sosnovka/monitoring/indicators").with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(status().isForbidden());
		mvc.perform(get("/t/sosnovka/monitoring").with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(status().isForbidden());
		// a snapshot without a date is explained
		mvc.perform(post("/api/sosnovka/monitoring/snapshots").with(csrf()).with(TestUsers.as(tenancy, "sosnovka"))
				.contentType(MediaType.APPLICATION_JSON).content("{\"title\":\"без даты\"}"))
			.andExpect(status().isUnprocessableEntity())
			.andExpect(jsonPath("$.errors[0].field").value("date"))
			.andExpect(jsonPath("$.errors[0].message").value("Укажите дату среза"));
	}

	@Test
	void theReportIsGeneratedAsDocxAndPdfItsConclusionsEditedAndItsApprovalPublishesOneEvent(Scenario scenario,
			PublishedEvents events) throws Exception {
		UUID school = UUID.randomUUID();
		scenario.publish(school(sosnovka, school, "МБОУ Сосновская СОШ № 1"))
			.andWaitForStateChange(() -> TenantContext.get(sosnovka, () -> transactions.execute(
					tx -> projections.organizations().stream().anyMatch(o -> o.id().equals(school)))));
		scenario.publish(contingent(sosnovka, school, 2023, 400, 300, 80, 40, 6))
			.andWaitForStateChange(() -> contingentKnown(sosnovka, 2023, school));

		var report = json(mvc.perform(post("/api/sosnovka/monitoring/reports").with(csrf())
				.with(TestUsers.as(tenancy, "sosnovka")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"date\":\"2023-12-31\"}"))
			.andExpect(status().isCreated()));
		String id = report.get("id").asString();
		assertThat(report.get("status").asString()).isEqualTo("DRAFT");
		assertThat(report.get("content").get("schools").toString()).contains("МБОУ Сосновская СОШ № 1");

		byte[] docx = mvc.perform(get("/api/sosnovka/monitoring/reports/" + id + "/docx").with(TestUsers.as(tenancy, "sosnovka")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx));
				var extractor = new XWPFWordExtractor(document)) {
			String text = extractor.getText();
			assertThat(text).contains("Аналитическая справка").contains("МБОУ Сосновская СОШ № 1")
				.contains("Доля обучающихся, вовлечённых в различные формы наставничества");
			assertThat(document.getTables()).isNotEmpty();
			assertThat(document.getAllPictures()).as("charts").isNotEmpty();
		}
		byte[] pdf = mvc.perform(get("/api/sosnovka/monitoring/reports/" + id + "/pdf").with(TestUsers.as(tenancy, "sosnovka")))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (var document = Loader.loadPDF(pdf)) {
			assertThat(document.getNumberOfPages()).isPositive();
			assertThat(new PDFTextStripper().getText(document)).contains("Аналитическая справка");
		}

		mvc.perform(put("/api/sosnovka/monitoring/reports/" + id + "/conclusions").with(csrf())
				.with(TestUsers.as(tenancy, "sosnovka")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"conclusions\":\"1. Продолжить работу.\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.conclusions").value("1. Продолжить работу."));
		mvc.perform(get("/api/sasovo/monitoring/reports/" + id).with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(status().isNotFound());

		mvc.perform(post("/api/sosnovka/monitoring/reports/" + id + "/approve").with(csrf())
				.with(TestUsers.as(tenancy, "sosnovka")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.status").value("APPROVED"));
		var approved = events.ofType(ReportApproved.class).matching(e -> e.reportId().toString().equals(id));
		assertThat(approved).hasSize(1);
		var event = approved.iterator().next();
		assertThat(event.tenantId()).isEqualTo(sosnovka);
		assertThat(event.conclusions()).isEqualTo("1. Продолжить работу.");
		assertThat(event.headlines()).extracting(ReportApproved.Headline::indicatorCode).contains(IndicatorCatalogue.PUPILS_INVOLVED);

		// approved: no second approval (no second event), conclusions frozen
		mvc.perform(post("/api/sosnovka/monitoring/reports/" + id + "/approve").with(csrf())
				.with(TestUsers.as(tenancy, "sosnovka")))
			.andExpect(status().isConflict());
		mvc.perform(put("/api/sosnovka/monitoring/reports/" + id + "/conclusions").with(csrf())
				.with(TestUsers.as(tenancy, "sosnovka")).contentType(MediaType.APPLICATION_JSON)
				.content("{\"conclusions\":\"другое\"}"))
			.andExpect(status().isConflict());
		assertThat(events.ofType(ReportApproved.class).matching(e -> e.reportId().toString().equals(id))).hasSize(1);
	}
}
