package ru.nastavnik.pairing.domain;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Transient;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

import ru.nastavnik.pairing.domain.matching.Alternative;
import ru.nastavnik.pairing.domain.matching.Criterion;
import ru.nastavnik.pairing.domain.matching.MatchingResult;
import ru.nastavnik.pairing.domain.matching.PairKey;
import ru.nastavnik.pairing.domain.matching.ProposedPair;
import ru.nastavnik.pairing.domain.matching.UnmatchedMentee;
import ru.nastavnik.pairing.domain.matching.Weights;

/**
 * One matching run of a programme for one form, as the curator sees it: the proposed pairs with their explanations,
 * the unmatched mentees with reasons, every mentee's next best alternatives, and the curator's locks and bans it was run
 * with (each applied or not, and why). Immutable once made; a re-run is a new proposal.
 */
@Table(schema = "pairing", name = "proposal")
public class Proposal {

	@Id
	private UUID id;

	private UUID programmeId;

	private String formCode;

	private String formName;

	private boolean onlyTrainedMentors;

	private int mentorCount;

	private int menteeCount;

	private int matchedCount;

	private long totalFit;

	private long candidatePairCount;

	private long solveMillis;

	private long totalMillis;

	private String solverName;

	private Instant createdAt;

	/** The weights the fits were computed with (the programme's at the time of the run). */
	private double weightRequests;

	private double weightCompatibility;

	private double weightSameOrg;

	@MappedCollection(idColumn = "proposal_id", keyColumn = "idx")
	private List<Pair> pairs = new ArrayList<>();

	@MappedCollection(idColumn = "proposal_id", keyColumn = "idx")
	private List<Unmatched> unmatched = new ArrayList<>();

	@MappedCollection(idColumn = "proposal_id", keyColumn = "idx")
	private List<Choice> alternatives = new ArrayList<>();

	/** Whether the run recorded its constraints (proposals made before issue 16 did not). */
	private boolean constraintsRecorded;

	@MappedCollection(idColumn = "proposal_id", keyColumn = "idx")
	private List<Constraint> constraints = new ArrayList<>();

	@Version
	private Integer version;

	/** {@link #alternatives} by mentee, made on first use (the proposal never changes); not a column. */
	@Transient
	private Map<UUID, List<Choice>> alternativesByMentee;

	/** A proposed pair with the parts of its fit. */
	@Table(schema = "pairing", name = "proposal_pair")
	public record Pair(UUID mentorId, UUID menteeId, int fit, double requestCoverage, double compatibility,
			boolean sameOrganization, List<String> coveredRequests, List<String> uncoveredRequests, String summary,
			boolean locked) {

		static Pair of(ProposedPair p) {
			var f = p.fit();
			return new Pair(p.mentorId(), p.menteeId(), f.value(), f.requestCoverage(), f.compatibility(),
					f.sameOrganisation(), f.coveredRequests(), f.uncoveredRequests(), p.explanation().summary(), p.locked());
		}

		/** The explanation's parts: criterion, value in [0, 1]. */
		public Map<Criterion, Double> parts() {
			var parts = new LinkedHashMap<Criterion, Double>();
			parts.put(Criterion.REQUESTS, requestCoverage);
			parts.put(Criterion.COMPATIBILITY, compatibility);
			parts.put(Criterion.SAME_ORGANISATION, sameOrganization ? 1.0 : 0.0);
			return parts;
		}
	}

	/** A mentee left without a mentor, with the reason. */
	@Table(schema = "pairing", name = "proposal_unmatched")
	public record Unmatched(UUID menteeId, String reason, String message) {
	}

	/** One of a mentee's next best mentors. */
	@Table(schema = "pairing", name = "proposal_alternative")
	public record Choice(UUID menteeId, UUID mentorId, int fit, boolean mentorHasFreeSlot) {
	}

	/**
	 * One of the curator's locks or bans as this run saw it: applied, or left out with the reason (naming the people).
	 */
	@Table(schema = "pairing", name = "proposal_constraint")
	public record Constraint(ConstraintKind kind, UUID mentorId, UUID menteeId, boolean applied, String problem) {

		static Constraint of(ConstraintCheck.Verdict v) {
			return new Constraint(v.kind(), v.pair().mentorId(), v.pair().menteeId(), v.applied(), v.problem());
		}

		public PairKey pair() {
			return new PairKey(mentorId, menteeId);
		}
	}

