package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static ru.nastavnik.pairing.PairingTestSupport.inTenant;
import static ru.nastavnik.pairing.PairingTestSupport.listenersDone;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.PublishedEvents;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.pairing.domain.AnswerRepository;
import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.QuestionRepository;
import ru.nastavnik.pairing.domain.QuestionnaireCompatibility;
import ru.nastavnik.pairing.domain.matching.ExhaustiveSearch;
import ru.nastavnik.pairing.domain.matching.FormRules;
import ru.nastavnik.pairing.domain.matching.HardRules;
import ru.nastavnik.pairing.domain.matching.MatchingProblem;
import ru.nastavnik.pairing.domain.matching.MenteeCandidate;
import ru.nastavnik.pairing.domain.matching.MentorCandidate;
import ru.nastavnik.pairing.domain.matching.Weights;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/**
 * The whole path through the API, on candidates that arrive as the registry's events: a programme, matching (optimal
 * against an exhaustive search, never breaking a hard rule), infeasible mentees with reasons, the curator's locks and
 * bans across re-runs, the order (one event, exactly its pairs), its DOCX and PDF, tenant and organisation isolation,
 * and questionnaire answers that never leave the module.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class PairingFlowTests extends PairingApiTest {

	static final String[] SUBJECTS = { "математика", "физика", "русский язык", "английский язык", "химия" };

	@Autowired
	QuestionRepository questions;

	@Autowired
	AnswerRepository answers;

	TenantId sasovo;

	@BeforeEach
	void ready() {
		sasovo = tenants.bySlug("sasovo").orElseThrow().id();
		// the default forms and questionnaire are set up by this module's listener of TenantCreated
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc)
				&& inTenant(sasovo, tx, () -> questions.findByActiveTrueOrderByPositionAsc().size()) >= 4);
	}

	// ---------------------------------------------------------------- the checks of the issue

	@Test
	void matchingOnGeneratedProgrammesIsOptimalAndNeverBreaksAHardRule() throws Exception {
		var questionIds = JsonPath.<List<String>>read(body(get("/api/sasovo/pairing/questionnaire/questions"), "sasovo"),
				"$[*].id");
		for (long seed = 1; seed <= 4; seed++) {
			Random random = new Random(seed);
			UUID org = UUID.randomUUID();
			var people = new ArrayList<ParticipantSnapshot>();
			int mentorCount = 3 + random.nextInt(2);
			for (int i = 0; i < mentorCount; i++) {
				var roles = i == 0 ? Set.of(ParticipantRole.MENTOR, ParticipantRole.MENTEE) : Set.of(ParticipantRole.MENTOR);
				people.add(pupil(org, "Наставник" + i, 8 + random.nextInt(4), roles, subjects(random, 2), subjects(random, 1),
						1 + random.nextInt(2)));
			}
			for (int i = 0; i < 5; i++) {
				people.add(pupil(org, "Наставляемый" + i, 5 + random.nextInt(6), Set.of(ParticipantRole.MENTEE), Set.of(),
						subjects(random, 1 + random.nextInt(2)), null));
			}
			register(sasovo, people);
			for (var p : people) {
				var chosen = new HashMap<String, List<String>>();
				for (String q : questionIds) {
					var options = JsonPath.<List<String>>read(body(get("/api/sasovo/pairing/questionnaire/questions"), "sasovo"),
							"$[?(@.id == '" + q + "')].options[*]");
					chosen.put(q, List.of(options.get(random.nextInt(options.size()))));
				}
				call(put("/api/sasovo/pairing/participants/" + p.participantId() + "/answers").content(json(chosen)), "sasovo");
			}
			String programme = programme("sasovo", org, "pupil-pupil");

			String proposal = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");

			MatchingProblem problem = inTenant(sasovo, tx, () -> {
				List<Candidate> pool = projection.matchableIn(org, Set.of());
				var mentors = pool.stream().filter(Candidate::mentor).map(c -> c.asMentor(c.capacity())).toList();
				var mentees = pool.stream().filter(Candidate::mentee).map(Candidate::asMentee).toList();
				var ids = pool.stream().map(Candidate::id).collect(Collectors.toSet());
				return new MatchingProblem(FormRules.PUPIL_PUPIL, mentors, mentees, Set.of(), Set.of(),
						new QuestionnaireCompatibility(questions.findByActiveTrueOrderByPositionAsc(),
								answers.findByParticipantIdIn(ids)),
						Weights.DEFAULT);
			});
			var optimum = ExhaustiveSearch.optimum(problem);
			assertThat(JsonPath.<Integer>read(proposal, "$.matchedCount")).as("seed %d", seed).isEqualTo(optimum.matched());
			assertThat(((Number) JsonPath.read(proposal, "$.totalFit")).longValue()).as("seed %d", seed)
				.isEqualTo(optimum.totalFit());
			assertThat(JsonPath.<Integer>read(proposal, "$.matchedCount")).isPositive();

			Map<UUID, MentorCandidate> mentors = problem.mentors().stream()
				.collect(Collectors.toMap(MentorCandidate::participantId, m -> m));
			Map<UUID, MenteeCandidate> mentees = problem.mentees().stream()
				.collect(Collectors.toMap(MenteeCandidate::participantId, m -> m));
			Map<UUID, Integer> load = new HashMap<>();
			Set<UUID> matchedMentees = new HashSet<>();
			List<Map<String, Object>> pairs = JsonPath.read(proposal, "$.pairs");
			for (var pair : pairs) {
				UUID mentor = UUID.fromString((String) pair.get("mentorId"));
				UUID mentee = UUID.fromString((String) pair.get("menteeId"));
				assertThat(mentor).isNotEqualTo(mentee);
				assertThat(HardRules.allows(FormRules.PUPIL_PUPIL, mentors.get(mentor), mentees.get(mentee)))
					.as("pair %s → %s", mentor, mentee).isTrue();
				assertThat(matchedMentees.add(mentee)).as("a mentee has one mentor").isTrue();
				load.merge(mentor, 1, Integer::sum);
				// every pair is explained: its score and its parts, the requests covered
				assertThat((List<?>) pair.get("parts")).hasSize(3);
				assertThat((String) pair.get("summary")).isNotBlank();
				assertThat(pair).containsKey("coveredRequests");
			}
			load.forEach((mentor, n) -> assertThat(n).isLessThanOrEqualTo(mentors.get(mentor).capacity()));
		}
	}

	@Test
	void anInfeasibleMenteeIsReportedWithItsReason() throws Exception {
		UUID org = UUID.randomUUID();
		var mentor = pupil(org, "Восьмиклассникова", 8, Set.of(ParticipantRole.MENTOR), Set.of("математика"), Set.of(), 2);
		var younger = pupil(org, "Шестиклассников", 6, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("математика"), null);
		var senior = pupil(org, "Одиннадцатиклассников", 11, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("физика"), null);
		register(sasovo, List.of(mentor, younger, senior));
		String programme = programme("sasovo", org, "pupil-pupil");

		String proposal = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");

		assertThat(JsonPath.<List<String>>read(proposal, "$.pairs[*].menteeId")).containsExactly(younger.participantId().toString());
		assertThat(JsonPath.<List<String>>read(proposal, "$.unmatched[*].menteeId"))
			.containsExactly(senior.participantId().toString());
		assertThat(JsonPath.<List<String>>read(proposal, "$.unmatched[*].reason")).containsExactly("NO_SENIOR_MENTOR");
		assertThat(JsonPath.<List<String>>read(proposal, "$.unmatched[*].message").get(0)).isNotBlank();
	}

	@Test
	void onlyTrainedMentorsAreProposedWhenTheTenantRequiresIt() throws Exception {
		TenantId ogni = tenants.bySlug("dagestanskie-ogni").orElseThrow().id();
		Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> listenersDone(jdbc)
				&& inTenant(ogni, tx, () -> questions.findByActiveTrueOrderByPositionAsc().size()) >= 4);
		UUID org = UUID.randomUUID();
		var untrained = pupil(org, "Необученная", 10, Set.of(ParticipantRole.MENTOR), Set.of("физика"), Set.of(), 1);
		var mentee = pupil(org, "Ждущий", 6, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("физика"), null);
		register(ogni, List.of(untrained, mentee));
		String programme = programme("dagestanskie-ogni", org, "pupil-pupil");
		String user = "dagestanskie-ogni";

		assertThat(status(put("/api/dagestanskie-ogni/pairing/settings").content("{}"), user)).isEqualTo(422);
		body(put("/api/dagestanskie-ogni/pairing/settings").content("{\"onlyTrainedMentors\":true}"), user);
		assertThat(JsonPath.<Boolean>read(body(get("/api/dagestanskie-ogni/pairing/settings"), user), "$.onlyTrainedMentors"))
			.isTrue();
		String strict = body(post("/api/dagestanskie-ogni/pairing/programmes/" + programme + "/matching"), user);
		assertThat(JsonPath.<List<String>>read(strict, "$.pairs")).isEmpty();
		assertThat(JsonPath.<List<String>>read(strict, "$.unmatched[*].reason")).containsExactly("NO_TRAINED_MENTOR");

		body(put("/api/dagestanskie-ogni/pairing/settings").content("{\"onlyTrainedMentors\":false}"), user);
		String relaxed = body(post("/api/dagestanskie-ogni/pairing/programmes/" + programme + "/matching"), user);
		assertThat(JsonPath.<List<String>>read(relaxed, "$.pairs[*].mentorId")).containsExactly(untrained.participantId().toString());
	}

	@Test
	void lockedPairsStayAndForbiddenPairsNeverAppearAfterReRuns() throws Exception {
		UUID org = UUID.randomUUID();
		var people = new ArrayList<ParticipantSnapshot>();
		for (int i = 0; i < 3; i++) {
			people.add(pupil(org, "Старший" + i, 10, Set.of(ParticipantRole.MENTOR), Set.of(SUBJECTS[i]), Set.of(), 1));
		}
		for (int i = 0; i < 3; i++) {
			people.add(pupil(org, "Младший" + i, 6, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of(SUBJECTS[i]), null));
		}
		register(sasovo, people);
		String programme = programme("sasovo", org, "pupil-pupil");
		String first = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");
		String firstId = JsonPath.read(first, "$.id");
		// each mentee's best mentor is the one with the matching subject: lock a worse one for mentee 0 …
		String mentee0 = people.get(3).participantId().toString();
		String current0 = JsonPath.<List<String>>read(first, "$.pairs[?(@.menteeId == '" + mentee0 + "')].mentorId").get(0);
		String other0 = JsonPath.<List<String>>read(first,
				"$.pairs[?(@.menteeId == '" + mentee0 + "')].alternatives[*].mentorId").get(0);
		assertThat(other0).isNotEqualTo(current0);
		call(post("/api/sasovo/pairing/proposals/" + firstId + "/locks")
			.content("{\"mentorId\":\"" + other0 + "\",\"menteeId\":\"" + mentee0 + "\"}"), "sasovo");
		// … and forbid mentee 1's best pair
		String mentee1 = people.get(4).participantId().toString();
		String current1 = JsonPath.<List<String>>read(first, "$.pairs[?(@.menteeId == '" + mentee1 + "')].mentorId").get(0);
		call(post("/api/sasovo/pairing/proposals/" + firstId + "/forbidden")
			.content("{\"mentorId\":\"" + current1 + "\",\"menteeId\":\"" + mentee1 + "\"}"), "sasovo");

		String proposalId = firstId;
		for (int run = 0; run < 2; run++) {
			String next = body(post("/api/sasovo/pairing/proposals/" + proposalId + "/rerun"), "sasovo");
			assertThat(JsonPath.<List<String>>read(next, "$.pairs[?(@.menteeId == '" + mentee0 + "')].mentorId"))
				.containsExactly(other0);
			assertThat(JsonPath.<List<Boolean>>read(next, "$.pairs[?(@.menteeId == '" + mentee0 + "')].locked"))
				.containsExactly(true);
			assertThat(JsonPath.<List<String>>read(next, "$.pairs[?(@.menteeId == '" + mentee1 + "')].mentorId"))
				.isNotEmpty()
				.doesNotContain(current1);
			assertThat(JsonPath.<List<String>>read(next, "$.forbidden[*].mentorId")).containsExactly(current1);
			assertThat(JsonPath.<String>read(next, "$.id")).isNotEqualTo(proposalId);
			proposalId = JsonPath.read(next, "$.id");
		}
	}

	@Test
	void issuingAnOrderPublishesOneEventAndActivatesExactlyItsPairs(PublishedEvents events) throws Exception {
		UUID org = UUID.randomUUID();
		var people = new ArrayList<ParticipantSnapshot>();
		people.add(pupil(org, "Лидерова", 10, Set.of(ParticipantRole.MENTOR), Set.of("математика", "физика"), Set.of(), 2));
		people.add(pupil(org, "Помогаев", 9, Set.of(ParticipantRole.MENTOR), Set.of("русский язык"), Set.of(), 1));
		for (int i = 0; i < 3; i++) {
			people.add(pupil(org, "Ученик" + i, 6, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of(SUBJECTS[i]), null));
		}
		register(sasovo, people);
		String programme = programme("sasovo", org, "pupil-pupil");
		String proposal = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");
		String proposalId = JsonPath.read(proposal, "$.id");
		assertThat(JsonPath.<Integer>read(proposal, "$.matchedCount")).isEqualTo(3);

		String order = body(post("/api/sasovo/pairing/proposals/" + proposalId + "/orders")
			.content("{\"number\":\"15-н\",\"date\":\"2025-09-10\"}"), "sasovo");
		String orderId = JsonPath.read(order, "$.id");
		List<String> orderPairs = JsonPath.read(order, "$.pairs[*].id");
		// the mentor with capacity 2 leads a group: 2 pairs/groups for 3 mentees
		assertThat(orderPairs).hasSize(2);
		assertThat(JsonPath.<List<String>>read(order, "$.pairs[*].status")).containsOnly("PROPOSED");
		// a second draft of the same proposal: its pairs must stay proposed when the first is issued
		String rival = body(post("/api/sasovo/pairing/proposals/" + proposalId + "/orders")
			.content("{\"number\":\"16-н\",\"date\":\"2025-09-11\"}"), "sasovo");
		List<String> rivalPairs = JsonPath.read(rival, "$.pairs[*].id");

		String issued = body(post("/api/sasovo/pairing/orders/" + orderId + "/issue"), "sasovo");

		assertThat(JsonPath.<String>read(issued, "$.status")).isEqualTo("ISSUED");
		var fixed = list(events.ofType(PairsFixedByOrder.class));
		assertThat(fixed).hasSize(1);
		assertThat(fixed.get(0).orderId().toString()).isEqualTo(orderId);
		assertThat(fixed.get(0).orderNumber()).isEqualTo("15-н");
		assertThat(fixed.get(0).pairs()).extracting(p -> p.pairId().toString()).containsExactlyInAnyOrderElementsOf(orderPairs);
		assertThat(fixed.get(0).pairs().stream().mapToInt(p -> p.mentees().size()).sum()).isEqualTo(3);
		assertThat(fixed.get(0).pairs()).allSatisfy(p -> {
			assertThat(p.formCode()).isEqualTo("pupil-pupil");
			assertThat(p.mentor().category()).isEqualTo("PUPIL");
			assertThat(p.organizationId()).isEqualTo(org);
		});
		for (String pair : orderPairs) {
			assertThat(JsonPath.<String>read(body(get("/api/sasovo/pairing/pairs/" + pair), "sasovo"), "$.status"))
				.isEqualTo("ACTIVE");
		}
		for (String pair : rivalPairs) {
			assertThat(JsonPath.<String>read(body(get("/api/sasovo/pairing/pairs/" + pair), "sasovo"), "$.status"))
				.isEqualTo("PROPOSED");
		}
		// issuing again, or issuing the rival order over the same mentees, is refused and publishes nothing
		assertThat(call(post("/api/sasovo/pairing/orders/" + orderId + "/issue"), "sasovo").getResponse().getStatus())
			.isEqualTo(409);
		var refused = call(post("/api/sasovo/pairing/orders/" + JsonPath.read(rival, "$.id") + "/issue"), "sasovo");
		assertThat(refused.getResponse().getStatus()).isEqualTo(409);
		assertThat(refused.getResponse().getContentAsString()).contains("уже закреплён");
		assertThat((long) list(events.ofType(PairsFixedByOrder.class)).size()).isEqualTo(1);
		for (String pair : rivalPairs) {
			assertThat(JsonPath.<String>read(body(get("/api/sasovo/pairing/pairs/" + pair), "sasovo"), "$.status"))
				.isEqualTo("PROPOSED");
		}

		// the individual plan of an active pair, then its completion (an event with the outcome)
		String pair = orderPairs.get(0);
		call(post("/api/sasovo/pairing/pairs/" + pair + "/milestones")
			.content("{\"title\":\"Диагностика затруднений\",\"dueOn\":\"2025-10-01\"}"), "sasovo");
		String planned = body(post("/api/sasovo/pairing/pairs/" + pair + "/milestones/0")
			.content("{\"status\":\"DONE\",\"note\":\"проведена\"}"), "sasovo");
		assertThat(JsonPath.<List<String>>read(planned, "$.milestones[*].status")).containsExactly("DONE");
		body(post("/api/sasovo/pairing/pairs/" + pair + "/complete").content("{\"text\":\"успеваемость выросла\"}"), "sasovo");
		assertThat((long) list(events.ofType(PairCompleted.class)).size()).isEqualTo(1);
		var dissolved = call(post("/api/sasovo/pairing/pairs/" + orderPairs.get(1) + "/dissolve").content("{\"text\":\"\"}"),
				"sasovo");
		assertThat(dissolved.getResponse().getStatus()).isEqualTo(422);
		assertThat(dissolved.getResponse().getContentAsString()).contains("Укажите причину расформирования");
	}

	@Test
	void theOrderDocumentsParseAndCarryThePairTable() throws Exception {
		UUID org = UUID.randomUUID();
		var mentor = pupil(org, "Документова", 10, Set.of(ParticipantRole.MENTOR), Set.of("химия"), Set.of(), 1);
		var mentee = pupil(org, "Приказов", 7, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("химия"), null);
		register(sasovo, List.of(mentor, mentee));
		String programme = programme("sasovo", org, "pupil-pupil");
		String proposalId = JsonPath.read(body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo"),
				"$.id");
		String orderId = JsonPath.read(body(post("/api/sasovo/pairing/proposals/" + proposalId + "/orders")
			.content("{\"number\":\"42/1\",\"date\":\"2025-09-15\"}"), "sasovo"), "$.id");

		var docx = call(get("/api/sasovo/pairing/orders/" + orderId + "/docx"), "sasovo").getResponse();
		assertThat(docx.getContentType()).contains("wordprocessingml");
		assertThat(docx.getHeader("Content-Disposition")).contains("attachment");
		try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getContentAsByteArray()))) {
			String paragraphs = document.getParagraphs().stream().map(p -> p.getText()).collect(Collectors.joining("\n"));
			assertThat(paragraphs).contains("42/1").contains("15.09.2025");
			assertThat(document.getTables()).isNotEmpty();
			String table = document.getTables().get(0).getText();
			assertThat(table).contains("Документова Анна").contains("Приказов Иван").contains("ученик–ученик");
		}

		var pdf = call(get("/api/sasovo/pairing/orders/" + orderId + "/pdf"), "sasovo").getResponse();
		assertThat(pdf.getContentType()).isEqualTo("application/pdf");
		byte[] bytes = pdf.getContentAsByteArray();
		assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
		try (var document = Loader.loadPDF(bytes)) {
			String text = new PDFTextStripper().getText(document);
			assertThat(text).contains("42/1").contains("Документова").contains("Приказов").contains("ученик–ученик");
		}
	}

	@Test
	void anotherTenantsCandidatesAndProgrammesNeverAppear() throws Exception {
		TenantId michurinsk = tenants.bySlug("michurinsk").orElseThrow().id();
		UUID org = UUID.randomUUID(); // the same organisation id in both tenants: only the tenant separates them
		var theirs = pupil(org, "Мичуринская", 10, Set.of(ParticipantRole.MENTOR), Set.of("физика"), Set.of(), 3);
		var ours = pupil(org, "Сасовский", 6, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("физика"), null);
		register(michurinsk, List.of(theirs));
		register(sasovo, List.of(ours));
		String theirProgramme = programme("michurinsk", org, "pupil-pupil");
		String ourProgramme = programme("sasovo", org, "pupil-pupil");

		String candidates = body(get("/api/sasovo/pairing/programmes/" + ourProgramme + "/candidates"), "sasovo");
		assertThat(JsonPath.<List<String>>read(candidates, "$[*].id")).containsExactly(ours.participantId().toString());
		String proposal = body(post("/api/sasovo/pairing/programmes/" + ourProgramme + "/matching"), "sasovo");
		assertThat(JsonPath.<List<String>>read(proposal, "$.pairs")).isEmpty();
		assertThat(proposal).doesNotContain(theirs.participantId().toString()).doesNotContain("Мичуринская");

		assertThat(status(get("/api/sasovo/pairing/programmes/" + theirProgramme), "sasovo")).isEqualTo(404);
		assertThat(status(post("/api/sasovo/pairing/programmes/" + theirProgramme + "/matching"), "sasovo")).isEqualTo(404);
		assertThat(status(get("/api/sasovo/pairing/participants/" + theirs.participantId() + "/answers"), "sasovo"))
			.isEqualTo(404);
		assertThat(JsonPath.<List<String>>read(body(get("/api/sasovo/pairing/programmes"), "sasovo"), "$[*].id"))
			.contains(ourProgramme)
			.doesNotContain(theirProgramme);
		// row-level security: even without the application's filters, the other tenant's rows are invisible
		assertThat(inTenant(sasovo, tx, () -> projection.find(theirs.participantId()))).isEmpty();
		assertThat(inTenant(sasovo, tx, () -> jdbc.queryForObject("select count(*) from pairing.programme where id = ?",
				Integer.class, UUID.fromString(theirProgramme)))).isZero();
	}

	@Test
	void aSchoolCuratorWorksOnlyWithinTheirOrganisation() throws Exception {
		UUID own = UUID.randomUUID();
		UUID otherOrg = UUID.randomUUID();
		var ownPupil = pupil(own, "Своя", 6, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("чтение"), null);
		var otherPupil = pupil(otherOrg, "Чужой", 6, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("чтение"), null);
		register(sasovo, List.of(ownPupil, otherPupil));
		String username = "curator-" + own.toString().substring(0, 8);
		tenancy.createAccount(new TenancyService.NewAccount(username, "curator-password", "Куратор школы",
				Role.SCHOOL_CURATOR, sasovo, null, own));
		String otherProgramme = programme("sasovo", otherOrg, "pupil-pupil");

		// the curator opens a programme: it is their organisation's, whatever organisation the request names
		String created = body(post("/api/sasovo/pairing/programmes").content("{\"organizationId\":\"" + otherOrg
				+ "\",\"title\":\"Программа школы\",\"formCodes\":[\"pupil-pupil\"],\"startsOn\":\"2025-09-01\",\"endsOn\":\"2026-05-31\"}"),
				username);
		assertThat(JsonPath.<String>read(created, "$.organizationId")).isEqualTo(own.toString());
		String ownProgramme = JsonPath.read(created, "$.id");

		assertThat(JsonPath.<List<String>>read(body(get("/api/sasovo/pairing/programmes"), username), "$[*].id"))
			.containsExactly(ownProgramme);
		assertThat(status(get("/api/sasovo/pairing/programmes/" + otherProgramme), username)).isEqualTo(403);
		assertThat(status(post("/api/sasovo/pairing/programmes/" + otherProgramme + "/matching"), username)).isEqualTo(403);
		assertThat(status(get("/api/sasovo/pairing/participants/" + otherPupil.participantId() + "/answers"), username))
			.isEqualTo(403);
		assertThat(status(get("/api/sasovo/pairing/participants/" + ownPupil.participantId() + "/answers"), username))
			.isEqualTo(200);
		assertThat(status(post("/api/sasovo/pairing/questionnaire/questions")
			.content("{\"text\":\"Вопрос\",\"options\":[\"а\",\"б\"]}"), username)).isEqualTo(403);
		var page = call(get("/t/sasovo/pairing/programmes/" + otherProgramme).accept(MediaType.TEXT_HTML), username);
		assertThat(page.getResponse().getStatus()).isEqualTo(403);
		assertThat(page.getResponse().getContentAsString()).contains("своей образовательной организации");
	}

	@Test
	void questionnaireAnswersNeverLeaveTheModuleInAnEvent(PublishedEvents events) throws Exception {
		String secret = "тайный-ответ-" + UUID.randomUUID();
		String question = body(post("/api/sasovo/pairing/questionnaire/questions")
			.content("{\"text\":\"Что вы скрываете?\",\"multiple\":false,\"options\":[\"" + secret + "\",\"ничего\"],\"weight\":2}"),
				"sasovo");
		String questionId = JsonPath.read(question, "$.id");
		UUID org = UUID.randomUUID();
		var mentor = pupil(org, "Скрытная", 10, Set.of(ParticipantRole.MENTOR), Set.of("физика"), Set.of(), 1);
		var mentee = pupil(org, "Тихий", 7, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("физика"), null);
		register(sasovo, List.of(mentor, mentee));
		for (var p : List.of(mentor, mentee)) {
			call(put("/api/sasovo/pairing/participants/" + p.participantId() + "/answers")
				.content("{\"" + questionId + "\":[\"" + secret + "\"]}"), "sasovo");
		}
		assertThat(body(get("/api/sasovo/pairing/participants/" + mentee.participantId() + "/answers"), "sasovo"))
			.contains(secret);
		var wrong = call(put("/api/sasovo/pairing/participants/" + mentee.participantId() + "/answers")
			.content("{\"" + questionId + "\":[\"нет такого\"]}"), "sasovo");
		assertThat(wrong.getResponse().getStatus()).isEqualTo(422);
		assertThat(wrong.getResponse().getContentAsString()).contains("Выбран вариант, которого нет в вопросе");

		String programme = programme("sasovo", org, "pupil-pupil");
		String proposal = body(post("/api/sasovo/pairing/programmes/" + programme + "/matching"), "sasovo");
		assertThat(proposal).doesNotContain(secret);
		String orderId = JsonPath.read(body(post("/api/sasovo/pairing/proposals/" + JsonPath.read(proposal, "$.id") + "/orders")
			.content("{\"number\":\"7\",\"date\":\"2025-09-20\"}"), "sasovo"), "$.id");
		body(post("/api/sasovo/pairing/orders/" + orderId + "/issue"), "sasovo");

		var all = list(events.ofType(Object.class));
		assertThat((long) list(events.ofType(PairsFixedByOrder.class)).size()).isEqualTo(1);
		assertThat((long) list(events.ofType(ProgrammeOpened.class)).size()).isEqualTo(1);
		assertThat(all).noneMatch(e -> String.valueOf(e).contains(secret));
		assertThat(all).noneMatch(e -> String.valueOf(e).contains("Что вы скрываете"));
	}

	@Test
	void thePagesShowTheWholePathInRussian() throws Exception {
		UUID org = UUID.randomUUID();
		var mentor = pupil(org, "Страничная", 10, Set.of(ParticipantRole.MENTOR), Set.of("история"), Set.of(), 1);
		var mentee = pupil(org, "Просмотров", 7, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("история"), null);
		var senior = pupil(org, "Выпускников", 11, Set.of(ParticipantRole.MENTEE), Set.of(), Set.of("история"), null);
		register(sasovo, List.of(mentor, mentee, senior));
		String programme = programme("sasovo", org, "pupil-pupil");

		assertThat(page("/t/sasovo/pairing")).contains("Программы наставничества").contains("ученик–ученик");
		assertThat(page("/t/sasovo/pairing/programmes/" + programme)).contains("Страничная Анна").contains("Подобрать пары");
		var run = call(post("/t/sasovo/pairing/programmes/" + programme + "/matching").param("form", "pupil-pupil")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED), "sasovo");
		assertThat(run.getResponse().getStatus()).isEqualTo(302);
		String proposalPage = run.getResponse().getRedirectedUrl();
		assertThat(page(proposalPage)).contains("Предложенные пары").contains("Просмотров Иван").contains("запросы × компетенции")
			.contains("Без наставника").contains("Выпускников Иван").contains("Закрепить").contains("Повторить подбор");
		String proposalId = proposalPage.substring(proposalPage.lastIndexOf('/') + 1);
		var draft = call(post("/t/sasovo/pairing/proposals/" + proposalId + "/orders").param("number", "3-п")
			.param("date", "2025-09-05").contentType(MediaType.APPLICATION_FORM_URLENCODED), "sasovo");
		String orderPage = draft.getResponse().getRedirectedUrl();
		assertThat(page(orderPage)).contains("Приказ № 3-п от 05.09.2025").contains("Скачать DOCX").contains("Издать приказ");
		assertThat(page("/t/sasovo/pairing/orders")).contains("№ 3-п");
		String pairs = page("/t/sasovo/pairing/pairs");
		assertThat(pairs).contains("Страничная Анна").contains("предложена");
		String orderId = orderPage.substring(orderPage.lastIndexOf('/') + 1);
		String pairId = JsonPath.<List<String>>read(body(get("/api/sasovo/pairing/orders/" + orderId), "sasovo"), "$.pairs[*].id")
			.get(0);
		assertThat(page("/t/sasovo/pairing/pairs/" + pairId)).contains("Индивидуальный план").contains("Добавить этап");
		assertThat(page("/t/sasovo/pairing/questionnaire")).contains("Какой стиль общения вам ближе?").contains("Добавить вопрос");
		assertThat(page("/t/sasovo/pairing/participants/" + mentee.participantId() + "/answers"))
			.contains("Анкета: Просмотров Иван").contains("Сохранить ответы");
		var bad = call(post("/t/sasovo/pairing/proposals/" + proposalId + "/orders").param("number", "")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML), "sasovo");
		assertThat(bad.getResponse().getStatus()).isEqualTo(422);
		bad.getResponse().setCharacterEncoding("UTF-8");
		assertThat(bad.getResponse().getContentAsString()).contains("Укажите номер приказа");
	}

	// ---------------------------------------------------------------- helpers

	static ParticipantSnapshot pupil(UUID org, String surname, int grade, Set<ParticipantRole> roles, Set<String> competencies,
			Set<String> requests, Integer capacity) {
		return new ParticipantSnapshot(UUID.randomUUID(), org, new PersonName(surname, roles.contains(ParticipantRole.MENTOR)
				? "Анна" : "Иван", null), ParticipantCategory.PUPIL, grade,
				grade < 9 ? AgeBand.FROM_10_TO_14 : AgeBand.FROM_15_TO_19, true, false, roles, competencies, requests,
				capacity, false, false, true, false, LocalDate.of(2024, 9, 1), true);
	}

	static Set<String> subjects(Random random, int n) {
		var result = new HashSet<String>();
		while (result.size() < n) {
			result.add(SUBJECTS[random.nextInt(SUBJECTS.length)]);
		}
		return result;
	}

	static String json(Map<String, List<String>> chosen) {
		return chosen.entrySet().stream()
			.map(e -> "\"" + e.getKey() + "\":[" + e.getValue().stream().map(v -> "\"" + v + "\"").collect(Collectors.joining(","))
					+ "]")
			.collect(Collectors.joining(",", "{", "}"));
	}
}
