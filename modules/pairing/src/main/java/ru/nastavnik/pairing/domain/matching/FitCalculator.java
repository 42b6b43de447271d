package ru.nastavnik.pairing.domain.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Computes the {@link FitScore} of one possible pair. Requests and competencies are compared after
 * {@link #normalise(String) normalisation} (trimmed, single spaces, lower case, «ё» as «е»).
 */
public final class FitCalculator {

    private final Weights weights;

    public FitCalculator(Weights weights) {
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    public Weights weights() {
        return weights;
    }

    /**
     * Fit of a pair.
     *
     * @param compatibility questionnaire compatibility in [0, 1]
     */
    public FitScore score(MentorCandidate mentor, MenteeCandidate mentee, double compatibility) {
        checkCompatibility(compatibility);
        Set<String> competencies = new HashSet<>();
        for (String c : mentor.competencies()) {
            competencies.add(normalise(c));
        }
        List<String> covered = new ArrayList<>();
        List<String> uncovered = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String request : mentee.requests().stream().sorted(Comparator.naturalOrder()).toList()) {
            String key = normalise(request);
            if (key.isEmpty() || !seen.add(key)) {
                continue;
            }
            (competencies.contains(key) ? covered : uncovered).add(request.strip());
        }
        boolean sameOrganisation = sameOrganisation(mentor, mentee);
        int value = FitScore.compute(weights, covered.size(), covered.size() + uncovered.size(), compatibility,
                sameOrganisation);
        return new FitScore(value, FitScore.coverage(covered.size(), covered.size() + uncovered.size()),
                covered, uncovered, compatibility, sameOrganisation, weights);
    }

    static boolean sameOrganisation(MentorCandidate mentor, MenteeCandidate mentee) {
        return mentor.organisationId() != null && mentor.organisationId().equals(mentee.organisationId());
    }

    static void checkCompatibility(double compatibility) {
        if (!(compatibility >= 0.0 && compatibility <= 1.0)) {
            throw new IllegalArgumentException("совместимость по анкете должна быть в [0, 1], получено "
                    + compatibility);
        }
    }

    /** Normal form of a request or competency used for comparison. */
    public static String normalise(String text) {
        return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
