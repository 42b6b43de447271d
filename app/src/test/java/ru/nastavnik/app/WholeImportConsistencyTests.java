package ru.nastavnik.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

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

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.registry.AgeBand;

/**
 * Issue 13, in the whole application: a municipality imports a generated list of several thousand people across four
 * schools and a college, all categories; pairs are formed in every form of mentorship at every school; then the list
 * comes again with changed facts of paired teachers. After each step monitoring's indicators — for the municipality,
 * each school and each form — equal a recomputation made here from the register (the registry's participants and
 * trainings, pairing's active pairs), and a rebuild from monitoring's journal reproduces them. Every module works
 * through its real asynchronous listeners; the test waits on the import's own follow-up and on the outbox.
 */
@SpringBootTest
@AutoConfigureMockMvc
class WholeImportConsistencyTests {

	static final int ROWS = 6_000;

	static final String[] FORMS = { "pupil-pupil", "teacher-teacher", "employer-pupil", "student-pupil" };

	@Autowired
	MockMvc mvc;

	@Autowired
	TenancyService tenancy;

	@Autowired
	DatabaseCoordinates db;

	String slug;

	@Test
	void theIndicatorsAfterAWholeImportEqualARecomputationFromTheRegisterAndTheJournalRebuildsThem() throws Exception {
		slug = "bulk" + System.nanoTime() % 1_000_000;
		TenantId tenant = TestUsers.newTenantWithCoordinator(tenancy, slug, "Район массовой загрузки", "secret");
		LocalDate today = LocalDate.now(ZoneId.of("Europe/Moscow"));
		// the municipality's start: its indicators, forms and questionnaire come from the listeners of TenantCreated
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> outboxEmpty()
				&& JsonPath.<List<?>>read(call(get("/api/" + slug + "/pairing/forms")), "$").size() >= 5);

		Map<String, UUID> organisations = new TreeMap<>();
		for (String name : GeneratedRegister.SCHOOLS) {
			organisations.put(name, organisation(name, "SCHOOL"));
		}
		organisations.put(GeneratedRegister.COLLEGE, organisation(GeneratedRegister.COLLEGE, "COLLEGE"));
		int schoolYear = today.getMonthValue() >= 9 ? today.getYear() : today.getYear() - 1;
		for (String name : GeneratedRegister.SCHOOLS) {
			call(put("/api/" + slug + "/registry/organizations/" + organisations.get(name) + "/contingent/" + schoolYear)
				.contentType(MediaType.APPLICATION_JSON)
				.content("{\"pupilsTotal\":2000,\"pupils10to19\":1500,\"pupils15to19\":600,\"teachers\":400,\"youngTeachers\":300}"));
		}

		// the list: 6,000 people in two chunks
		String first = importFile("список.csv", GeneratedRegister.csv(ROWS, today));
		assertThat(JsonPath.<Integer>read(first, "$.created")).isEqualTo(ROWS);
		assertThat(JsonPath.<Integer>read(first, "$.eventPublications")).as("2 chunks × 3 modules + 1 for the roadmap")
			.isEqualTo(7);
		awaitCaughtUp(JsonPath.read(first, "$.id"));
		assertThat(indicators(today, null)).isEqualTo(recomputed(today))
			.containsEntry("pupils-involved", List.of(0, 8000));

