package ru.nastavnik.pairing.domain.matching;

import java.util.Arrays;

/**
 * Comparison baseline only (benchmark and tests; deliberately not in the production code): takes the
 * feasible pairs by fit, best first, while the mentee is unmatched and the mentor has capacity left.
 * Pairs are ordered by a counting sort on the fit (0..{@value FitScore#MAX}), ties in graph order,
 * so the baseline is as fast as a greedy can be — O(pairs).
 */
public final class GreedyBaseline implements AssignmentSolver {

    @Override
    public Assignment solve(CandidateGraph graph) {
        int n = graph.menteeCount();
        int arcs = graph.arcCount();
        int[] count = new int[FitScore.MAX + 2];
        for (int a = 0; a < arcs; a++) {
            count[FitScore.MAX - graph.arcFit(a) + 1]++;
        }
        for (int f = 1; f < count.length; f++) {
            count[f] += count[f - 1];
        }
        int[] order = new int[arcs];
        int[] menteeOfArc = new int[arcs];
        for (int i = 0; i < n; i++) {
            for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++) {
                menteeOfArc[a] = i;
                order[count[FitScore.MAX - graph.arcFit(a)]++] = a;
            }
        }
        int[] left = new int[graph.mentorCount()];
        for (int j = 0; j < left.length; j++) {
            left[j] = graph.capacity(j);
        }
        int[] result = new int[n];
        Arrays.fill(result, -1);
        for (int a : order) {
            int i = menteeOfArc[a];
            int j = graph.arcMentor(a);
            if (graph.isFree(i) && result[i] < 0 && left[j] > 0) {
                result[i] = a;
                left[j]--;
            }
        }
        return new Assignment(result);
    }

    @Override
    public String name() {
        return "greedy baseline";
    }
}
