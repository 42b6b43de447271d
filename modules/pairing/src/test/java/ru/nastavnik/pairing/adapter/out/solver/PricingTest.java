package ru.nastavnik.pairing.adapter.out.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;
import ru.nastavnik.pairing.domain.matching.Assignment;
import ru.nastavnik.pairing.domain.matching.CandidateGraph;

/** Pricing from a few candidates per mentee reaches the same optimum as the whole graph at once. */
class PricingTest {

    @Test
    void pricingReachesTheWholeGraphOptimumOnDenseRandomGraphs() {
        OrToolsAssignmentSolver whole = OrToolsAssignmentSolver.allArcsAtOnce();
        int pricedMoreThanOnce = 0;
        for (int seed = 0; seed < 30; seed++) {
            Random random = new Random(seed);
            CandidateGraph graph = denseGraph(random, 100 + random.nextInt(200), 20 + random.nextInt(40));
            for (int initial : new int[] {1, 3, 10}) {
                OrToolsAssignmentSolver.Solution priced = new OrToolsAssignmentSolver(initial).solveWithStatistics(graph);
                Assignment reference = whole.solve(graph);

                assertThat(priced.assignment().matchedCount()).as("seed %d, K %d", seed, initial)
                        .isEqualTo(reference.matchedCount());
                assertThat(priced.assignment().totalFit(graph)).as("seed %d, K %d", seed, initial)
                        .isEqualTo(reference.totalFit(graph));
                assertThat(priced.statistics().arcsInLastRound()).isLessThanOrEqualTo(priced.statistics().usableArcs());
                pricedMoreThanOnce += priced.statistics().rounds() > 1 ? 1 : 0;
            }
        }
        assertThat(pricedMoreThanOnce).as("the pricing loop really ran").isPositive();
    }

    @Test
    void givesUpPricingAfterTheRoundLimitAndSolvesTheWholeGraph() {
        CandidateGraph graph = denseGraph(new Random(99), 300, 50);
        OrToolsAssignmentSolver.Solution capped = new OrToolsAssignmentSolver(1, 1).solveWithStatistics(graph);
        Assignment reference = OrToolsAssignmentSolver.allArcsAtOnce().solve(graph);

        assertThat(capped.statistics().rounds()).isEqualTo(2);
        assertThat(capped.statistics().arcsInLastRound()).isEqualTo(capped.statistics().usableArcs());
        assertThat(capped.assignment().matchedCount()).isEqualTo(reference.matchedCount());
        assertThat(capped.assignment().totalFit(graph)).isEqualTo(reference.totalFit(graph));
    }

    /** Every mentee with every mentor, some mentors full already, a few mentees fixed; fits in clusters. */
    private static CandidateGraph denseGraph(Random random, int n, int m) {
        int[] capacity = new int[m];
        for (int j = 0; j < m; j++) {
            capacity[j] = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(4);
        }
        int[] start = new int[n + 1];
        int[] mentor = new int[n * m];
        int[] fit = new int[n * m];
        boolean[] free = new boolean[n];
        int a = 0;
        for (int i = 0; i < n; i++) {
            start[i] = a;
            free[i] = random.nextInt(20) != 0;
            int base = random.nextInt(600);
            for (int j = 0; j < m; j++) {
                if (random.nextInt(10) == 0) {
                    continue;
                }
                mentor[a] = j;
                fit[a] = Math.min(1000, base + random.nextInt(400));
                a++;
            }
        }
        start[n] = a;
        return new CandidateGraph(n, m, capacity, start, Arrays.copyOf(mentor, a), Arrays.copyOf(fit, a), free);
    }
}
