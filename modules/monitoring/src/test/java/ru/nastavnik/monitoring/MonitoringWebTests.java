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
