package ru.nastavnik.pairing.domain.matching;

/**
 * A solver's answer: for each mentee of the {@link CandidateGraph}, the chosen arc index or {@code -1}.
 * Only free mentees may have an arc.
 */
public record Assignment(int[] arcOfMentee) {

    /** Number of mentees with an arc. */
    public int matchedCount() {
        int n = 0;
        for (int arc : arcOfMentee) {
            if (arc >= 0) {
                n++;
            }
        }
        return n;
    }

    /** Sum of the fits of the chosen arcs. */
    public long totalFit(CandidateGraph graph) {
        long total = 0;
        for (int arc : arcOfMentee) {
            if (arc >= 0) {
                total += graph.arcFit(arc);
            }
        }
        return total;
    }
}
