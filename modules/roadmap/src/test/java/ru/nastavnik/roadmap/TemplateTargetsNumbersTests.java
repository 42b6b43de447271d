package ru.nastavnik.roadmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MockMvc;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;

/**
 * The targets of a template item, typed in the template editor, take the Russian decimal comma (issue 16, item 5):
 * «10,5 %; 20 %» are 10,5 and 20 per cent; a value that is no number is refused on its row and nothing is saved.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class TemplateTargetsNumbersTests {

	static final String TENANT = "dagestanskie-ogni";

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	String api(String path) throws Exception {
		return mvc.perform(get("/api/" + TENANT + "/roadmap" + path).with(TestUsers.as(tenancy, TENANT)))
			.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
	}

	org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder edit(String targets) {
		return post("/t/" + TENANT + "/roadmap/template/edit").with(TestUsers.as(tenancy, TENANT)).with(csrf())
			.param("title", "План мероприятий").param("periodFrom", "2023-01-01").param("periodTo", "2024-12-31")
			.param("items[0].number", "1").param("items[0].title", "Доля обучающихся в программах наставничества")
			.param("items[0].schedule", "31.12.2023 31.12.2024").param("items[0].targets", targets)
			.param("items[0].responsible", "УО");
	}

	@Test
	void targetsWithADecimalCommaAreKeptAndAnythingElseIsRefusedOnItsRow() throws Exception {
		String original = api("/template/export");
		try {
			String refused = mvc.perform(edit("10,5,3 %; 20 %")).andExpect(status().isOk())
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(refused).contains("Шаблон не сохранён").contains("Целевое значение «10,5,3 %» не распознано");
			assertThat(api("/template/export")).isEqualTo(original);

			mvc.perform(edit("10,5 %; 20 %")).andExpect(status().is3xxRedirection());
			String template = api("/template");
			List<Number> values = JsonPath.read(template, "$.sections[*].items[0].schedule.occurrences[*].target.value");
			assertThat(values).extracting(Number::doubleValue).containsExactly(10.5, 20.0);
			// and the editor shows them back the Russian way
			String editor = mvc.perform(get("/t/" + TENANT + "/roadmap/template/edit").with(TestUsers.as(tenancy, TENANT)))
				.andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(editor).contains("10,5 %; 20 %");
		}
		finally {
			mvc.perform(post("/api/" + TENANT + "/roadmap/template/versions").with(TestUsers.as(tenancy, TENANT)).with(csrf())
				.contentType(MediaType.APPLICATION_JSON).content(original)).andExpect(status().isCreated());
		}
	}
}
