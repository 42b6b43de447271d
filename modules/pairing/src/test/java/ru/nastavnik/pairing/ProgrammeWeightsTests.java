package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static ru.nastavnik.pairing.PairingTestSupport.inTenant;
import static ru.nastavnik.pairing.PairingTestSupport.listenersDone;
import static ru.nastavnik.pairing.PairingTestSupport.mentor;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRole;

/**
 * The weights of the fit per programme: matching follows them, the explanation shows the ones the run used, the API
 * and the page refuse bad values field by field without saving anything, and another tenant's or organisation's
 * programme cannot be changed.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ProgrammeWeightsTests extends PairingApiTest {

	TenantId sasovo;

	@BeforeEach
	void ready() {
		sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc));
	}

	@Test
	void theProgrammesWeightsDecideBetweenTheSameSchoolAndTheBetterCoveringMentor() throws Exception {
		UUID school = UUID.randomUUID();
		UUID college = UUID.randomUUID();
		// the school's teacher covers none of the requests; a student of a college covers both
		var teacher = mentor(school, "Школьная", ParticipantCategory.TEACHER, Set.of("чтение"), 1, true);
		var student = mentor(college, "Колледжева", ParticipantCategory.STUDENT, Set.of("математика", "физика"), 1, true);
		var mentee = PairingFlowTests.pupil(school, "Весов", 7, Set.of(ParticipantRole.MENTEE), Set.of(),
				Set.of("математика", "физика"), null);
		register(sasovo, List.of(teacher, student, mentee));
		String form = "weights-" + UUID.randomUUID().toString().substring(0, 8);
		body(post("/api/sasovo/pairing/forms").content("{\"code\":\"" + form + "\",\"name\":\"педагог или студент – ученик\","
				+ "\"mentorCategories\":[\"TEACHER\",\"STUDENT\"],\"menteeCategories\":[\"PUPIL\"]}"), "sasovo");
		String programme = programme("sasovo", school, form);

		String created = body(get("/api/sasovo/pairing/programmes/" + programme), "sasovo");
		assertThat(weights(created)).containsExactly(50, 35, 15);

		// defaults: requests 50 %, compatibility 35 % (no answers: 0.5), same organisation 15 %
		String byDefault = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");
		assertThat(JsonPath.<String>read(byDefault, "$.pairs[0].mentorId")).isEqualTo(student.participantId().toString());
		assertThat(JsonPath.<Integer>read(byDefault, "$.pairs[0].fit")).isEqualTo(675); // 1000 × (0.5 + 0.35 × 0.5)
		assertThat(JsonPath.<List<Double>>read(byDefault, "$.pairs[0].parts[*].weight")).containsExactly(0.5, 0.35, 0.15);
		assertPartsAddUpToTheFit(byDefault);

		String changed = body(put("/api/sasovo/pairing/programmes/" + programme + "/weights")
			.content("{\"requests\":0,\"compatibility\":0,\"sameOrganisation\":100}"), "sasovo");
		assertThat(weights(changed)).containsExactly(0, 0, 100);
		assertThat(weights(body(get("/api/sasovo/pairing/programmes/" + programme), "sasovo"))).containsExactly(0, 0, 100);

		String bySchool = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");
		assertThat(JsonPath.<String>read(bySchool, "$.pairs[0].mentorId")).isEqualTo(teacher.participantId().toString());
		assertThat(JsonPath.<Integer>read(bySchool, "$.pairs[0].fit")).isEqualTo(1000);
		assertThat(JsonPath.<List<Double>>read(bySchool, "$.pairs[0].parts[*].weight")).containsExactly(0.0, 0.0, 1.0);
		assertPartsAddUpToTheFit(bySchool);
		// the student is still the mentee's alternative, with the fit under these weights
		assertThat(JsonPath.<List<Integer>>read(bySchool, "$.pairs[0].alternatives[*].fit")).containsExactly(0);

		// the earlier run keeps the weights it was computed with: its explanation still adds up
		String earlier = body(get("/api/sasovo/pairing/proposals/" + JsonPath.read(byDefault, "$.id")), "sasovo");
		assertThat(JsonPath.<List<Double>>read(earlier, "$.pairs[0].parts[*].weight")).containsExactly(0.5, 0.35, 0.15);
		assertPartsAddUpToTheFit(earlier);

		// with the requests weighed alone the student wins again, with the full fit
		body(put("/api/sasovo/pairing/programmes/" + programme + "/weights")
			.content("{\"requests\":100,\"compatibility\":0,\"sameOrganisation\":0}"), "sasovo");
		String byRequests = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");
		assertThat(JsonPath.<String>read(byRequests, "$.pairs[0].mentorId")).isEqualTo(student.participantId().toString());
		assertThat(JsonPath.<Integer>read(byRequests, "$.pairs[0].fit")).isEqualTo(1000);
	}

	@Test
	void badWeightsAreRefusedFieldByFieldInRussianAndNothingIsSaved() throws Exception {
		String programme = programme("sasovo", UUID.randomUUID(), "pupil-pupil");
		String path = "/api/sasovo/pairing/programmes/" + programme + "/weights";

		var negative = refused(put(path).content("{\"requests\":-5,\"compatibility\":90,\"sameOrganisation\":15}"));
		assertThat(errors(negative)).containsExactly(
				Map.of("field", "requests", "message", "Вес критерия «запросы и компетенции» не может быть отрицательным: -5"));

		var over = refused(put(path).content("{\"requests\":50,\"compatibility\":150,\"sameOrganisation\":101}"));
		assertThat(errors(over)).containsExactly(
				Map.of("field", "compatibility", "message", "Вес критерия «совместимость по анкете» не может быть больше 100 %: 150"),
				Map.of("field", "sameOrganisation", "message", "Вес критерия «одна организация» не может быть больше 100 %: 101"));

		var sum = refused(put(path).content("{\"requests\":50,\"compatibility\":35,\"sameOrganisation\":10}"));
		assertThat(errors(sum)).containsExactly(
				Map.of("field", "weights", "message", "Сумма весов должна быть равна 100 %, сейчас 95 %"));

		var zero = refused(put(path).content("{\"requests\":0,\"compatibility\":0,\"sameOrganisation\":0}"));
		assertThat(errors(zero)).containsExactly(Map.of("field", "weights",
				"message", "Все веса равны нулю: хотя бы один критерий должен иметь вес больше 0 %"));

		var missing = refused(put(path).content("{\"requests\":100}"));
		assertThat(errors(missing)).extracting(e -> e.get("field")).containsExactly("compatibility", "sameOrganisation");
		assertThat(errors(missing).get(0).get("message"))
			.isEqualTo("Укажите вес критерия «совместимость по анкете» (целое число от 0 до 100)");

		assertThat(JsonPath.<String>read(negative, "$.title") + JsonPath.read(negative, "$.detail"))
			.contains("Проверьте веса критериев подбора");
		assertThat(storedWeights(sasovo, programme)).containsExactly(50, 35, 15);

		// a closed programme keeps its weights, like its other data
		body(post("/api/sasovo/pairing/programmes/" + programme + "/close"), "sasovo");
		var closed = call(put(path).content("{\"requests\":40,\"compatibility\":40,\"sameOrganisation\":20}"), "sasovo");
		assertThat(closed.getResponse().getStatus()).isEqualTo(409);
		closed.getResponse().setCharacterEncoding("UTF-8");
		assertThat(closed.getResponse().getContentAsString()).contains("завершена: веса критериев подбора менять нельзя");
		assertThat(storedWeights(sasovo, programme)).containsExactly(50, 35, 15);
	}

	@Test
	void anotherTenantsOrOrganisationsProgrammesWeightsCannotBeChanged() throws Exception {
		TenantId michurinsk = tenants.bySlug("michurinsk").orElseThrow().id();
		UUID org = UUID.randomUUID();
		String theirs = programme("michurinsk", org, "pupil-pupil");
		String good = "{\"requests\":20,\"compatibility\":70,\"sameOrganisation\":10}";
		assertThat(status(put("/api/sasovo/pairing/programmes/" + theirs + "/weights").content(good), "sasovo")).isEqualTo(404);
		var page = call(post("/t/sasovo/pairing/programmes/" + theirs + "/weights").param("requests", "20")
			.param("compatibility", "70").param("sameOrganisation", "10").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML), "sasovo");
		assertThat(page.getResponse().getStatus()).isEqualTo(404);
		assertThat(storedWeights(michurinsk, theirs)).containsExactly(50, 35, 15);

		// a school curator changes their own organisation's programme, not another school's
		UUID own = UUID.randomUUID();
		String username = "weights-" + own.toString().substring(0, 8);
		tenancy.createAccount(new TenancyService.NewAccount(username, "curator-password", "Куратор школы",
				Role.SCHOOL_CURATOR, sasovo, null, own));
		String otherSchools = programme("sasovo", org, "pupil-pupil");
		assertThat(status(put("/api/sasovo/pairing/programmes/" + otherSchools + "/weights").content(good), username))
			.isEqualTo(403);
		assertThat(storedWeights(sasovo, otherSchools)).containsExactly(50, 35, 15);
		String ownProgramme = programme("sasovo", own, "pupil-pupil");
		assertThat(weights(body(put("/api/sasovo/pairing/programmes/" + ownProgramme + "/weights").content(good), username)))
			.containsExactly(20, 70, 10);
		assertThat(storedWeights(sasovo, ownProgramme)).containsExactly(20, 70, 10);
	}

	@Test
	void theProgrammePageShowsSavesAndExplainsTheWeights() throws Exception {
		String programme = programme("sasovo", UUID.randomUUID(), "pupil-pupil");
		String path = "/t/sasovo/pairing/programmes/" + programme;
		String shown = page(get(path), null);
		assertThat(shown).contains("Веса критериев подбора, %").contains("Запросы наставляемого и компетенции наставника")
			.contains("Совместимость по анкете").contains("Одна образовательная организация")
			.contains("name=\"requests\"").contains("value=\"50\"").contains("value=\"35\"").contains("value=\"15\"")
			.contains("name=\"_csrf\"").doesNotContain("<script>");

		var saved = form(path + "/weights", "20", "20", "60");
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(saved.getResponse().getRedirectedUrl()).isEqualTo(path);
		String after = page(get(path), saved);
		assertThat(after).contains("Веса критериев подбора сохранены: 20 / 20 / 60 %").contains("value=\"60\"");
		assertThat(storedWeights(sasovo, programme)).containsExactly(20, 20, 60);

		var badSum = form(path + "/weights", "50", "50", "50");
		String refused = page(get(path), badSum);
		assertThat(refused).contains("Веса критериев подбора не сохранены")
			.contains("Сумма весов должна быть равна 100 %, сейчас 150 %")
			.doesNotContain("value=\"20\""); // the user's input stays in the fields to correct it
		assertThat(storedWeights(sasovo, programme)).containsExactly(20, 20, 60);

		var badFields = form(path + "/weights", "сорок", "-1", "");
		String fieldErrors = page(get(path), badFields);
		assertThat(fieldErrors).contains("Вес — целое число процентов от 0 до 100, а не «сорок»")
			.contains("Вес критерия «совместимость по анкете» не может быть отрицательным: -1")
			.contains("Укажите вес критерия «одна организация» (целое число от 0 до 100)")
			.contains("value=\"сорок\"");
		assertThat(storedWeights(sasovo, programme)).containsExactly(20, 20, 60);

		// a closed programme shows its weights without the form
		body(post("/api/sasovo/pairing/programmes/" + programme + "/close"), "sasovo");
		assertThat(page(get(path), null)).contains("Одна образовательная организация: 60 %").doesNotContain("Сохранить веса");
	}

	// ---------------------------------------------------------------- helpers

	static void assertPartsAddUpToTheFit(String proposal) {
		List<Double> values = JsonPath.read(proposal, "$.pairs[0].parts[*].value");
		List<Double> weights = JsonPath.read(proposal, "$.pairs[0].parts[*].weight");
		double sum = 0;
		double total = 0;
		for (int i = 0; i < values.size(); i++) {
			sum += ((Number) values.get(i)).doubleValue() * ((Number) weights.get(i)).doubleValue();
			total += ((Number) weights.get(i)).doubleValue();
		}
		int fit = JsonPath.read(proposal, "$.pairs[0].fit");
		assertThat(1000 * sum / total).isCloseTo(fit, within(0.5));
	}

	static List<Integer> weights(String programme) {
		return List.of(JsonPath.read(programme, "$.weights.requests"), JsonPath.read(programme, "$.weights.compatibility"),
				JsonPath.read(programme, "$.weights.sameOrganisation"));
	}

	List<Integer> storedWeights(TenantId tenant, String programme) {
		return inTenant(tenant, tx, () -> jdbc.queryForObject(
				"select weight_requests, weight_compatibility, weight_same_org from pairing.programme where id = ?",
				(rs, n) -> List.of(rs.getInt(1), rs.getInt(2), rs.getInt(3)), UUID.fromString(programme)));
	}

	static List<Map<String, String>> errors(String problem) {
		return JsonPath.read(problem, "$.errors");
	}

	String refused(MockHttpServletRequestBuilder request) throws Exception {
		return refused(request, "sasovo", 422);
	}

	MvcResult form(String path, String requests, String compatibility, String sameOrganisation) throws Exception {
		return call(post(path).param("requests", requests).param("compatibility", compatibility)
			.param("sameOrganisation", sameOrganisation).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.accept(MediaType.TEXT_HTML), "sasovo");
	}
}
