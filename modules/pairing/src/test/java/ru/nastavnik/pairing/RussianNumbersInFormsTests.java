package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.jayway.jsonpath.JsonPath;


/**
 * The numeric fields of pairing's forms take Russian input or refuse it clearly (issue 16, item 5): a question's weight
 * of «1,5» is 1,5; a fit weight of «60,0» is 60 and «60,5» is refused next to its field — never rounded or cut.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class RussianNumbersInFormsTests extends OwnTenantPairingTest {


	@Test
	void aQuestionsWeightTakesADecimalComma() throws Exception {
		var added = call(post("/t/" + t + "/pairing/questionnaire/questions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("text", "Как вы предпочитаете заниматься?").param("options", "очно\nдистанционно").param("weight", "1,5"), t);
		assertThat(added.getResponse().getStatus()).isEqualTo(302);
		List<Double> weights = JsonPath.read(body(get("/api/" + t + "/pairing/questionnaire/questions"), t),
				"$[?(@.text == 'Как вы предпочитаете заниматься?')].weight");
		assertThat(weights).containsExactly(1.5);

		var refused = call(post("/t/" + t + "/pairing/questionnaire/questions").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML).param("text", "Ещё вопрос").param("options", "да\nнет").param("weight", "1,5,3"), t)
			.getResponse();
		refused.setCharacterEncoding("UTF-8");
		assertThat(refused.getStatus()).isEqualTo(422);
		assertThat(refused.getContentAsString()).contains("Вес вопроса: «1,5,3» — не число");
		assertThat(JsonPath.<List<String>>read(body(get("/api/" + t + "/pairing/questionnaire/questions"), t), "$[*].text"))
			.doesNotContain("Ещё вопрос");
	}

	@Test
	void aFitWeightIsAWholePercentWrittenEitherWay() throws Exception {
		String programme = programme(t, UUID.randomUUID(), "pupil-pupil");
		String path = "/t/" + t + "/pairing/programmes/" + programme + "/weights";
		var saved = call(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("requests", "60,0")
			.param("compatibility", "30").param("sameOrganisation", "10"), t);
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		String view = body(get("/api/" + t + "/pairing/programmes/" + programme), t);
		assertThat(List.of(JsonPath.read(view, "$.weights.requests"), JsonPath.read(view, "$.weights.compatibility"),
				JsonPath.read(view, "$.weights.sameOrganisation"))).containsExactly(60, 30, 10);

		var refused = call(post(path).contentType(MediaType.APPLICATION_FORM_URLENCODED).param("requests", "59,5")
			.param("compatibility", "30,5").param("sameOrganisation", "10"), t);
		String page = page(get(refused.getResponse().getRedirectedUrl()), refused);
		assertThat(page).contains("Вес — целое число процентов от 0 до 100, а не «59,5»")
			.contains("Вес — целое число процентов от 0 до 100, а не «30,5»");
		view = body(get("/api/" + t + "/pairing/programmes/" + programme), t);
		assertThat((Integer) JsonPath.read(view, "$.weights.requests")).isEqualTo(60);
	}
}
