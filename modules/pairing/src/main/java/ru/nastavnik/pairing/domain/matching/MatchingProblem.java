package ru.nastavnik.pairing.domain.matching;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One matching run: a whole programme of one form at once.
 *
 * @param form          hard rules of the form of mentorship
 * @param mentors       mentor candidates (distinct participant ids)
 * @param mentees       mentee candidates (distinct participant ids)
 * @param locked        pairs the curator fixed: they are in the result and consume the mentor's capacity
 * @param forbidden     pairs the curator excluded: never proposed
 * @param compatibility questionnaire compatibility ({@link Compatibility#UNKNOWN} if none)
 * @param weights       weights of the fit ({@link Weights#DEFAULT})
 */
public record MatchingProblem(
        FormRules form,
        List<MentorCandidate> mentors,
        List<MenteeCandidate> mentees,
        Set<PairKey> locked,
        Set<PairKey> forbidden,
        Compatibility compatibility,
        Weights weights) {

    public MatchingProblem {
        Objects.requireNonNull(form, "form");
        mentors = List.copyOf(mentors);
        mentees = List.copyOf(mentees);
        locked = locked == null ? Set.of() : Set.copyOf(locked);
        forbidden = forbidden == null ? Set.of() : Set.copyOf(forbidden);
        compatibility = compatibility == null ? Compatibility.UNKNOWN : compatibility;
        weights = weights == null ? Weights.DEFAULT : weights;
    }

    /** A run without curator constraints, unknown compatibility and default weights. */
    public static MatchingProblem of(FormRules form, List<MentorCandidate> mentors, List<MenteeCandidate> mentees) {
        return new MatchingProblem(form, mentors, mentees, Set.of(), Set.of(), Compatibility.UNKNOWN,
                Weights.DEFAULT);
    }

    public MatchingProblem withLocked(Set<PairKey> pairs) {
        return new MatchingProblem(form, mentors, mentees, pairs, forbidden, compatibility, weights);
    }

    public MatchingProblem withForbidden(Set<PairKey> pairs) {
        return new MatchingProblem(form, mentors, mentees, locked, pairs, compatibility, weights);
    }

    public MatchingProblem withCompatibility(Compatibility value) {
        return new MatchingProblem(form, mentors, mentees, locked, forbidden, value, weights);
    }

    public MatchingProblem withWeights(Weights value) {
        return new MatchingProblem(form, mentors, mentees, locked, forbidden, compatibility, value);
    }
}
