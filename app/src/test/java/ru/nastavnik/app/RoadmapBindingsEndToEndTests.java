package ru.nastavnik.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;

/**
 * Every binding of the four shipped roadmap templates, end to end (issue 16, item 6): in each municipality the
 * coordinator does, over the API, what each bound item is about — imports participants, issues a pairing order,
 * approves an analytical report, publishes the monitoring results drafted from it, publishes a best-practice case —
 * and every item bound to one of these facts completes itself with the fact's event as evidence. The keys bound in the
 * templates are exactly the keys these flows produce; Sasovo's item 8 («Публикация результатов мониторинга …») is
 * bound to the publication of the monitoring results, not left to be ticked by hand.
 */
@SpringBootTest
@AutoConfigureMockMvc
class RoadmapBindingsEndToEndTests {

	static final List<String> TENANTS = List.of("sasovo", "sosnovka", "michurinsk", "dagestanskie-ogni");

	/** The fact each flow below produces, by the key an item's binding names. */
	static final Set<String> PRODUCED = Set.of("registry.participants-imported", "pairing.pairs-fixed",
			"monitoring.report-approved", "publication.monitoring-results-published", "publication.case-published");

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	@Test
	void everyItemBoundInTheFourTemplatesCompletesItselfWhenItsFactHappens() throws Exception {
		Map<String, String> roadmaps = new LinkedHashMap<>();
		Set<String> bound = new TreeSet<>();
		for (String t : TENANTS) {
			String roadmapId = JsonPath.read(api(t, get("/api/" + t + "/roadmap/roadmaps")), "$[0].id");
			roadmaps.put(t, roadmapId);
			String roadmap = api(t, get("/api/" + t + "/roadmap/roadmaps/" + roadmapId));
			bound.addAll(JsonPath.<List<String>>read(roadmap, "$.items[?(@.binding != null)].binding"));
			// the demo marked some of them done by hand: open them again, so that each can only be completed by its fact
			for (String occurrence : JsonPath.<List<String>>read(roadmap,
					"$.items[?(@.binding != null)].planned[*].occurrences[?(@.status == 'DONE')].id")) {
				api(t, post("/api/" + t + "/roadmap/occurrences/" + occurrence + "/reopen"));
			}
		}
		assertThat(bound).as("the keys bound in the four templates").isEqualTo(new TreeSet<>(PRODUCED));
		assertThat(JsonPath.<List<String>>read(api("sasovo", get("/api/sasovo/roadmap/roadmaps/" + roadmaps.get("sasovo"))),
				"$.items[?(@.number == '8')].binding")).containsExactly("publication.monitoring-results-published");

		for (String t : TENANTS) {
			String school = JsonPath.read(api(t, get("/api/" + t + "/registry/organizations")), "$[0].shortName");
			String schoolId = JsonPath.read(api(t, get("/api/" + t + "/registry/organizations")), "$[0].id");
			importTwoTeachers(t, school);
			issueAnOrder(t, schoolId);
			String report = approveAReport(t);
			publishTheMonitoringResults(t, report);
			publishACase(t, schoolId);
		}

		Awaitility.await().atMost(Duration.ofSeconds(120)).untilAsserted(() -> {
			List<String> missing = new ArrayList<>();
			for (String t : TENANTS) {
				String roadmap = api(t, get("/api/" + t + "/roadmap/roadmaps/" + roadmaps.get(t)));
				for (Map<String, Object> item : JsonPath.<List<Map<String, Object>>>read(roadmap, "$.items[?(@.binding != null)]")) {
					String key = (String) item.get("binding");
					List<String> completedBy = JsonPath.read(item,
							"$.planned[*].occurrences[?(@.status == 'DONE')].evidence[?(@.kind == 'EVENT')].eventKey");
					if (!completedBy.contains(key)) {
						missing.add(t + " " + item.get("number") + " «" + item.get("title") + "» (" + key + ")");
					}
				}
			}
			assertThat(missing).as("bound items not completed by their fact").isEmpty();
		});
	}