		// pairs by matching and an issued order at every school: peer and teacher pairs everywhere; the pupils left go to
		// employers' representatives at two schools and to college students at the other two (both are mentors from
		// any organisation, so one such form takes every pupil left)
		LocalDate orderDate = today.minusDays(7);
		for (int k = 0; k < GeneratedRegister.SCHOOLS.size(); k++) {
			String school = GeneratedRegister.SCHOOLS.get(k);
			List<String> forms = List.of(FORMS[0], FORMS[1], FORMS[2 + k % 2]);
			String programme = JsonPath.read(call(post("/api/" + slug + "/pairing/programmes").contentType(MediaType.APPLICATION_JSON)
				.content("{\"organizationId\":\"" + organisations.get(school) + "\",\"title\":\"Программа наставничества\","
						+ "\"formCodes\":[\"" + String.join("\",\"", forms) + "\"],\"startsOn\":\"" + orderDate
						+ "\",\"endsOn\":\"" + today.plusYears(1) + "\",\"goals\":\"успеваемость\"}")), "$.id");
			for (String form : forms) {
				String proposed = call(post("/api/" + slug + "/pairing/programmes/" + programme + "/matching").param("form", form));
				assertThat(JsonPath.<Integer>read(proposed, "$.matchedCount")).as("%s, %s: %s", school, form,
						proposed.substring(0, Math.min(proposed.length(), 1500))).isPositive();
				String proposal = JsonPath.read(proposed, "$.id");
				String order = JsonPath.read(call(post("/api/" + slug + "/pairing/proposals/" + proposal + "/orders")
					.contentType(MediaType.APPLICATION_JSON)
					.content("{\"number\":\"" + form.length() + "-н\",\"date\":\"" + orderDate + "\"}")), "$.id");
				call(post("/api/" + slug + "/pairing/orders/" + order + "/issue"));
			}
		}
		Awaitility.await().atMost(Duration.ofSeconds(120)).until(this::outboxEmpty);
		Map<String, List<Integer>> afterPairs = recomputed(today);
		assertThat(afterPairs.get("pupils-involved").get(0)).as("pupils in pairs").isGreaterThan(1000);
		assertThat(afterPairs.get("young-teachers-mentees").get(0)).as("young teachers mentored").isGreaterThan(100);
		assertThat(indicators(today, null)).isEqualTo(afterPairs);
		assertEverySchoolAndForm(today, organisations);

		// the list again, with paired young teachers grown experienced and trained: a chunk of changes
		String second = importFile("список-2.csv", GeneratedRegister.revisedCsv(ROWS, today));
		assertThat(JsonPath.<Integer>read(second, "$.updated")).isEqualTo(GeneratedRegister.revisedRows(ROWS));
		assertThat(JsonPath.<Integer>read(second, "$.created")).isZero();
		awaitCaughtUp(JsonPath.read(second, "$.id"));
		Map<String, List<Integer>> afterChanges = recomputed(today);
		assertThat(afterChanges).isNotEqualTo(afterPairs);
		assertThat(indicators(today, null)).isEqualTo(afterChanges);
		assertEverySchoolAndForm(today, organisations);

