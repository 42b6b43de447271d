package ru.nastavnik.pairing.domain.matching;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The proposal for a whole programme.
 *
 * @param form               the form the run was made for
 * @param pairs              locked and proposed pairs, by mentor then mentee input order
 * @param groups             the same pairs grouped by mentor (mentors without mentees left out)
 * @param unmatched          mentees without a mentor, with the reason
 * @param alternatives       per mentee (every mentee of the input, in input order), up to
 *                           {@value MatchingEngine#ALTERNATIVES} best feasible mentors not chosen for them
 * @param matchedCount       number of pairs (locked included)
 * @param totalFit           sum of the fits of all pairs (locked included)
 * @param candidatePairCount number of feasible (mentee, mentor) pairs considered
 * @param solveTime          time spent in the solver
 * @param totalTime          time of the whole run (checks, fits, solver, explanations)
 * @param solverName         which {@link AssignmentSolver} produced it
 */
public record MatchingResult(
        FormRules form,
        List<ProposedPair> pairs,
        List<MentorGroup> groups,
        List<UnmatchedMentee> unmatched,
        Map<UUID, List<Alternative>> alternatives,
        int matchedCount,
        long totalFit,
        long candidatePairCount,
        Duration solveTime,
        Duration totalTime,
        String solverName) {

    public MatchingResult {
        pairs = List.copyOf(pairs);
        groups = List.copyOf(groups);
        unmatched = List.copyOf(unmatched);
        alternatives = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(alternatives));
    }

    /** The pair of a mentee, if any. */
    public Optional<ProposedPair> pairOf(UUID menteeId) {
        return pairs.stream().filter(p -> p.menteeId().equals(menteeId)).findFirst();
    }

    /** The reason a mentee is unmatched, if it is. */
    public Optional<UnmatchedMentee> unmatchedOf(UUID menteeId) {
        return unmatched.stream().filter(u -> u.menteeId().equals(menteeId)).findFirst();
    }

    /** Alternatives for a mentee (empty if none or unknown mentee). */
    public List<Alternative> alternativesFor(UUID menteeId) {
        return alternatives.getOrDefault(menteeId, List.of());
    }
}
