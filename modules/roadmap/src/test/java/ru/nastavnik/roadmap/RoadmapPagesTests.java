package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.platform.tenancy.TenancyService;

/** The Russian pages of the roadmap render for the demo coordinators: the table, an item, the template and its editor. */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RoadmapPagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	RoadmapTestSupport support;

	@Autowired
	void support(ru.nastavnik.platform.TenantDirectory tenants, ru.nastavnik.roadmap.domain.tracking.Roadmaps roadmaps,
			org.springframework.transaction.PlatformTransactionManager tx) {
		this.support = new RoadmapTestSupport(tenants, roadmaps, tx);
	}

	String page(String url, String user) throws Exception {
		return mvc.perform(get(url).with(TestUsers.as(tenancy, user)))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	@Test
	void everyDemoTenantSeesItsRoadmapAsTheFamiliarTable() throws Exception {
		for (String t : new String[] { "sasovo", "sosnovka", "dagestanskie-ogni", "michurinsk" }) {
			String html = page("/t/" + t + "/roadmap", t);
			assertThat(html).contains("<table class=\"table\" id=\"roadmap\"").contains("Мероприятие").contains("Сроки")
				.contains("Ответственные").contains("Выполнено");
		}
		assertThat(page("/t/sasovo/roadmap", "sasovo"))
			.contains("Информирование педагогического сообщества образовательной организации о реализации программы наставничества")
			.contains("Август 2020г.");
	}

	@Test
	void itemTemplateEditorAdoptAndHomePagesRender() throws Exception {
		UUID item = support.itemId("sasovo", "3");
		assertThat(page("/t/sasovo/roadmap/items/" + item, "sasovo")).contains("Анализ полученной информации из ОО");
		assertThat(page("/t/sasovo/roadmap/template", "sasovo")).contains("Август 2020г.");
		assertThat(page("/t/sasovo/roadmap/template/edit", "sasovo")).contains("<form");
		assertThat(page("/t/sasovo/roadmap/adopt", "sasovo")).contains("Приказ об утверждении");
		assertThat(page("/t/sasovo", "sasovo")).contains("id=\"roadmap-widget\"").contains("Просрочено");
	}

	@Test
	void theTemplateEditorSavesANewVersionAndExplainsABadScheduleOnItsRow() throws Exception {
		String original = mvc.perform(get("/api/sasovo/roadmap/template/export").with(TestUsers.as(tenancy, "sasovo")))
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		try {
			String refused = mvc.perform(post("/t/sasovo/roadmap/template/edit").with(TestUsers.as(tenancy, "sasovo")).with(csrf())
				.param("title", "План мероприятий").param("periodFrom", "2020-08-01").param("periodTo", "2021-06-30")
				.param("items[0].number", "1").param("items[0].title", "Информирование педагогов")
				.param("items[0].schedule", "когда-нибудь").param("items[0].responsible", "ОМиМССО"))
				.andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
			assertThat(refused).contains("Шаблон не сохранён").contains("когда-нибудь").contains("class=\"field-error\"");
			assertThat(page("/api/sasovo/roadmap/template", "sasovo")).contains("Август 2020г.");

			mvc.perform(post("/t/sasovo/roadmap/template/edit").with(TestUsers.as(tenancy, "sasovo")).with(csrf())
				.param("title", "План мероприятий").param("periodFrom", "2020-08-01").param("periodTo", "2021-06-30")
				.param("items[0].number", "1").param("items[0].title", "Информирование педагогов")
				.param("items[0].schedule", "Сентябрь").param("items[0].responsible", "ОМиМССО")
				.param("items[0].result", "Протокол").param("comment", "упрощённый план"))
				.andExpect(status().is3xxRedirection())
				.andExpect(redirectedUrl("/t/sasovo/roadmap/template"));
			String api = page("/api/sasovo/roadmap/template", "sasovo");
			assertThat(api).contains("Информирование педагогов").contains("\"kind\":\"MONTH\"")
				.contains("\"from\":\"2020-09-01\"").doesNotContain("Август 2020г.");
			assertThat(page("/t/sasovo/roadmap/template", "sasovo")).contains("упрощённый план");
		}
		finally {
			mvc.perform(post("/api/sasovo/roadmap/template/versions").with(TestUsers.as(tenancy, "sasovo")).with(csrf())
				.contentType(org.springframework.http.MediaType.APPLICATION_JSON)
				.content(original)).andExpect(status().isCreated());
		}
	}

	@Test
	void theApiIsDescribedInOpenApiInRussian() throws Exception {
		String docs = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		assertThat(docs).contains("/api/{tenant}/roadmap/template")
			.contains("/api/{tenant}/roadmap/roadmaps/{roadmapId}/export.docx")
			.contains("/api/{tenant}/roadmap/occurrences/{occurrenceId}/complete-with-file")
			.contains("/api/{tenant}/roadmap/calendar/token")
			.contains("/public/{tenant}/roadmap/calendar/{token}.ics")
			.contains("Сроки мероприятий дорожной карты в формате iCalendar")
			.contains("Дорожная карта")
			.contains("Текущий шаблон дорожной карты");
	}
}