		// the same list once more: nothing changes anywhere; and the journal rebuilds the very same indicators
		String third = importFile("список-3.csv", GeneratedRegister.revisedCsv(ROWS, today));
		assertThat(JsonPath.<Integer>read(third, "$.unchanged")).isEqualTo(ROWS);
		awaitCaughtUp(JsonPath.read(third, "$.id"));
		assertThat(indicators(today, null)).isEqualTo(afterChanges);
		String rebuilt = call(post("/api/" + slug + "/monitoring/projections/rebuild"));
		assertThat(JsonPath.<Integer>read(rebuilt, "$.participants")).isEqualTo(ROWS);
		assertThat(indicators(today, null)).isEqualTo(afterChanges);
		assertEverySchoolAndForm(today, organisations);
	}

	// ---------------------------------------------------------------- the register, recomputed

	/** A participant as the register has it, on a date. */
	record Person(UUID id, UUID organization, String category, AgeBand band, boolean young, boolean trained) {
	}

	/** One membership of an active pair. */
	record Member(UUID pair, String form, UUID participant, String role) {
	}

	List<Person> people(LocalDate on) throws Exception {
		var out = new ArrayList<Person>();
		query("select p.id, p.organization_id, p.category, p.birth_date, p.pedagogical_start, exists (select 1 from "
				+ "registry.training t where t.participant_id = p.id) as trained from registry.participant p", rs -> {
					int age = Period.between(rs.getDate("birth_date").toLocalDate(), on).getYears();
					var start = rs.getDate("pedagogical_start");
					boolean young = rs.getString("category").equals("TEACHER") && age < 35 && start != null
							&& Period.between(start.toLocalDate(), on).getYears() < 3;
					out.add(new Person(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
							rs.getString("category"), AgeBand.ofAge(age), young, rs.getBoolean("trained")));
				});
		return out;
	}

	List<Member> members(LocalDate on) throws Exception {
		var out = new ArrayList<Member>();
		String active = "p.status = 'ACTIVE' and p.activated_on <= '" + on + "'";
		query("select p.id, p.form_code, p.mentor_id from pairing.pair p where " + active,
				rs -> out.add(new Member(rs.getObject("id", UUID.class), rs.getString("form_code"),
						rs.getObject("mentor_id", UUID.class), "MENTOR")));
		query("select p.id, p.form_code, m.mentee_id from pairing.pair p join pairing.pair_mentee m on m.pair_id = p.id "
				+ "where " + active, rs -> out.add(new Member(rs.getObject("id", UUID.class), rs.getString("form_code"),
						rs.getObject("mentee_id", UUID.class), "MENTEE")));
		return out;
	}

	/**
	 * The indicators of a fresh municipality as the methodology defines them, counted from the register on a date:
	 * code → [numerator, denominator], for the municipality or one organisation (by the participants' organisation).
	 */
	Map<String, List<Integer>> recomputed(LocalDate on, UUID organisation) throws Exception {
		Map<UUID, Person> people = new HashMap<>();
		for (Person p : people(on)) {
			if (organisation == null || organisation.equals(p.organization())) {
				people.put(p.id(), p);
			}
		}
		List<Member> members = members(on);
		var involved = new HashSet<UUID>();
		var menteePupils1019 = new HashSet<UUID>();
		var mentorPupils1519 = new HashSet<UUID>();
		var youngMentees = new HashSet<UUID>();
		var mentors = new HashSet<UUID>();
		var trainedMentors = new HashSet<UUID>();
		for (Member m : members) {
			Person p = people.get(m.participant());
			if (p == null) {
				continue;
			}
			boolean pupil = p.category().equals("PUPIL");
			if (pupil) {
				involved.add(p.id());
			}
			if (m.role().equals("MENTEE") && pupil
					&& (p.band() == AgeBand.FROM_10_TO_14 || p.band() == AgeBand.FROM_15_TO_19)) {
				menteePupils1019.add(p.id());
			}
			if (m.role().equals("MENTOR") && pupil && p.band() == AgeBand.FROM_15_TO_19) {
				mentorPupils1519.add(p.id());
			}
			if (m.role().equals("MENTEE") && p.category().equals("TEACHER") && p.young()) {
				youngMentees.add(p.id());
			}
			if (m.role().equals("MENTOR")) {
				mentors.add(p.id());
				if (p.trained()) {
					trainedMentors.add(p.id());
				}
			}
		}
		int schools = organisation == null ? GeneratedRegister.SCHOOLS.size()
				: GeneratedRegister.SCHOOLS.contains(name(organisation)) ? 1 : 0;
		var out = new TreeMap<String, List<Integer>>();
		out.put("pupils-involved", List.of(involved.size(), 2000 * schools));
		out.put("pupils-10-19-mentees", List.of(menteePupils1019.size(), 1500 * schools));
		out.put("pupils-15-19-mentors", List.of(mentorPupils1519.size(), 600 * schools));
		out.put("young-teachers-mentees", List.of(youngMentees.size(), 300 * schools));
		out.put("mentors-trained", List.of(trainedMentors.size(), mentors.size()));
		return out;
	}

	Map<String, List<Integer>> recomputed(LocalDate on) throws Exception {
		return recomputed(on, null);
	}

	/** Active pairs and distinct participants per form, from the register. */
	Map<String, List<Integer>> formsRecomputed(LocalDate on) throws Exception {
		var pairs = new HashMap<String, Set<UUID>>();
		var participants = new HashMap<String, Set<UUID>>();
		for (Member m : members(on)) {
			pairs.computeIfAbsent(m.form(), k -> new HashSet<>()).add(m.pair());
			participants.computeIfAbsent(m.form(), k -> new HashSet<>()).add(m.participant());
		}
		var out = new TreeMap<String, List<Integer>>();
		pairs.forEach((form, ids) -> out.put(form, List.of(ids.size(), participants.get(form).size())));
		return out;
	}

	// ---------------------------------------------------------------- monitoring, over its API

	Map<String, List<Integer>> indicators(LocalDate on, UUID organisation) throws Exception {
		var request = get("/api/" + slug + "/monitoring/indicators").param("date", on.toString());
		if (organisation != null) {
			request.param("organizationId", organisation.toString());
		}
		String body = call(request);
		List<String> codes = JsonPath.read(body, "$.indicators[*].code");
		List<Integer> numerators = JsonPath.read(body, "$.indicators[*].numerator");
		List<Integer> denominators = JsonPath.read(body, "$.indicators[*].denominator");
		var out = new TreeMap<String, List<Integer>>();
		for (int i = 0; i < codes.size(); i++) {
			out.put(codes.get(i), List.of(numerators.get(i), denominators.get(i)));
		}
		return out;
	}

	Map<String, List<Integer>> forms(LocalDate on) throws Exception {
		String body = call(get("/api/" + slug + "/monitoring/indicators/by-form").param("date", on.toString()));
		List<String> codes = JsonPath.read(body, "$[*].formCode");
		List<Integer> pairs = JsonPath.read(body, "$[*].activePairs");
		List<Integer> participants = JsonPath.read(body, "$[*].participants");
		var out = new TreeMap<String, List<Integer>>();
		for (int i = 0; i < codes.size(); i++) {
			if (pairs.get(i) > 0) {
				out.put(codes.get(i), List.of(pairs.get(i), participants.get(i)));
			}
		}
		return out;
	}

	void assertEverySchoolAndForm(LocalDate on, Map<String, UUID> organisations) throws Exception {
		for (var o : organisations.entrySet()) {
			assertThat(indicators(on, o.getValue())).as(o.getKey()).isEqualTo(recomputed(on, o.getValue()));
		}
		assertThat(forms(on)).isEqualTo(formsRecomputed(on)).hasSize(FORMS.length);
	}

	// ---------------------------------------------------------------- plumbing

	final Map<UUID, String> names = new HashMap<>();

	String name(UUID organisation) {
		return names.get(organisation);
	}

	UUID organisation(String name, String kind) throws Exception {
		UUID id = UUID.fromString(JsonPath.read(call(post("/api/" + slug + "/registry/organizations")
			.contentType(MediaType.APPLICATION_JSON)
			.content("{\"name\":\"Учреждение " + name.replace("\"", "\\\"") + "\",\"shortName\":\""
					+ name.replace("\"", "\\\"") + "\",\"kind\":\"" + kind + "\"}")), "$.id"));
		names.put(id, name);
		return id;
	}

	String importFile(String name, byte[] csv) throws Exception {
		return call(multipart("/api/" + slug + "/registry/imports").file(new MockMultipartFile("file", name, "text/csv", csv)));
	}

	/** The import's own follow-up: every module's listener has handled its events. */
	void awaitCaughtUp(String importId) {
		Awaitility.await().atMost(Duration.ofSeconds(120)).until(() -> !JsonPath.<Boolean>read(
				call(get("/api/" + slug + "/registry/imports/" + importId)), "$.followUp.catchingUp"));
	}

	boolean outboxEmpty() throws Exception {
		int[] pending = new int[1];
		query("select count(*) from platform.event_publication where completion_date is null", rs -> pending[0] = rs.getInt(1));
		return pending[0] == 0;
	}

	String call(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		var response = mvc.perform(request.with(csrf()).with(TestUsers.as(tenancy, slug))).andReturn().getResponse();
		assertThat(response.getStatus()).as(response.getContentAsString()).isBetween(200, 299);
		return response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
	}

	interface Rows {
		void row(ResultSet rs) throws Exception;
	}

	/** A query of the register as the schema owner, inside the municipality (row-level security applies to it too). */
	void query(String sql, Rows rows) throws Exception {
		UUID tenant = tenancy.bySlug(slug).orElseThrow().id().value();
		try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
			 Statement s = owner.createStatement()) {
			s.execute("select set_config('app.tenant_ids', '" + tenant + "', false)");
			try (ResultSet rs = s.executeQuery(sql)) {
				while (rs.next()) {
					rows.row(rs);
				}
			}
		}
	}
}
