package ru.nastavnik.publication.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.w3c.dom.Element;

import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantSummary;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.ConditionalGets;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.publication.Fixtures;
import ru.nastavnik.publication.adapter.out.feed.AtomFeedWriter;
import ru.nastavnik.publication.adapter.out.feed.AtomFeedWriterTests;
import ru.nastavnik.publication.application.RegistryFacts;
import ru.nastavnik.publication.domain.FileSnifferTests;
import ru.nastavnik.registry.ParticipantSnapshot;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The publication module over HTTP: the API and its workflow, the privacy guard, the public section and its Atom
 * feed, and the region's recommended cases — each test on municipalities of its own, created here (no demo data).
 */
@SpringBootTest
@AutoConfigureMockMvc
class PublicationWebTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	@Autowired
	RegistryFacts facts;

	@Autowired
	PlatformTransactionManager transactions;

	final JsonMapper json = JsonMapper.builder().build();

	TenantSummary tenant(String slug, String region) {
		return tenancy.bySlug(slug).orElseGet(() -> {
			var t = tenancy.createTenant(new TenancyService.NewTenant(slug, "Тестовый округ " + slug, region,
					"Отдел образования " + slug), false);
			tenancy.createAccount(new TenancyService.NewAccount(slug, "secret", "Координатор " + slug, Role.COORDINATOR,
					t.id(), null, null));
			return t;
		});
	}

	UUID curatorOf(TenantSummary t, String username) {
		UUID organization = UUID.randomUUID();
		inTenant(t, () -> facts.organization(organization, "МБОУ «Средняя школа № 1»", "СОШ № 1"));
		tenancy.createAccount(new TenancyService.NewAccount(username, "secret", "Куратор ОО", Role.SCHOOL_CURATOR, t.id(),
				null, organization));
		return organization;
	}

	void inTenant(TenantSummary t, Runnable action) {
		TenantContext.run(t.id(), () -> new TransactionTemplate(transactions).executeWithoutResult(s -> action.run()));
	}

	void register(TenantSummary t, ParticipantSnapshot participant) {
		inTenant(t, () -> facts.participant(participant));
	}

	MvcResult call(AbstractMockHttpServletRequestBuilder<?> request, String user) throws Exception {
		if (user != null) {
			request.with(TestUsers.as(tenancy, user));
		}
		return mvc.perform(request.with(csrf())).andReturn();
	}

	JsonNode api(String user, AbstractMockHttpServletRequestBuilder<?> request, int expected) throws Exception {
		var result = call(request, user);
		assertThat(result.getResponse().getStatus()).as(result.getResponse().getContentAsString()).isEqualTo(expected);
		String body = result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		return body.isEmpty() ? null : json.readTree(body);
	}

	static MockHttpServletRequestBuilder jsonPost(String path, String body) {
		return post(path).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	String news(String user, String slug, String title, String body) throws Exception {
		return api(user, jsonPost("/api/" + slug + "/publication/news",
				"{\"kind\":\"NEWS\",\"title\":\"" + title + "\",\"body\":\"" + body + "\"}"), 201).path("id").asString();
	}

	String publish(String user, String slug, String id) throws Exception {
		return api(user, post("/api/" + slug + "/publication/items/" + id + "/publish"), 200).path("status").asString();
	}

	String approvedCase(String user, String slug, String title, String extra) throws Exception {
		String id = api(user, jsonPost("/api/" + slug + "/publication/cases", "{\"title\":\"" + title
				+ "\",\"formCode\":\"PUPIL_PUPIL\",\"problem\":\"<p>Проблема</p>\",\"results\":\"<p>Итоги</p>\"" + extra + "}"),
				201).path("id").asString();
		api(user, post("/api/" + slug + "/publication/cases/" + id + "/submit"), 200);
		api(user, post("/api/" + slug + "/publication/cases/" + id + "/approve"), 200);
		return id;
	}

	String page(String path, String user, int expected) throws Exception {
		var result = call(get(path).accept(MediaType.TEXT_HTML), user);
		assertThat(result.getResponse().getStatus()).as(path).isEqualTo(expected);
		return result.getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void theFeedIsValidAtomAndListsExactlyThePublishedItems() throws Exception {
		var t = tenant("pub-feed", "ryazan");
		String u = t.slug();
		String published1 = news(u, u, "Опубликованная новость", "<p>Текст</p>");
		publish(u, u, published1);
		String published2 = approvedCase(u, u, "Опубликованный кейс", "");
		publish(u, u, published2);
		String withdrawn = news(u, u, "Снятая новость", "<p>Текст</p>");
		publish(u, u, withdrawn);
		api(u, jsonPost("/api/" + u + "/publication/items/" + withdrawn + "/withdraw", "{\"reason\":\"Устарела\"}"), 200);
		news(u, u, "Черновик новости", "<p>Текст</p>");
		approvedCase(u, u, "Одобренный, но не опубликованный кейс", "");

		var response = call(get("/public/" + u + "/feed.atom"), null).getResponse();
		assertThat(response.getStatus()).isEqualTo(200);
		assertThat(response.getContentType()).startsWith("application/atom+xml");
		Element feed = AtomFeedWriterTests.parse(response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
			.getDocumentElement();
		assertThat(feed.getNamespaceURI()).isEqualTo(AtomFeedWriter.ATOM);
		assertThat(feed.getLocalName()).isEqualTo("feed");
		for (String required : List.of("id", "title", "updated")) {
			assertThat(AtomFeedWriterTests.child(feed, required)).as(required).isNotBlank();
		}
		assertThat(AtomFeedWriterTests.child(feed, "title")).contains("Тестовый округ pub-feed");
		var rels = new ArrayList<String>();
		var links = feed.getElementsByTagNameNS(AtomFeedWriter.ATOM, "link");
		for (int i = 0; i < links.getLength(); i++) {
			Element link = (Element) links.item(i);
			if (link.getParentNode() == feed) {
				rels.add(link.getAttribute("rel") + " " + link.getAttribute("href"));
			}
		}
		assertThat(rels).contains("self http://localhost/public/pub-feed/feed.atom", "alternate http://localhost/public/pub-feed");

		Set<String> ids = new HashSet<>();
		var entries = feed.getElementsByTagNameNS(AtomFeedWriter.ATOM, "entry");
		for (int i = 0; i < entries.getLength(); i++) {
			Element e = (Element) entries.item(i);
			for (String required : List.of("id", "title", "updated", "summary")) {
				assertThat(AtomFeedWriterTests.child(e, required)).as(required).isNotNull();
			}
			String href = ((Element) e.getElementsByTagNameNS(AtomFeedWriter.ATOM, "link").item(0)).getAttribute("href");
			assertThat(href).startsWith("http://localhost/public/pub-feed/");
			assertThat(page(href.replace("http://localhost", ""), null, 200)).contains(AtomFeedWriterTests.child(e, "title"));
			ids.add(AtomFeedWriterTests.child(e, "id"));
		}
		assertThat(ids).containsExactlyInAnyOrder("urn:uuid:" + published1, "urn:uuid:" + published2);
	}

	@Test
	void aReaderPollingAnUnchangedFeedGets304AndAChangeMakesItFull() throws Exception {
		var t = tenant("pub-etag", "ryazan");
		String u = t.slug();
		String first = news(u, u, "Первая новость", "<p>Текст</p>");
		publish(u, u, first);

		var validators = ConditionalGets.validatorsOf(call(get("/public/" + u + "/feed.atom"), null).getResponse(), "no-cache");
		String etag = validators.etag();

		// the same feed asked again with its validators: 304, no body, the same validators
		ConditionalGets.assertNotModified(call(get("/public/" + u + "/feed.atom").header("If-None-Match", etag), null)
			.getResponse(), validators);
		ConditionalGets.assertNotModified(call(get("/public/" + u + "/feed.atom")
			.header("If-Modified-Since", validators.lastModified()), null).getResponse(), validators);

		// a new publication changes the feed: the old validators get the full feed with the new item
		String second = news(u, u, "Вторая новость", "<p>Текст</p>");
		publish(u, u, second);
		var changed = call(get("/public/" + u + "/feed.atom").header("If-None-Match", etag), null).getResponse();
		assertThat(changed.getStatus()).isEqualTo(200);
		assertThat(changed.getHeader("ETag")).isNotEqualTo(etag);
		assertThat(changed.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).contains("Вторая новость");
		// a withdrawal too
		String afterPublish = changed.getHeader("ETag");
		api(u, jsonPost("/api/" + u + "/publication/items/" + second + "/withdraw", "{\"reason\":\"Ошибка\"}"), 200);
		var withdrawn = call(get("/public/" + u + "/feed.atom").header("If-None-Match", afterPublish), null).getResponse();
		assertThat(withdrawn.getStatus()).isEqualTo(200);
		assertThat(withdrawn.getContentAsString(java.nio.charset.StandardCharsets.UTF_8)).doesNotContain("Вторая новость");
	}

	@Test
	void nothingUnpublishedIsReachableWithoutSignIn() throws Exception {
		var t = tenant("pub-drafts", "ryazan");
		String u = t.slug();
		String draft = news(u, u, "Секретный черновик", "<p>Не для публики</p>");
		String caseDraft = approvedCase(u, u, "Одобренный кейс без публикации", "");
		var pdf = new MockMultipartFile("file", "план.pdf", "application/pdf", FileSnifferTests.pdf());
		String file = api(u, multipart("/api/" + u + "/publication/items/" + draft + "/attachments").file(pdf), 201)
			.path("id").asString();

		for (String segment : List.of("news", "cases", "mentors", "monitoring", "documents")) {
			page("/public/" + u + "/" + segment + "/" + draft, null, 404);
			page("/public/" + u + "/" + segment + "/" + caseDraft, null, 404);
		}
		assertThat(call(get("/public/" + u + "/files/" + file), null).getResponse().getStatus()).isEqualTo(404);
		assertThat(page("/public/" + u, null, 200)).doesNotContain("Секретный черновик").doesNotContain("Одобренный кейс");
		assertThat(call(get("/api/" + u + "/publication/items/" + draft), null).getResponse().getStatus()).isEqualTo(401);
		assertThat(call(get("/t/" + u + "/publication/items/" + draft).accept(MediaType.TEXT_HTML), null).getResponse()
			.getRedirectedUrl()).endsWith("/login");

		publish(u, u, draft);
		assertThat(page("/public/" + u + "/news/" + draft, null, 200)).contains("Секретный черновик");
		assertThat(call(get("/public/" + u + "/files/" + file), null).getResponse().getContentAsByteArray())
			.isEqualTo(FileSnifferTests.pdf());
		page("/public/" + u + "/cases/" + draft, null, 404);
	}

	@Test
	void aTextNamingARegisteredPupilCannotBePublishedByAnybody() throws Exception {
		var t = tenant("pub-privacy", "ryazan");
		String u = t.slug();
		UUID school = curatorOf(t, "pub-privacy-curator");
		register(t, Fixtures.pupil("Белоусов", "Артём", school));
		register(t, Fixtures.pupil("Гончарова", "Дарья", school));

		String news = news(u, u, "Итоги конкурса", "<p>Первое место у Артема Белоусова, 6 класс.</p>");
		var refused = api(u, post("/api/" + u + "/publication/items/" + news + "/publish"), 422);
		assertThat(refused.path("detail").asString()).contains("несовершеннолетнего").contains("«Артема Белоусова»");
		assertThat(refused.path("errors").get(0).path("field").asString()).isEqualTo("text");
		assertThat(api(u, get("/api/" + u + "/publication/items/" + news), 200).path("status").asString()).isEqualTo("DRAFT");

		String curatorCase = api("pub-privacy-curator", jsonPost("/api/" + u + "/publication/cases",
				"{\"title\":\"Пара наставничества\",\"results\":\"<p>Наставник помог Дарье Гончаровой.</p>\"}"), 201)
			.path("id").asString();
		api("pub-privacy-curator", post("/api/" + u + "/publication/cases/" + curatorCase + "/submit"), 200);
		api("pub-privacy-curator", post("/api/" + u + "/publication/items/" + curatorCase + "/publish"), 403);
		api(u, post("/api/" + u + "/publication/cases/" + curatorCase + "/approve"), 200);
		assertThat(api(u, post("/api/" + u + "/publication/items/" + curatorCase + "/publish"), 422).path("detail")
			.asString()).contains("«Дарье Гончаровой»");

		api(u, jsonPost("/api/" + u + "/publication/cases/" + curatorCase + "/return", "{\"comment\":\"Уберите имя\"}"), 200);
		api(u, put("/api/" + u + "/publication/items/" + news).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Итоги конкурса\",\"body\":\"<p>Первое место у ученика 6 класса.</p>\"}"), 200);
		assertThat(publish(u, u, news)).isEqualTo("PUBLISHED");
	}

	@Test
	void aRecommendedCaseIsReadableInTheRegionsOtherMunicipalitiesAndNotOutside() throws Exception {
		var alfa = tenant("pub-alfa", "tambov");
		var beta = tenant("pub-beta", "tambov");
		var gamma = tenant("pub-gamma", "ryazan");
		String recommended = approvedCase("pub-alfa", "pub-alfa", "Рекомендованная практика Альфы", "");
		publish("pub-alfa", "pub-alfa", recommended);
		api("pub-alfa", put("/api/pub-alfa/publication/cases/" + recommended + "/recommendation")
			.contentType(MediaType.APPLICATION_JSON).content("{\"recommended\":true}"), 200);
		String notRecommended = approvedCase("pub-alfa", "pub-alfa", "Обычная практика Альфы", "");
		publish("pub-alfa", "pub-alfa", notRecommended);
		String recommendedDraft = approvedCase("pub-alfa", "pub-alfa", "Рекомендованный, но не опубликованный", "");
		api("pub-alfa", put("/api/pub-alfa/publication/cases/" + recommendedDraft + "/recommendation")
			.contentType(MediaType.APPLICATION_JSON).content("{\"recommended\":true}"), 200);

		var inBeta = api("pub-beta", get("/api/pub-beta/publication/region-cases"), 200);
		assertThat(inBeta.valueStream().map(c -> c.path("item").path("id").asString()).toList()).containsExactly(recommended);
		assertThat(inBeta.get(0).path("municipality").asString()).isEqualTo(alfa.slug());
		assertThat(inBeta.get(0).path("item").path("authorName").isNull()).isTrue();
		api("pub-beta", get("/api/pub-beta/publication/region-cases/" + recommended), 200);
		api("pub-beta", get("/api/pub-beta/publication/region-cases/" + notRecommended), 404);
		assertThat(page("/t/pub-beta/publication/region", "pub-beta", 200)).contains("Рекомендованная практика Альфы")
			.doesNotContain("Обычная практика Альфы");

		assertThat(api("minobr-tambov", get("/api/regions/tambov/cases"), 200).valueStream()
			.map(c -> c.path("item").path("id").asString()).toList()).contains(recommended)
			.doesNotContain(notRecommended, recommendedDraft);
		assertThat(page("/r/tambov/cases/" + recommended, "minobr-tambov", 200)).contains("Рекомендованная практика Альфы");

		assertThat(api("pub-gamma", get("/api/pub-gamma/publication/region-cases"), 200).valueStream()
			.map(c -> c.path("item").path("id").asString()).toList()).doesNotContain(recommended);
		api("pub-gamma", get("/api/pub-gamma/publication/region-cases/" + recommended), 404);
		assertThat(api("minobr-ryazan", get("/api/regions/ryazan/cases"), 200).valueStream()
			.map(c -> c.path("item").path("id").asString()).toList()).doesNotContain(recommended);
		api("pub-beta", get("/api/pub-beta/publication/items/" + recommended), 404);
		page("/public/pub-beta/cases/" + recommended, null, 404);
		assertThat(beta.regionCode()).isEqualTo(alfa.regionCode()).isNotEqualTo(gamma.regionCode());
	}

	@Test
	void aCuratorDraftsAndSubmitsForTheirOwnSchoolOnlyAndTheCoordinatorReviews() throws Exception {
		var t = tenant("pub-review", "dagestan");
		String u = t.slug();
		UUID school = curatorOf(t, "pub-review-curator");
		String curator = "pub-review-curator";

		api(curator, jsonPost("/api/" + u + "/publication/cases", "{\"title\":\"Чужая школа\",\"organizationId\":\""
				+ UUID.randomUUID() + "\"}"), 403);
		var created = api(curator, jsonPost("/api/" + u + "/publication/cases",
				"{\"title\":\"Наставничество в 5 классах\",\"problem\":\"<p onclick=\\\"x()\\\">Адаптация</p><script>alert(1)</script>\",\"tags\":[\"адаптация\"]}"),
				201);
		String id = created.path("id").asString();
		assertThat(created.path("organizationId").asString()).isEqualTo(school.toString());
		assertThat(created.path("organizationName").asString()).isEqualTo("МБОУ «Средняя школа № 1»");
		assertThat(created.path("problem").asString()).isEqualTo("<p>Адаптация</p>");
		api(curator, news(curator), 403);
		api(curator, post("/api/" + u + "/publication/cases/" + id + "/submit"), 200);
		api(curator, post("/api/" + u + "/publication/cases/" + id + "/approve"), 403);
		api(curator, jsonPost("/api/" + u + "/publication/cases/" + id + "/return", "{\"comment\":\"x\"}"), 403);

		var returned = api(u, jsonPost("/api/" + u + "/publication/cases/" + id + "/return",
				"{\"comment\":\"Опишите результаты\"}"), 200);
		assertThat(returned.path("status").asString()).isEqualTo("RETURNED");
		assertThat(returned.path("reviewComment").asString()).isEqualTo("Опишите результаты");
		api(curator, put("/api/" + u + "/publication/items/" + id).contentType(MediaType.APPLICATION_JSON)
			.content("{\"title\":\"Наставничество в 5 классах\",\"results\":\"<p>Меньше пропусков</p>\"}"), 200);
		api(curator, post("/api/" + u + "/publication/cases/" + id + "/submit"), 200);
		api(u, post("/api/" + u + "/publication/cases/" + id + "/approve"), 200);
		assertThat(publish(u, u, id)).isEqualTo("PUBLISHED");
		assertThat(api(curator, get("/api/" + u + "/publication/cases"), 200).valueStream()
			.map(c -> c.path("id").asString()).toList()).containsExactly(id);
		assertThat(page("/public/" + u + "/cases/" + id, null, 200)).contains("Меньше пропусков")
			.doesNotContain("Куратор ОО");
	}

	MockHttpServletRequestBuilder news(String curator) {
		return jsonPost("/api/pub-review/publication/news", "{\"title\":\"Новость куратора\"}");
	}

	@Test
	void filesAreCheckedByContentNotByName() throws Exception {
		var t = tenant("pub-files", "ryazan");
		String u = t.slug();
		String id = news(u, u, "С вложением", "<p>т</p>");
		var exe = new MockMultipartFile("file", "положение.pdf", "application/pdf", FileSnifferTests.exe());
		var refused = api(u, multipart("/api/" + u + "/publication/items/" + id + "/attachments").file(exe), 422);
		assertThat(refused.path("detail").asString()).contains("«положение.pdf» не принят")
			.contains("определяется по его содержимому");
		var pdfAsExe = new MockMultipartFile("file", "приказ.exe", "application/octet-stream", FileSnifferTests.pdf());
		assertThat(api(u, multipart("/api/" + u + "/publication/items/" + id + "/attachments").file(pdfAsExe), 201)
			.path("type").asString()).isEqualTo("PDF");

		var document = api(u, multipart("/api/" + u + "/publication/documents")
			.file(new MockMultipartFile("file", "roadmap.pdf", "application/pdf", FileSnifferTests.pdf()))
			.param("title", "Дорожная карта на 2024 год").param("documentType", "ROADMAP"), 201);
		publish(u, u, document.path("id").asString());
		String publicPage = page("/public/" + u, null, 200);
		assertThat(publicPage).contains("Дорожная карта на 2024 год");
		assertThat(page("/public/" + u + "/documents/" + document.path("id").asString(), null, 200)).contains("roadmap.pdf");
	}

	@Test
	void withdrawnConsentTakesTheMentorOffThePublicPage() throws Exception {
		var t = tenant("pub-mentors", "ryazan");
		String u = t.slug();
		var mentor = Fixtures.mentor("Лаврентьева", "Зоя", null, true);
		var noConsent = Fixtures.mentor("Григорьева", "Алла", null, false);
		register(t, mentor);
		register(t, noConsent);
		assertThat(api(u, get("/api/" + u + "/publication/best-mentors/candidates"), 200).valueStream()
			.map(c -> c.path("fullName").asString()).toList()).containsExactly("Лаврентьева Зоя Сергеевна");
		api(u, jsonPost("/api/" + u + "/publication/best-mentors", "{\"participantId\":\"" + noConsent.participantId() + "\"}"),
				422);
		String entry = api(u, jsonPost("/api/" + u + "/publication/best-mentors",
				"{\"participantId\":\"" + mentor.participantId() + "\",\"body\":\"<p>Наставник года</p>\"}"), 201)
			.path("id").asString();
		publish(u, u, entry);
		String index = page("/public/" + u, null, 200);
		assertThat(index).contains("Лаврентьева Зоя Сергеевна");
		assertThat(index).contains("<title>Целевая модель наставничества — Тестовый округ pub-mentors</title>")
			.contains("<meta name=\"description\" content=\"Раздел «Целевая модель наставничества»");

		inTenant(t, () -> facts.consentWithdrawn(mentor.participantId()));
		assertThat(page("/public/" + u, null, 200)).doesNotContain("Лаврентьева");
		page("/public/" + u + "/mentors/" + entry, null, 404);
		assertThat(call(get("/public/" + u + "/feed.atom"), null).getResponse().getContentAsString()).doesNotContain(entry);
	}

	@Test
	void theEditorPagesWork() throws Exception {
		var t = tenant("pub-pages", "ryazan");
		String u = t.slug();
		String index = page("/t/" + u + "/publication", u, 200);
		assertThat(index).contains("<h1>Публикации</h1>").contains("Новый кейс");
		var created = call(post("/t/" + u + "/publication/cases").param("title", "Кейс со страницы")
			.param("formCode", "TEACHER_TEACHER"), u).getResponse();
		assertThat(created.getStatus()).isEqualTo(302);
		String itemPage = created.getRedirectedUrl();
		assertThat(page(itemPage, u, 200)).contains("Кейс со страницы").contains("Отправить на рассмотрение");
		String id = itemPage.substring(itemPage.lastIndexOf('/') + 1);
		call(post("/t/" + u + "/publication/items/" + id + "/publish"), u);
		var refusal = call(post("/t/" + u + "/publication/items/" + id + "/publish"), u);
		assertThat(refusal.getFlashMap().get("problem")).asString().contains("Нельзя опубликовать");
		assertThat(page("/t/" + u + "/publication", u, 200)).contains("Кейс со страницы");
	}
}