	/** A mentor and a young teacher of the school, by the registry's own file template. */
	void importTwoTeachers(String t, String school) throws Exception {
		String header = api(t, get("/api/" + t + "/registry/imports/template").param("format", "csv")).lines().findFirst()
			.orElseThrow().replace("\uFEFF", "");
		List<String> columns = List.of(header.split(";", -1));
		var mentor = Map.of("Фамилия", "Связкина", "Имя", "Ольга", "Отчество", "Петровна", "Категория", "педагог",
				"Дата рождения", "12.03.1975", "Организация", school, "Дата начала педагогической деятельности", "01.09.1997",
				"Роль", "наставник", "Компетенции наставника", "классное руководство", "Сколько наставляемых может вести", "2");
		var mentee = Map.of("Фамилия", "Связкин", "Имя", "Олег", "Отчество", "Петрович", "Категория", "педагог",
				"Дата рождения", "05.06.2000", "Организация", school, "Дата начала педагогической деятельности", "01.09.2024",
				"Роль", "наставляемый", "Запросы наставляемого", "классное руководство");
		var csv = new StringBuilder(header).append("\r\n");
		for (Map<String, String> row : List.of(mentor, mentee)) {
			List<String> cells = new ArrayList<>();
			for (String column : columns) {
				String value = row.getOrDefault(column.replace("*", "").strip(), "");
				if (column.startsWith("Согласие на обработку")) {
					value = "01.09.2025";
				}
				else if (column.startsWith("Согласие дал")) {
					value = "сам";
				}
				cells.add(value);
			}
			csv.append(String.join(";", cells)).append("\r\n");
		}
		api(t, multipart("/api/" + t + "/registry/imports").file(new MockMultipartFile("file", "связка.csv", "text/csv",
				csv.toString().getBytes(StandardCharsets.UTF_8))));
	}

	/** A teacher–teacher programme of the school: its candidates arrive from the import, matched, the order issued. */
	void issueAnOrder(String t, String schoolId) throws Exception {
		String programme = JsonPath.read(api(t, post("/api/" + t + "/pairing/programmes").contentType(MediaType.APPLICATION_JSON)
			.content("{\"organizationId\":\"" + schoolId + "\",\"title\":\"Программа для проверки привязок\","
					+ "\"formCodes\":[\"teacher-teacher\"],\"startsOn\":\"2025-09-01\",\"endsOn\":\"2026-05-31\"}")), "$.id");
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> api(t,
				get("/api/" + t + "/pairing/programmes/" + programme + "/candidates")).contains("Связкин Олег"));
		String proposal = api(t, post("/api/" + t + "/pairing/programmes/" + programme + "/matching").param("form",
				"teacher-teacher"));
		assertThat(JsonPath.<List<Object>>read(proposal, "$.pairs")).as(t + ": a pair to fix").isNotEmpty();
		String order = JsonPath.read(api(t, post("/api/" + t + "/pairing/proposals/" + JsonPath.read(proposal, "$.id")
			+ "/orders").contentType(MediaType.APPLICATION_JSON).content("{\"number\":\"привязки-1\",\"date\":\"" + LocalDate.now()
					+ "\"}")), "$.id");
		api(t, post("/api/" + t + "/pairing/orders/" + order + "/issue"));
	}

	String approveAReport(String t) throws Exception {
		String title = "Справка для проверки привязок";
		String report = JsonPath.read(api(t, post("/api/" + t + "/monitoring/reports").contentType(MediaType.APPLICATION_JSON)
			.content("{\"date\":\"" + LocalDate.now() + "\",\"title\":\"" + title + "\"}")), "$.id");
		api(t, post("/api/" + t + "/monitoring/reports/" + report + "/approve"));
		return title;
	}

	/** The draft «Результаты мониторинга» the approval created, published by the coordinator. */
	void publishTheMonitoringResults(String t, String reportTitle) throws Exception {
		String filter = "$[?(@.title == 'Результаты мониторинга: " + reportTitle + "')].id";
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> !JsonPath.<List<String>>read(api(t,
				get("/api/" + t + "/publication/monitoring-results")), filter).isEmpty());
		String draft = JsonPath.<List<String>>read(api(t, get("/api/" + t + "/publication/monitoring-results")), filter).get(0);
		api(t, post("/api/" + t + "/publication/items/" + draft + "/publish"));
	}

	void publishACase(String t, String schoolId) throws Exception {
		String id = JsonPath.read(api(t, post("/api/" + t + "/publication/cases").contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Наставничество молодого педагога\",\"summary\":\"Опыт школы\",\"formCode\":"
					+ "\"TEACHER_TEACHER\",\"organizationId\":\"" + schoolId + "\",\"problem\":\"<p>Адаптация</p>\","
					+ "\"actions\":\"<p>Еженедельные встречи</p>\",\"results\":\"<p>Открытый урок</p>\",\"tags\":[]}")), "$.id");
		api(t, post("/api/" + t + "/publication/cases/" + id + "/submit"));
		api(t, post("/api/" + t + "/publication/cases/" + id + "/approve"));
		api(t, post("/api/" + t + "/publication/cases/" + id + "/publish"));
	}

	/** A call as the municipality's coordinator that must succeed; its body. */
	String api(String t, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		var response = mvc.perform(request.with(csrf()).with(TestUsers.as(tenancy, t))).andReturn().getResponse();
		response.setCharacterEncoding("UTF-8");
		assertThat(response.getStatus()).as(request.buildRequest(new org.springframework.mock.web.MockServletContext())
			.getRequestURI() + ": " + response.getContentAsString()).isBetween(200, 299);
		return response.getContentAsString();
	}
}
