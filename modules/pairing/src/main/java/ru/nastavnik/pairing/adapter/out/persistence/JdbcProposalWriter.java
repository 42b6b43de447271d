package ru.nastavnik.pairing.adapter.out.persistence;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.IntFunction;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.domain.Proposal;
import ru.nastavnik.pairing.domain.ProposalWriter;
import ru.nastavnik.platform.db.PostgresArrays;

/**
 * A matching run's proposal written as five statements at most: its row, then each child table's rows in one
 * {@code insert … select … from unnest(…)} — one array per column, in the list's order, {@code idx} from the arrays'
 * ordinality as Spring Data JDBC numbers a list (from 0). A run of a few hundred mentees has hundreds of pairs,
 * alternatives and unmatched mentees; inserted one by one they were most of the run's cost (docs/benchmarks.md).
 * A pair's covered and uncovered requests travel as one array literal per row ({@link PostgresArrays}), cast back to
 * {@code text[]}.
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
		var params = params(proposal);
		params.put("mentors", column(pairs, UUID[]::new, Proposal.Pair::mentorId));
		params.put("mentees", column(pairs, UUID[]::new, Proposal.Pair::menteeId));
		params.put("fits", column(pairs, Integer[]::new, Proposal.Pair::fit));
		params.put("coverages", column(pairs, Double[]::new, Proposal.Pair::requestCoverage));
		params.put("compatibilities", column(pairs, Double[]::new, Proposal.Pair::compatibility));
		params.put("sameOrganisation", column(pairs, Boolean[]::new, Proposal.Pair::sameOrganization));
		params.put("covered", column(pairs, String[]::new, x -> PostgresArrays.textArray(x.coveredRequests())));
		params.put("uncovered", column(pairs, String[]::new, x -> PostgresArrays.textArray(x.uncoveredRequests())));
		params.put("summaries", column(pairs, String[]::new, Proposal.Pair::summary));
		params.put("locked", column(pairs, Boolean[]::new, Proposal.Pair::locked));
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
		var params = params(proposal);
		params.put("mentees", column(unmatched, UUID[]::new, Proposal.Unmatched::menteeId));
		params.put("reasons", column(unmatched, String[]::new, Proposal.Unmatched::reason));
		params.put("messages", column(unmatched, String[]::new, Proposal.Unmatched::message));
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
		var params = params(proposal);
		params.put("mentees", column(choices, UUID[]::new, Proposal.Choice::menteeId));
		params.put("mentors", column(choices, UUID[]::new, Proposal.Choice::mentorId));
		params.put("fits", column(choices, Integer[]::new, Proposal.Choice::fit));
		params.put("freeSlots", column(choices, Boolean[]::new, Proposal.Choice::mentorHasFreeSlot));
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
		var params = params(proposal);
		params.put("kinds", column(constraints, String[]::new, c -> c.kind().name()));
		params.put("mentors", column(constraints, UUID[]::new, Proposal.Constraint::mentorId));
		params.put("mentees", column(constraints, UUID[]::new, Proposal.Constraint::menteeId));
		params.put("applied", column(constraints, Boolean[]::new, Proposal.Constraint::applied));
		params.put("problems", column(constraints, String[]::new, Proposal.Constraint::problem));
		jdbc.sql("""
				insert into pairing.proposal_constraint (proposal_id, idx, kind, mentor_id, mentee_id, applied, problem)
				select :proposal, s.n - 1, s.kind, s.mentor, s.mentee, s.applied, s.problem
				from unnest(:kinds::text[], :mentors::uuid[], :mentees::uuid[], :applied::boolean[], :problems::text[])
				  with ordinality as s(kind, mentor, mentee, applied, problem, n)
				""").paramSource(params).update();
	}

	/** One column of the rows as a typed array (the driver binds it as a PostgreSQL array of that type). */
	private static <T, V> V[] column(List<T> rows, IntFunction<V[]> array, Function<T, V> value) {
		V[] values = array.apply(rows.size());
		for (int i = 0; i < values.length; i++) {
			values[i] = value.apply(rows.get(i));
		}
		return values;
	}

	private static Map<String, Object> params(UUID proposal) {
		var params = new LinkedHashMap<String, Object>();
		params.put("proposal", proposal);
		return params;
	}
}
