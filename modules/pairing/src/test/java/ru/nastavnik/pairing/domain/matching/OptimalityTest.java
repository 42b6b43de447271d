package ru.nastavnik.pairing.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import ru.nastavnik.pairing.adapter.out.solver.OrToolsAssignmentSolver;

/** The OR-Tools engine reaches the exhaustive optimum (matched count, then total fit) on small instances. */
class OptimalityTest {

    private static final int INSTANCES = 400;

    /** Default pricing, the whole graph at once, and pricing from one candidate (many pricing rounds). */
    @ParameterizedTest
    @ValueSource(ints = {0, Integer.MAX_VALUE, 1})
    void solverMatchesExhaustiveSearchOnSmallRandomInstances(int initialCandidates) {
        MatchingEngine engine = new MatchingEngine(initialCandidates == 0 ? new OrToolsAssignmentSolver()
                : new OrToolsAssignmentSolver(initialCandidates));
        int withLocks = 0;
        int withUnmatched = 0;
        int greedyWorse = 0;
        for (int seed = 0; seed < INSTANCES; seed++) {
            RandomInstances instances = new RandomInstances(seed);
            int mentees = 1 + instances.random().nextInt(6);
            int mentors = 1 + instances.random().nextInt(4);
            MatchingProblem problem = instances.problem(mentees, mentors, 1 + instances.random().nextInt(3));

            ExhaustiveSearch.Optimum optimum = ExhaustiveSearch.optimum(problem);
            MatchingResult result = engine.match(problem);

            assertThat(result.matchedCount()).as("matched, seed %d", seed).isEqualTo(optimum.matched());
            assertThat(result.totalFit()).as("total fit, seed %d", seed).isEqualTo(optimum.totalFit());
            withLocks += problem.locked().isEmpty() ? 0 : 1;
            withUnmatched += result.unmatched().isEmpty() ? 0 : 1;
            MatchingResult greedy = new MatchingEngine(new GreedyBaseline()).match(problem);
            if (greedy.matchedCount() < optimum.matched()
                    || (greedy.matchedCount() == optimum.matched() && greedy.totalFit() < optimum.totalFit())) {
                greedyWorse++;
            }
        }
        // the generator really exercises locks, shortages and instances where a naive choice is wrong
        assertThat(withLocks).isGreaterThan(INSTANCES / 4);
        assertThat(withUnmatched).isGreaterThan(INSTANCES / 4);
        assertThat(greedyWorse).isPositive();
    }
}