	Proposal() {
	}

	/** The run's result with the curator's constraints it was made with (their verdicts). */
	public static Proposal of(UUID programmeId, MatchingResult result, Weights weights, int mentorCount, int menteeCount,
			List<ConstraintCheck.Verdict> constraints) {
		var p = new Proposal();
		p.constraintsRecorded = true;
		constraints.forEach(v -> p.constraints.add(Constraint.of(v)));
		p.weightRequests = weights.requests();
		p.weightCompatibility = weights.compatibility();
		p.weightSameOrg = weights.sameOrganisation();
		p.id = UUID.randomUUID();
		p.programmeId = programmeId;
		p.formCode = result.form().code();
		p.formName = result.form().name();
		p.onlyTrainedMentors = result.form().requireTrainedMentors();
		p.mentorCount = mentorCount;
		p.menteeCount = menteeCount;
		p.matchedCount = result.matchedCount();
		p.totalFit = result.totalFit();
		p.candidatePairCount = result.candidatePairCount();
		p.solveMillis = result.solveTime().toMillis();
		p.totalMillis = result.totalTime().toMillis();
		p.solverName = result.solverName();
		p.createdAt = Instant.now().truncatedTo(ChronoUnit.MICROS); // as PostgreSQL keeps it: read back equal
		for (ProposedPair pair : result.pairs()) {
			p.pairs.add(Pair.of(pair));
		}
		for (UnmatchedMentee u : result.unmatched()) {
			p.unmatched.add(new Unmatched(u.menteeId(), u.reason().name(), u.message()));
		}
		for (var entry : result.alternatives().entrySet()) {
			for (Alternative a : entry.getValue()) {
				p.alternatives.add(new Choice(entry.getKey(), a.mentorId(), a.fit(), a.mentorHasFreeSlot()));
			}
		}
		return p;
	}

	/** Pairs grouped by mentor, in the order they were proposed (a group when a mentor has several mentees). */
	public Map<UUID, List<Pair>> groups() {
		var groups = new LinkedHashMap<UUID, List<Pair>>();
		for (Pair pair : pairs) {
			groups.computeIfAbsent(pair.mentorId(), k -> new ArrayList<>()).add(pair);
		}
		return groups;
	}

	/** A mentee's next best mentors, in the run's order. */
	public List<Choice> alternativesFor(UUID menteeId) {
		if (alternativesByMentee == null) { // grouped once: a view asks for every mentee's, hundreds in a large run
			var grouped = new LinkedHashMap<UUID, List<Choice>>();
			alternatives.forEach(a -> grouped.computeIfAbsent(a.menteeId(), k -> new ArrayList<>()).add(a));
			grouped.replaceAll((k, v) -> List.copyOf(v));
			alternativesByMentee = grouped;
		}
		return alternativesByMentee.getOrDefault(menteeId, List.of());
	}

	public Optional<Pair> pairOf(UUID menteeId) {
		return pairs.stream().filter(p -> p.menteeId().equals(menteeId)).findFirst();
	}

	public UUID id() {
		return id;
	}

	/** The weights the fits of this run were computed with. */
	public Weights weights() {
		return new Weights(weightRequests, weightCompatibility, weightSameOrg);
	}

	public UUID programmeId() {
		return programmeId;
	}

	public String formCode() {
		return formCode;
	}

	public String formName() {
		return formName;
	}

	public boolean onlyTrainedMentors() {
		return onlyTrainedMentors;
	}

	public int mentorCount() {
		return mentorCount;
	}

	public int menteeCount() {
		return menteeCount;
	}

	public int matchedCount() {
		return matchedCount;
	}

	public long totalFit() {
		return totalFit;
	}

	public long candidatePairCount() {
		return candidatePairCount;
	}

	public long solveMillis() {
		return solveMillis;
	}

	public long totalMillis() {
		return totalMillis;
	}

	public String solverName() {
		return solverName;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public List<Pair> pairs() {
		return List.copyOf(pairs);
	}

	public List<Unmatched> unmatched() {
		return List.copyOf(unmatched);
	}

	public List<Choice> alternatives() {
		return List.copyOf(alternatives);
	}

	public boolean constraintsRecorded() {
		return constraintsRecorded;
	}

	/** The curator's locks and bans this run was made with, oldest first (empty if not recorded). */
	public List<Constraint> constraints() {
		return List.copyOf(constraints);
	}
}
