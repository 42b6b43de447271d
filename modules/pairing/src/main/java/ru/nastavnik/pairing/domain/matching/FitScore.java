package ru.nastavnik.pairing.domain.matching;

import java.util.List;
import java.util.Objects;

/**
 * How well a mentor fits a mentee: the weighted mean of three parts, scaled to an integer 0..{@value #MAX}
 * so that the solver optimises exactly (no floating-point ties or drift).
 *
 * <ol>
 *   <li>requests — share of the mentee's requests covered by the mentor's competencies
 *       ({@value #NO_REQUESTS_COVERAGE} when the mentee stated no request: no mentor is better than another);</li>
 *   <li>compatibility — questionnaire compatibility in [0, 1] ({@link Compatibility#UNKNOWN_SCORE} when unknown);</li>
 *   <li>same organisation — 1 when mentor and mentee belong to the same organisation, 0 otherwise.</li>
 * </ol>
 *
 * @param value              the integer fit, 0..{@value #MAX}
 * @param requestCoverage    part (1), in [0, 1]
 * @param coveredRequests    mentee's requests the mentor covers, as the mentee wrote them, sorted
 * @param uncoveredRequests  mentee's requests the mentor does not cover, sorted
 * @param compatibility      part (2), in [0, 1]
 * @param sameOrganisation   part (3)
 * @param weights            weights used
 */
public record FitScore(
        int value,
        double requestCoverage,
        List<String> coveredRequests,
        List<String> uncoveredRequests,
        double compatibility,
        boolean sameOrganisation,
        Weights weights) {

    /** Upper bound of {@link #value()}. */
    public static final int MAX = 1000;

    /** Coverage used when the mentee stated no request. */
    public static final double NO_REQUESTS_COVERAGE = 0.5;

    public FitScore {
        coveredRequests = List.copyOf(coveredRequests);
        uncoveredRequests = List.copyOf(uncoveredRequests);
        Objects.requireNonNull(weights, "weights");
    }

    /** Number of requests the mentee stated. */
    public int requestCount() {
        return coveredRequests.size() + uncoveredRequests.size();
    }

    /**
     * The single formula behind every fit value (used both for the candidate graph and for explanations,
     * so the two always agree).
     */
    public static int compute(Weights weights, int covered, int requestCount, double compatibility,
                              boolean sameOrganisation) {
        double coverage = coverage(covered, requestCount);
        double weighted = weights.requests() * coverage
                + weights.compatibility() * compatibility
                + weights.sameOrganisation() * (sameOrganisation ? 1.0 : 0.0);
        return (int) Math.round(MAX * weighted / weights.total());
    }

    static double coverage(int covered, int requestCount) {
        return requestCount == 0 ? NO_REQUESTS_COVERAGE : (double) covered / requestCount;
    }
}
