package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.ConditionalGets;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.roadmap.domain.progress.OccurrenceStatus;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;

/**
 * Tracking over the API: an occurrence done with a document (with or without a file) or a link, cancelled with a
 * reason; bad files refused in Russian with nothing written; another tenant's ids are 404; adoption; the DOCX, XLSX and
 * iCalendar exports open and hold the roadmap.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TrackingApiTests {

	static final ObjectMapper JSON = new ObjectMapper();

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	RoadmapTestSupport support;

	@Autowired
	void support(TenantDirectory tenants, Roadmaps roadmaps, PlatformTransactionManager tx) {
		this.support = new RoadmapTestSupport(tenants, roadmaps, tx);
	}

	ResultActions as(String user, org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		return mvc.perform(request.with(TestUsers.as(tenancy, user)).with(csrf()));
	}

	static JsonNode json(ResultActions result) throws Exception {
		return JSON.readTree(result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	static String text(ResultActions result) throws Exception {
		return result.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	/** The first occurrence of a Sasovo item (municipal items: one per due date). */
	Occurrence firstOccurrence(String tenant, String item) {
		return support.occurrences(tenant, support.itemId(tenant, item)).get(0);
	}

	JsonNode progress(String tenant) throws Exception {
		UUID roadmap = support.demoRoadmap(tenant).id();
		return json(as(tenant, get("/api/" + tenant + "/roadmap/roadmaps/" + roadmap)).andExpect(status().isOk()))
			.get("roadmap").get("progress");
	}

	@Test
	void doneWithADocumentChangesProgressAndPublishesOccurrenceCompleted(PublishedEvents events) throws Exception {
		Occurrence o = firstOccurrence("sasovo", "4");
		assertThat(o.status()).isEqualTo(OccurrenceStatus.PLANNED);
		int doneBefore = progress("sasovo").get("done").asInt();

		JsonNode done = json(as("sasovo", post("/api/sasovo/roadmap/occurrences/" + o.id() + "/complete")
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"document": {"kind": "приказ", "number": "17", "date": "2020-11-20",
					 "title": "Об итогах поиска экспертов для обучения наставников"}}
					""")).andExpect(status().isOk()));

		assertThat(done.get("status").asString()).isEqualTo("DONE");
		assertThat(done.get("evidence").get(0).get("summary").asString()).contains("№ 17").contains("20.11.2020");
		assertThat(progress("sasovo").get("done").asInt()).isEqualTo(doneBefore + 1);
		assertThat(events.ofType(OccurrenceCompleted.class).matching(e -> e.occurrenceId().equals(o.id()))).hasSize(1);
		assertThat(events.ofType(RoadmapProgressChanged.class)).isNotEmpty();
	}

	@Test
	void doneWithAFileKeepsTheFileForDownload() throws Exception {
		Occurrence o = firstOccurrence("sasovo", "5");
		byte[] pdf = "%PDF-1.4\n% протокол\n".getBytes(StandardCharsets.UTF_8);
		JsonNode done = json(as("sasovo", multipart("/api/sasovo/roadmap/occurrences/" + o.id() + "/complete-with-file")
			.file(new MockMultipartFile("file", "протокол.pdf", "application/pdf", pdf))
			.param("kind", "протокол")
			.param("number", "3")
			.param("date", "2020-12-15")
			.param("title", "Протокол обучения наставников")).andExpect(status().isOk()));
		assertThat(done.get("status").asString()).isEqualTo("DONE");
		String fileUrl = done.get("evidence").get(0).get("fileUrl").asString();
		assertThat(fileUrl).startsWith("/api/sasovo/roadmap/files/");
		byte[] downloaded = as("sasovo", get(fileUrl)).andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		assertThat(downloaded).isEqualTo(pdf);
		// and not from another municipality
		as("michurinsk", get(fileUrl.replace("/sasovo/", "/michurinsk/"))).andExpect(status().isNotFound());
	}

	@Test
	void aTooLargeOrWrongFileIsRefusedInRussianAndNothingIsWritten() throws Exception {
		Occurrence o = firstOccurrence("sasovo", "8");
		byte[] large = new byte[10 * 1024 * 1024 + 1];
		large[0] = '%';
		large[1] = 'P';
		large[2] = 'D';
		large[3] = 'F';
		String tooLarge = text(as("sasovo", upload(o, "скан.pdf", large)).andExpect(status().is(422)));
		assertThat(tooLarge).contains("Файл «скан.pdf» больше 10 МБ");

		String badType = text(as("sasovo", upload(o, "setup.exe", "MZ\u0090".getBytes(StandardCharsets.ISO_8859_1)))
			.andExpect(status().is(422)));
		assertThat(badType).contains("такой тип файлов не принимается").contains(".pdf");

		String renamed = text(as("sasovo", upload(o, "приказ.pdf", "MZ not a pdf".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().is(422)));
		assertThat(renamed).contains("не является файлом .pdf");

		assertThat(support.occurrences("sasovo", o.itemId()).get(0).status()).isEqualTo(o.status());
		assertThat(support.occurrences("sasovo", o.itemId()).get(0).progress().evidence()).isEmpty();
	}

	org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(Occurrence o, String name, byte[] content) {
		return multipart("/api/sasovo/roadmap/occurrences/" + o.id() + "/complete-with-file")
			.file(new MockMultipartFile("file", name, "application/octet-stream", content))
			.param("kind", "приказ")
			.param("number", "1")
			.param("date", "2021-05-20")
			.param("title", "Приказ");
	}

	@Test
	void doneWithALinkAndCancelledWithAReason() throws Exception {
		Occurrence o = firstOccurrence("michurinsk", "16");
		JsonNode done = json(as("michurinsk", post("/api/michurinsk/roadmap/occurrences/" + o.id() + "/complete")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"link\": {\"url\": \"https://uno-michurinsk.ru/nastavnichestvo\", \"title\": \"Страница наставничества\"}}"))
			.andExpect(status().isOk()));
		assertThat(done.get("evidence").get(0).get("url").asString()).isEqualTo("https://uno-michurinsk.ru/nastavnichestvo");

		Occurrence other = firstOccurrence("michurinsk", "14");
		String noReason = text(as("michurinsk", post("/api/michurinsk/roadmap/occurrences/" + other.id() + "/cancel")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \" \"}")).andExpect(status().is4xxClientError()));
		assertThat(noReason).containsPattern("[Пп]ричин");
		JsonNode cancelled = json(as("michurinsk", post("/api/michurinsk/roadmap/occurrences/" + other.id() + "/cancel")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"reason\": \"Мероприятие перенесено в план следующего года\"}")).andExpect(status().isOk()));
		assertThat(cancelled.get("status").asString()).isEqualTo("CANCELLED");
		assertThat(cancelled.get("cancellationReason").asString()).isEqualTo("Мероприятие перенесено в план следующего года");
	}

	@Test
	void evidenceMustBeOneDocumentOrOneLink() throws Exception {
		Occurrence o = firstOccurrence("michurinsk", "12");
		String both = text(as("michurinsk", post("/api/michurinsk/roadmap/occurrences/" + o.id() + "/complete")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{}")).andExpect(status().is(422)));
		assertThat(both).contains("Укажите одно подтверждение");
	}

	@Test
	void anotherTenantsRoadmapItemAndOccurrenceAre404() throws Exception {
		UUID roadmap = support.demoRoadmap("michurinsk").id();
		UUID item = support.itemId("michurinsk", "9");
		Occurrence o = support.occurrences("michurinsk", item).get(0);
		as("sasovo", get("/api/sasovo/roadmap/roadmaps/" + roadmap)).andExpect(status().isNotFound());
		as("sasovo", get("/api/sasovo/roadmap/items/" + item)).andExpect(status().isNotFound());
		as("sasovo", get("/api/sasovo/roadmap/roadmaps/" + roadmap + "/export.docx")).andExpect(status().isNotFound());
		as("sasovo", post("/api/sasovo/roadmap/occurrences/" + o.id() + "/start")).andExpect(status().isNotFound());
		as("sasovo", post("/api/sasovo/roadmap/occurrences/" + o.id() + "/complete").contentType(MediaType.APPLICATION_JSON)
			.content("{\"link\": {\"url\": \"https://example.org\", \"title\": \"x\"}}")).andExpect(status().isNotFound());
		as("sasovo", get("/t/sasovo/roadmap/items/" + item)).andExpect(status().isNotFound());
		as("sasovo", get("/t/sasovo/roadmap/r/" + roadmap)).andExpect(status().isNotFound());
		// nothing changed there
		assertThat(support.occurrences("michurinsk", item).get(0).status()).isEqualTo(o.status());
		// and the other tenant's own paths are refused to this user
		as("sasovo", get("/api/michurinsk/roadmap/roadmaps/" + roadmap)).andExpect(status().isForbidden());
	}

	@Test
	void adoptsARoadmapForAPeriodByAnOrder(PublishedEvents events) throws Exception {
		String missing = text(as("dagestanskie-ogni", post("/api/dagestanskie-ogni/roadmap/roadmaps")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"periodFrom\": \"2023-01-01\", \"periodTo\": \"2023-12-31\", \"orderNumber\": \"\"}"))
			.andExpect(status().is(422)));
		assertThat(missing).containsPattern("[Нн]омер");

		JsonNode adopted = json(as("dagestanskie-ogni", post("/api/dagestanskie-ogni/roadmap/roadmaps")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"periodFrom\": \"2023-01-01\", \"periodTo\": \"2023-12-31\", \"orderNumber\": \"12-од\","
					+ " \"orderDate\": \"2023-01-25\"}"))
			.andExpect(status().isCreated()));
		assertThat(adopted.get("orderNumber").asString()).isEqualTo("12-од");
		assertThat(adopted.get("period").get("from").asString()).isEqualTo("2023-01-01");
		var event = events.ofType(RoadmapAdopted.class)
			.matching(e -> e.roadmapId().toString().equals(adopted.get("id").asString()));
		assertThat(event).hasSize(1);
		assertThat(event.iterator().next().orderNumber()).isEqualTo("12-од");

		JsonNode roadmap = json(as("dagestanskie-ogni", get("/api/dagestanskie-ogni/roadmap/roadmaps/" + adopted.get("id").asString()))
			.andExpect(status().isOk()));
		List<String> numbers = new ArrayList<>();
		roadmap.get("items").forEach(i -> numbers.add(i.get("number").asString()));
		assertThat(numbers).hasSize(23).startsWith("1.1", "1.2").contains("");
		assertThat(roadmap.get("roadmap").get("progress").get("done").asInt()).isZero();
	}

	@Test
	void exportsOpenAsWordAndExcelWithTheOfficialTable() throws Exception {
		UUID roadmap = support.demoRoadmap("sasovo").id();
		byte[] docx = as("sasovo", get("/api/sasovo/roadmap/roadmaps/" + roadmap + "/export.docx")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsByteArray();
		try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
			XWPFTable table = doc.getTables().get(0);
			String header = table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList().toString();
			assertThat(header).contains("Мероприятие").contains("Срок").contains("Ответственн");
			String all = table.getText();
			assertThat(all).contains("Информирование педагогического сообщества образовательной организации о реализации программы наставничества")
				.contains("Создание базы данных лучших практик наставничества")
				.contains("Август 2020г.")
				.contains("ОМиМССО");
			assertThat(table.getNumberOfRows()).isGreaterThanOrEqualTo(10);
		}
		byte[] xlsx = as("sasovo", get("/api/sasovo/roadmap/roadmaps/" + roadmap + "/export.xlsx?status=true"))
			.andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
		try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
			StringBuilder cells = new StringBuilder();
			book.getSheetAt(0).forEach(row -> row.forEach(cell -> cells.append(cell.toString()).append('|')));
			assertThat(cells).contains("Обучение наставников").contains("Февраль-апрель").contains("Выполнено");
		}
	}

	@Test
	void aCalendarPollingAnUnchangedFeedGets304AndATrackedChangeMakesItFull() throws Exception {
		String url = json(as("michurinsk", post("/api/michurinsk/roadmap/calendar/token")).andExpect(status().isCreated()))
			.get("url").asString();
		var validators = ConditionalGets.validatorsOf(mvc.perform(get(url)).andReturn().getResponse(), "max-age=900, private");
		String etag = validators.etag();

		ConditionalGets.assertNotModified(mvc.perform(get(url).header("If-None-Match", etag)).andReturn().getResponse(),
				validators);
		ConditionalGets.assertNotModified(mvc.perform(get(url).header("If-Modified-Since", validators.lastModified()))
			.andReturn().getResponse(), validators);
		// a wrong token is still a plain 404, whatever validators it brings
		mvc.perform(get(url.replace(".ics", "x.ics")).header("If-None-Match", etag)).andExpect(status().isNotFound());

		// an occurrence taken up: the feed's states change, the old tag gets the whole feed with a new one
		Occurrence o = support.firstPlanned("michurinsk");
		as("michurinsk", post("/api/michurinsk/roadmap/occurrences/" + o.id() + "/start")).andExpect(status().isOk());
		var changed = mvc.perform(get(url).header("If-None-Match", etag)).andExpect(status().isOk()).andReturn()
			.getResponse();
		assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(changed.getContentAsString(StandardCharsets.UTF_8)).startsWith("BEGIN:VCALENDAR");
	}

	@Test
	void theCalendarFeedNeedsTheSecretTokenAndARegeneratedTokenRevokesTheOld() throws Exception {
		JsonNode first = json(as("sosnovka", post("/api/sosnovka/roadmap/calendar/token")).andExpect(status().isCreated()));
		String url = first.get("url").asString();
		assertThat(url).matches("/public/sosnovka/roadmap/calendar/[A-Za-z0-9_-]{43}\\.ics");

		// no sign-in
		var response = mvc.perform(get(url)).andExpect(status().isOk()).andReturn().getResponse();
		assertThat(response.getContentType()).startsWith("text/calendar");
		String ics = response.getContentAsString(StandardCharsets.UTF_8);
		assertThat(ics).startsWith("BEGIN:VCALENDAR").contains("VERSION:2.0").contains("PRODID:");
		assertThat(ics.trim()).endsWith("END:VCALENDAR");
		long events = Pattern.compile("BEGIN:VEVENT").matcher(ics).results().count();
		assertThat(events).isEqualTo(Pattern.compile("END:VEVENT").matcher(ics).results().count());
		// Sosnovka item 12: its five yearly dates are five events
		assertThat(ics).contains("DTSTART;VALUE=DATE:20201231").contains("DTSTART;VALUE=DATE:20241231");
		assertThat(events).isGreaterThanOrEqualTo(5);
		// lines folded at 75 octets
		assertThat(Arrays.stream(ics.split("\r\n"))).allMatch(l -> l.getBytes(StandardCharsets.UTF_8).length <= 75);

		String token = url.substring(url.lastIndexOf('/') + 1, url.length() - 4);
		mvc.perform(get("/public/sasovo/roadmap/calendar/" + token + ".ics")).andExpect(status().isNotFound());
		mvc.perform(get("/public/sosnovka/roadmap/calendar/" + token.substring(1) + "x.ics")).andExpect(status().isNotFound());

		JsonNode second = json(as("sosnovka", post("/api/sosnovka/roadmap/calendar/token")).andExpect(status().isCreated()));
		mvc.perform(get(url)).andExpect(status().isNotFound());
		mvc.perform(get(second.get("url").asString())).andExpect(status().isOk());

		as("sosnovka", org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete("/api/sosnovka/roadmap/calendar/token"))
			.andExpect(status().isNoContent());
		mvc.perform(get(second.get("url").asString())).andExpect(status().isNotFound());
	}
}
