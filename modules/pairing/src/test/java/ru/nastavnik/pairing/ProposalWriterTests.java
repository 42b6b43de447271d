package ru.nastavnik.pairing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static ru.nastavnik.pairing.PairingTestSupport.inTenant;
import static ru.nastavnik.pairing.PairingTestSupport.mentor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.modulith.test.ApplicationModuleTest;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.pairing.application.MatchingService;
import ru.nastavnik.pairing.domain.ConstraintKind;
import ru.nastavnik.pairing.domain.Proposal;
import ru.nastavnik.pairing.domain.ProposalRepository;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ParticipantCategory;
import ru.nastavnik.registry.ParticipantRole;
import ru.nastavnik.registry.ParticipantSnapshot;
import ru.nastavnik.registry.PersonName;

/**
 * A matching run's proposal is written a table at a time ({@code JdbcProposalWriter}: one {@code unnest} insert per
 * child table instead of one insert per row): a large run — dozens of pairs, unmatched mentees, hundreds of
 * alternatives, the curator's lock and ban, requests with quotes, commas, braces and backslashes — reads back through
 * the repository exactly as the run made it, every list in its order, every row in the run's tenant.
 */
@ApplicationModuleTest
@AutoConfigureMockMvc
class ProposalWriterTests extends OwnTenantPairingTest {

	/** Requests that an array literal must quote and escape to bring back unchanged. */
	static final List<String> REQUESTS = List.of("Классное руководство", "ответ \"в кавычках\"", "a,b {c}",
			"обратный \\ слэш", "NULL", "слово\tс табуляцией");

	@Autowired
	MatchingService matching;

	@Autowired
	ProposalRepository proposals;

	@Test
	void aLargeProposalIsReadBackAsTheRunMadeIt() throws Exception {
		UUID school = UUID.randomUUID();
		var people = new ArrayList<ParticipantSnapshot>();
		for (int i = 0; i < 12; i++) {
			// each mentor knows a different part of the requests, so pairs cover some and miss others
			var competencies = Set.copyOf(List.of(REQUESTS.get(i % 6), REQUESTS.get((i + 2) % 6)));
			people.add(mentor(school, "Опытнова" + i, ParticipantCategory.TEACHER, competencies, 1 + i % 3, true));
		}
		for (int i = 0; i < 60; i++) {
			// every tenth asks for one thing four mentors know: fully covered, an empty list of uncovered requests
			var requests = i % 10 == 0 ? Set.of(REQUESTS.get(0))
					: Set.copyOf(List.of(REQUESTS.get(i % 6), REQUESTS.get((i + 3) % 6)));
			people.add(new ParticipantSnapshot(UUID.randomUUID(), school, new PersonName("Молодцов" + i, "Пётр", null),
					ParticipantCategory.TEACHER, null, AgeBand.FROM_20_TO_34, false, true, Set.of(ParticipantRole.MENTEE),
					Set.of(), requests, null, false, false, true, false, LocalDate.of(2024, 9, 1), true));
		}
		register(tenant, people);
		String programme = programme(t, school, "teacher-teacher");
		String first = body(post("/api/" + t + "/pairing/programmes/" + programme + "/matching"), t);
		String firstId = JsonPath.read(first, "$.id");
		// a lock and a ban, so that the run records its constraints
		String mentee0 = JsonPath.<List<String>>read(first, "$.pairs[*].menteeId").get(0);
		String other0 = JsonPath.<List<String>>read(first,
				"$.pairs[?(@.menteeId == '" + mentee0 + "')].alternatives[*].mentorId").get(0);
		body(post("/api/" + t + "/pairing/proposals/" + firstId + "/locks")
			.content("{\"mentorId\":\"" + other0 + "\",\"menteeId\":\"" + mentee0 + "\"}"), t);
		String mentee1 = JsonPath.<List<String>>read(first, "$.pairs[*].menteeId").get(1);
		String mentor1 = JsonPath.<List<String>>read(first, "$.pairs[?(@.menteeId == '" + mentee1 + "')].mentorId").get(0);
		body(post("/api/" + t + "/pairing/proposals/" + firstId + "/forbidden")
			.content("{\"mentorId\":\"" + mentor1 + "\",\"menteeId\":\"" + mentee1 + "\"}"), t);

		PairingTestSupport.signIn(tenancy, t);
		Proposal made;
		try {
			made = TenantContext.get(tenant, () -> matching.run(UUID.fromString(programme), "teacher-teacher"));
		}
		finally {
			PairingTestSupport.signOut();
		}
		Proposal read = inTenant(tenant, tx, () -> proposals.findById(made.id()).orElseThrow());

		// a run large enough to matter, with every kind of child row
		assertThat(made.pairs()).hasSizeGreaterThan(15);
		assertThat(made.unmatched()).hasSizeGreaterThan(20);
		assertThat(made.alternatives()).hasSizeGreaterThan(100);
		assertThat(made.constraints()).extracting(Proposal.Constraint::kind)
			.containsExactly(ConstraintKind.LOCKED, ConstraintKind.FORBIDDEN);
		assertThat(made.pairs()).flatExtracting(Proposal.Pair::coveredRequests)
			.contains("ответ \"в кавычках\"", "a,b {c}", "обратный \\ слэш", "NULL", "слово\tс табуляцией");
		assertThat(made.pairs()).anyMatch(p -> p.uncoveredRequests().isEmpty());

		// read back equal: the run's row, and every child list element by element, in the run's order
		assertThat(read).usingRecursiveComparison().ignoringFields("version", "alternativesByMentee").isEqualTo(made);
		assertThat(read.createdAt()).isEqualTo(made.createdAt());
		assertThat(read.pairs()).containsExactlyElementsOf(made.pairs());
		assertThat(read.unmatched()).containsExactlyElementsOf(made.unmatched());
		assertThat(read.alternatives()).containsExactlyElementsOf(made.alternatives());
		assertThat(read.constraints()).containsExactlyElementsOf(made.constraints());
		UUID someone = made.unmatched().get(0).menteeId();
		assertThat(read.alternativesFor(someone)).isNotEmpty()
			.isEqualTo(made.alternatives().stream().filter(a -> a.menteeId().equals(someone)).toList());

		// the child rows are numbered from 0 without gaps, and all of them are visible in the run's tenant (row-level
		// security shows a transaction only its tenant's rows)
		var sizes = Map.of("proposal_pair", made.pairs().size(), "proposal_unmatched", made.unmatched().size(),
				"proposal_alternative", made.alternatives().size(), "proposal_constraint", made.constraints().size());
		sizes.forEach((table, size) -> {
			var rows = inTenant(tenant, tx, () -> jdbc.queryForMap("select count(*) as n, min(idx) as lo, max(idx) as hi"
					+ " from pairing." + table + " where proposal_id = ?", made.id()));
			assertThat(((Number) rows.get("n")).longValue()).as(table).isEqualTo((long) size);
			assertThat(((Number) rows.get("lo")).longValue()).as(table).isZero();
			assertThat(((Number) rows.get("hi")).longValue()).as(table).isEqualTo(size - 1L);
		});
		assertThat(inTenant(tenant, tx, () -> jdbc.queryForObject("select version from pairing.proposal where id = ?",
				Integer.class, made.id()))).isZero();
	}
}
