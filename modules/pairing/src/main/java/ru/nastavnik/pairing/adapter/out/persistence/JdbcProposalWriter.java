package ru.nastavnik.pairing.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.domain.Proposal;
import ru.nastavnik.pairing.domain.ProposalWriter;

/**
 * A matching run's proposal written as five statements at most: its row, then each child table's rows in one
 * {@code insert … select … from unnest(…)} — one array per column, in the list's order, {@code idx} from the arrays'
 * ordinality as Spring Data JDBC numbers a list (from 0). A run of a few hundred mentees has hundreds of pairs,
 * alternatives and unmatched mentees; inserted one by one they were most of the run's cost (docs/benchmarks.md).
 * A pair's covered and uncovered requests travel as one PostgreSQL array literal per row, cast back to {@code text[]}.
 * {@code tenant_id} comes from the transaction's tenant; row-level security checks every row as before.
 */
@Component
class JdbcProposalWriter implements ProposalWriter {

	/** The version Spring Data JDBC gives a new aggregate whose version is a wrapper type. */
	private static final int FIRST_VERSION = 0;

	private final JdbcClient jdbc;

	JdbcProposalWriter(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void insert(Proposal p) {
		var w = p.weights();
		jdbc.sql("""
				insert into pairing.proposal (id, programme_id, form_code, form_name, only_trained_mentors, mentor_count,
				  mentee_count, matched_count, total_fit, candidate_pair_count, solve_millis, total_millis, solver_name,
				  created_at, weight_requests, weight_compatibility, weight_same_org, constraints_recorded, version)
				values (:id, :programme, :formCode, :formName, :onlyTrained, :mentors, :mentees, :matched, :totalFit,
				  :candidatePairs, :solveMillis, :totalMillis, :solver, :createdAt, :wRequests, :wCompatibility, :wSameOrg,
				  :constraintsRecorded, :version)
				""")
			.param("id", p.id())
			.param("programme", p.programmeId())
			.param("formCode", p.formCode())
			.param("formName", p.formName())
			.param("onlyTrained", p.onlyTrainedMentors())
			.param("mentors", p.mentorCount())
			.param("mentees", p.menteeCount())
			.param("matched", p.matchedCount())
			.param("totalFit", p.totalFit())
			.param("candidatePairs", p.candidatePairCount())
			.param("solveMillis", p.solveMillis())
			.param("totalMillis", p.totalMillis())
			.param("solver", p.solverName())
			.param("createdAt", OffsetDateTime.ofInstant(p.createdAt(), ZoneOffset.UTC))
			.param("wRequests", w.requests())
			.param("wCompatibility", w.compatibility())
			.param("wSameOrg", w.sameOrganisation())
			.param("constraintsRecorded", p.constraintsRecorded())
			.param("version", FIRST_VERSION)
			.update();
		pairs(p.id(), p.pairs());
		unmatched(p.id(), p.unmatched());
		alternatives(p.id(), p.alternatives());
		constraints(p.id(), p.constraints());
	}

	private void pairs(UUID proposal, List<Proposal.Pair> pairs) {
		if (pairs.isEmpty()) {
			return;
		}
		int n = pairs.size();
		var mentors = new UUID[n];
		var mentees = new UUID[n];
		var fits = new Integer[n];
		var coverages = new Double[n];
		var compatibilities = new Double[n];
		var sameOrganisation = new Boolean[n];
		var covered = new String[n];
		var uncovered = new String[n];
		var summaries = new String[n];
		var locked = new Boolean[n];
		for (int i = 0; i < n; i++) {
			var x = pairs.get(i);
			mentors[i] = x.mentorId();
			mentees[i] = x.menteeId();
			fits[i] = x.fit();
			coverages[i] = x.requestCoverage();
			compatibilities[i] = x.compatibility();
			sameOrganisation[i] = x.sameOrganization();
			covered[i] = arrayLiteral(x.coveredRequests());
			uncovered[i] = arrayLiteral(x.uncoveredRequests());
			summaries[i] = x.summary();
			locked[i] = x.locked();
		}
		var params = params(proposal);
		params.put("mentors", mentors);
		params.put("mentees", mentees);
		params.put("fits", fits);
		params.put("coverages", coverages);
		params.put("compatibilities", compatibilities);
		params.put("sameOrganisation", sameOrganisation);
		params.put("covered", covered);
		params.put("uncovered", uncovered);
		params.put("summaries", summaries);
		params.put("locked", locked);
		jdbc.sql("""
				insert into pairing.proposal_pair (proposal_id, idx, mentor_id, mentee_id, fit, request_coverage,
				  compatibility, same_organization, covered_requests, uncovered_requests, summary, locked)
				select :proposal, s.n - 1, s.mentor, s.mentee, s.fit, s.coverage, s.compatibility, s.same_org,
				  s.covered::text[], s.uncovered::text[], s.summary, s.locked
				from unnest(:mentors::uuid[], :mentees::uuid[], :fits::int[], :coverages::float8[],
				  :compatibilities::float8[], :sameOrganisation::boolean[], :covered::text[], :uncovered::text[],
				  :summaries::text[], :locked::boolean[]) with ordinality
				  as s(mentor, mentee, fit, coverage, compatibility, same_org, covered, uncovered, summary, locked, n)
				""").paramSource(params).update();
	}

	private void unmatched(UUID proposal, List<Proposal.Unmatched> unmatched) {
		if (unmatched.isEmpty()) {
			return;
		}
		int n = unmatched.size();
		var mentees = new UUID[n];
		var reasons = new String[n];
		var messages = new String[n];
		for (int i = 0; i < n; i++) {
			var u = unmatched.get(i);
			mentees[i] = u.menteeId();
			reasons[i] = u.reason();
			messages[i] = u.message();
		}
		var params = params(proposal);
		params.put("mentees", mentees);
		params.put("reasons", reasons);
		params.put("messages", messages);
		jdbc.sql("""
				insert into pairing.proposal_unmatched (proposal_id, idx, mentee_id, reason, message)
				select :proposal, s.n - 1, s.mentee, s.reason, s.message
				from unnest(:mentees::uuid[], :reasons::text[], :messages::text[]) with ordinality
				  as s(mentee, reason, message, n)
				""").paramSource(params).update();
	}

	private void alternatives(UUID proposal, List<Proposal.Choice> choices) {
		if (choices.isEmpty()) {
			return;
		}
		int n = choices.size();
		var mentees = new UUID[n];
		var mentors = new UUID[n];
		var fits = new Integer[n];
		var freeSlots = new Boolean[n];
		for (int i = 0; i < n; i++) {
			var c = choices.get(i);
			mentees[i] = c.menteeId();
			mentors[i] = c.mentorId();
			fits[i] = c.fit();
			freeSlots[i] = c.mentorHasFreeSlot();
		}
		var params = params(proposal);
		params.put("mentees", mentees);
		params.put("mentors", mentors);
		params.put("fits", fits);
		params.put("freeSlots", freeSlots);
		jdbc.sql("""
				insert into pairing.proposal_alternative (proposal_id, idx, mentee_id, mentor_id, fit, mentor_has_free_slot)
				select :proposal, s.n - 1, s.mentee, s.mentor, s.fit, s.free_slot
				from unnest(:mentees::uuid[], :mentors::uuid[], :fits::int[], :freeSlots::boolean[]) with ordinality
				  as s(mentee, mentor, fit, free_slot, n)
				""").paramSource(params).update();
	}

	private void constraints(UUID proposal, List<Proposal.Constraint> constraints) {
		if (constraints.isEmpty()) {
			return;
		}
		int n = constraints.size();
		var kinds = new String[n];
		var mentors = new UUID[n];
		var mentees = new UUID[n];
		var applied = new Boolean[n];
		var problems = new String[n];
		for (int i = 0; i < n; i++) {
			var c = constraints.get(i);
			kinds[i] = c.kind().name();
			mentors[i] = c.mentorId();
			mentees[i] = c.menteeId();
			applied[i] = c.applied();
			problems[i] = c.problem();
		}
		var params = params(proposal);
		params.put("kinds", kinds);
		params.put("mentors", mentors);
		params.put("mentees", mentees);
		params.put("applied", applied);
		params.put("problems", problems);
		jdbc.sql("""
				insert into pairing.proposal_constraint (proposal_id, idx, kind, mentor_id, mentee_id, applied, problem)
				select :proposal, s.n - 1, s.kind, s.mentor, s.mentee, s.applied, s.problem
				from unnest(:kinds::text[], :mentors::uuid[], :mentees::uuid[], :applied::boolean[], :problems::text[])
				  with ordinality as s(kind, mentor, mentee, applied, problem, n)
				""").paramSource(params).update();
	}

	private static Map<String, Object> params(UUID proposal) {
		var params = new LinkedHashMap<String, Object>();
		params.put("proposal", proposal);
		return params;
	}

	/**
	 * A list of texts as a PostgreSQL array literal ({@code {"a","b \"c\""}}): every element quoted, its backslashes
	 * and double quotes escaped, so that any text — commas, braces, quotes, «NULL» — comes back as it was.
	 */
	static String arrayLiteral(List<String> items) {
		var literal = new StringBuilder("{");
		for (int i = 0; i < items.size(); i++) {
			if (i > 0) {
				literal.append(',');
			}
			literal.append('"');
			String item = items.get(i);
			for (int k = 0; k < item.length(); k++) {
				char c = item.charAt(k);
				if (c == '"' || c == '\\') {
					literal.append('\\');
				}
				literal.append(c);
			}
			literal.append('"');
		}
		return literal.append('}').toString();
	}
}
