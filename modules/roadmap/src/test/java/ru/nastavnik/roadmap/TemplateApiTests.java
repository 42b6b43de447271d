package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;

/**
 * {@code GET /api/{tenant}/roadmap/template} returns, for each demo tenant, exactly the items of its shipped template
 * (itself checked against the seed document by {@code BundledTemplatesTest}) with verbatim titles and parsed schedules;
 * editing makes a new version and a roadmap in progress keeps the version it was adopted from.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TemplateApiTests {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	JsonNode api(String url, String user) throws Exception {
		return JSON.readTree(mvc.perform(get(url).with(TestUsers.as(tenancy, user)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8));
	}

	static JsonNode bundled(String tenant) throws IOException {
		try (InputStream in = TemplateApiTests.class.getResourceAsStream("/roadmap/templates/" + tenant + ".json")) {
			return JSON.readTree(in);
		}
	}

	static List<JsonNode> items(JsonNode template) {
		List<JsonNode> all = new ArrayList<>();
		template.get("sections").forEach(s -> s.get("items").forEach(all::add));
		return all;
	}

	static List<String> texts(List<JsonNode> nodes, String field) {
		return nodes.stream().map(n -> n.get(field).asString()).toList();
	}

	@ParameterizedTest
	@ValueSource(strings = { "sasovo", "sosnovka", "dagestanskie-ogni", "michurinsk" })
	void returnsExactlyTheShippedItemsVerbatim(String tenant) throws Exception {
		JsonNode api = api("/api/" + tenant + "/roadmap/template", tenant);
		JsonNode shipped = bundled(tenant);
		List<JsonNode> apiItems = items(api);
		List<JsonNode> shippedItems = items(shipped);
		assertThat(api.get("tenant").asString()).isEqualTo(tenant);
		assertThat(texts(apiItems, "number")).containsExactlyElementsOf(texts(shippedItems, "number"));
		assertThat(texts(apiItems, "title")).containsExactlyElementsOf(texts(shippedItems, "title"));
		assertThat(texts(apiItems, "responsible")).containsExactlyElementsOf(texts(shippedItems, "responsible"));
		assertThat(texts(apiItems, "result")).containsExactlyElementsOf(texts(shippedItems, "result"));
		// the original wording of the schedule beside the parsed form
		assertThat(apiItems.stream().map(i -> i.get("schedule").get("text").asString()).toList())
			.containsExactlyElementsOf(texts(shippedItems, "schedule"));
		assertThat(apiItems).allSatisfy(i -> assertThat(i.get("schedule").get("kind").asString()).isNotBlank());
	}

	@Test
	void sasovoHasNineItemsFromAugust2020ToJune2021() throws Exception {
		List<JsonNode> items = items(api("/api/sasovo/roadmap/template", "sasovo"));
		assertThat(texts(items, "number")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
		JsonNode first = items.get(0).get("schedule");
		assertThat(first.get("kind").asString()).isEqualTo("MONTH");
		assertThat(first.get("text").asString()).isEqualTo("Август 2020г.");
		assertThat(first.get("occurrences").get(0).get("from").asString()).isEqualTo("2020-08-01");
		assertThat(first.get("occurrences").get(0).get("to").asString()).isEqualTo("2020-08-31");
		// «Сентябрь» takes its year from the plan's period
		assertThat(items.get(1).get("schedule").get("occurrences").get(0).get("from").asString()).isEqualTo("2020-09-01");
		JsonNode febApr = items.get(5).get("schedule");
		assertThat(febApr.get("kind").asString()).isEqualTo("MONTH_RANGE");
		assertThat(febApr.get("occurrences").get(0).get("from").asString()).isEqualTo("2021-02-01");
		assertThat(febApr.get("occurrences").get(0).get("to").asString()).isEqualTo("2021-04-30");
		JsonNode last = items.get(8).get("schedule");
		assertThat(last.get("text").asString()).isEqualTo("Июнь");
		assertThat(last.get("occurrences").get(0).get("to").asString()).isEqualTo("2021-06-30");
	}

	@Test
	void sosnovkaHasNoItem11AndItem12HasFiveYearlyTargets() throws Exception {
		List<JsonNode> items = items(api("/api/sosnovka/roadmap/template", "sosnovka"));
		assertThat(texts(items, "number")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "13",
				"14", "15");
		JsonNode twelve = items.stream().filter(i -> i.get("number").asString().equals("12")).findFirst().orElseThrow();
		JsonNode schedule = twelve.get("schedule");
		assertThat(schedule.get("kind").asString()).isEqualTo("RECURRING_DATES");
		assertThat(schedule.get("text").asString()).isEqualTo("31.12.2020 31.12.2021 31.12.2022 31.12.2023 31.12.2024");
		List<JsonNode> occurrences = StreamSupport.stream(schedule.get("occurrences").spliterator(), false).toList();
		assertThat(occurrences).hasSize(5);
		assertThat(occurrences.stream().map(o -> o.get("date").asString()).toList()).containsExactly("2020-12-31",
				"2021-12-31", "2022-12-31", "2023-12-31", "2024-12-31");
		assertThat(occurrences.stream().map(o -> o.get("target").get("value").decimalValue().intValue()).toList())
			.containsExactly(10, 20, 35, 50, 70);
		assertThat(occurrences).allSatisfy(o -> {
			assertThat(o.get("target").get("unit").asString()).isEqualTo("%");
			assertThat(o.get("target").get("comparison").asString()).isEqualTo("AT_LEAST");
		});
		assertThat(twelve.get("trackedPerSchool").asBoolean()).isTrue();
	}

	@Test
	void dagestanskieOgniHasFiveSectionsAndTheUnnumberedItem() throws Exception {
		JsonNode template = api("/api/dagestanskie-ogni/roadmap/template", "dagestanskie-ogni");
		assertThat(template.get("sections")).hasSize(5);
		List<String> sectionNumbers = new ArrayList<>();
		template.get("sections").forEach(s -> sectionNumbers.add(s.get("number").asString()));
		assertThat(sectionNumbers).containsExactly("1", "2", "3", "4", "5");
		List<JsonNode> second = new ArrayList<>();
		template.get("sections").get(1).get("items").forEach(second::add);
		assertThat(texts(second, "number"))
			.containsExactly("2.1", "", "2.2", "2.3");
	}

	@Test
	void michurinskHasSixteenItemsOverItsPeriod() throws Exception {
		JsonNode template = api("/api/michurinsk/roadmap/template", "michurinsk");
		List<JsonNode> items = items(template);
		assertThat(items).hasSize(16);
		assertThat(texts(items, "number")).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12",
				"13", "14", "15", "16");
		assertThat(template.get("period").get("from").asString()).isEqualTo("2020-06-01");
		assertThat(template.get("period").get("to").asString()).isEqualTo("2021-08-31");
	}

	@Test
	void anotherTenantsTemplateIsRefused() throws Exception {
		mvc.perform(get("/api/michurinsk/roadmap/template").with(TestUsers.as(tenancy, "sasovo")))
			.andExpect(status().isForbidden());
	}

	@Test
	void editingMakesANewVersionAndTheAdoptedRoadmapKeepsItsVersion() throws Exception {
		String tenant = "sosnovka";
		int before = api("/api/" + tenant + "/roadmap/template", tenant).get("version").asInt();
		String original = mvc.perform(get("/api/" + tenant + "/roadmap/template/export").with(TestUsers.as(tenancy, tenant)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		String edited = original.replace("\"title\": \"Обеспечение доли обучающихся",
				"\"title\": \"ИЗМЕНЕНО: Обеспечение доли обучающихся");
		assertThat(edited).isNotEqualTo(original);
		try {
			JsonNode saved = JSON.readTree(mvc
				.perform(post("/api/" + tenant + "/roadmap/template/versions").with(TestUsers.as(tenancy, tenant))
					.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
					.contentType(MediaType.APPLICATION_JSON)
					.content(edited))
				.andExpect(status().isCreated())
				.andReturn()
				.getResponse()
				.getContentAsString(StandardCharsets.UTF_8));
			assertThat(saved.get("number").asInt()).isEqualTo(before + 1);
			assertThat(texts(items(api("/api/" + tenant + "/roadmap/template", tenant)), "title"))
				.anyMatch(t -> t.startsWith("ИЗМЕНЕНО: "));
			// the older version is still there, unchanged
			assertThat(texts(items(api("/api/" + tenant + "/roadmap/template/versions/" + before, tenant)), "title"))
				.noneMatch(t -> t.startsWith("ИЗМЕНЕНО: "));
			// the roadmap in progress keeps its version and its wording
			JsonNode roadmaps = api("/api/" + tenant + "/roadmap/roadmaps", tenant);
			JsonNode demo = roadmaps.get(roadmaps.size() - 1);
			assertThat(demo.get("templateVersion").asInt()).isLessThanOrEqualTo(before);
			JsonNode roadmap = api("/api/" + tenant + "/roadmap/roadmaps/" + demo.get("id").asString(), tenant);
			assertThat(StreamSupport.stream(roadmap.get("items").spliterator(), false).map(i -> i.get("title").asString()))
				.noneMatch(t -> t.startsWith("ИЗМЕНЕНО: "));
		}
		finally {
			// the original wording back as the next version: the other tests see the shipped template
			mvc.perform(post("/api/" + tenant + "/roadmap/template/versions").with(TestUsers.as(tenancy, tenant))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(original)).andExpect(status().isCreated());
		}
	}

	@Test
	void aBrokenTemplateIsRefusedItemByItemInRussianAndNothingIsSaved() throws Exception {
		String tenant = "sasovo";
		int before = api("/api/" + tenant + "/roadmap/template", tenant).get("version").asInt();
		String original = mvc.perform(get("/api/" + tenant + "/roadmap/template/export").with(TestUsers.as(tenancy, tenant)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		String broken = original.replace("\"schedule\": \"Сентябрь\"", "\"schedule\": \"когда-нибудь\"");
		assertThat(broken).isNotEqualTo(original);
		String problem = mvc
			.perform(post("/api/" + tenant + "/roadmap/template/versions").with(TestUsers.as(tenancy, tenant))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(broken))
			.andExpect(status().is4xxClientError())
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(problem).contains("когда-нибудь");
		assertThat(api("/api/" + tenant + "/roadmap/template", tenant).get("version").asInt()).isEqualTo(before);
	}

	@Test
	void startsFromAnotherTenantsTemplate() throws Exception {
		String tenant = "michurinsk";
		JsonNode sources = api("/api/" + tenant + "/roadmap/template/copy-sources", tenant);
		assertThat(StreamSupport.stream(sources.spliterator(), false).map(s -> s.get("slug").asString()))
			.contains("sasovo").doesNotContain(tenant);
		String original = mvc.perform(get("/api/" + tenant + "/roadmap/template/export").with(TestUsers.as(tenancy, tenant)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		try {
			mvc.perform(post("/api/" + tenant + "/roadmap/template/copy").param("from", "sasovo")
				.with(TestUsers.as(tenancy, tenant))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
				.andExpect(status().isCreated());
			JsonNode copied = api("/api/" + tenant + "/roadmap/template", tenant);
			assertThat(copied.get("tenant").asString()).isEqualTo(tenant);
			assertThat(texts(items(copied), "title")).containsExactlyElementsOf(texts(items(bundled("sasovo")), "title"));
			assertThat(copied.get("source").asString()).isEqualTo("COPIED");
		}
		finally {
			mvc.perform(post("/api/" + tenant + "/roadmap/template/versions").with(TestUsers.as(tenancy, tenant))
				.with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
				.contentType(MediaType.APPLICATION_JSON)
				.content(original)).andExpect(status().isCreated());
		}
	}
}
