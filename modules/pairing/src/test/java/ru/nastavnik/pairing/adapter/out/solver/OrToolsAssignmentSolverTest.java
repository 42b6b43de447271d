package ru.nastavnik.pairing.adapter.out.solver;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import ru.nastavnik.pairing.domain.matching.Assignment;
import ru.nastavnik.pairing.domain.matching.CandidateGraph;

class OrToolsAssignmentSolverTest {

    private final OrToolsAssignmentSolver solver = new OrToolsAssignmentSolver();

    /** x: A 1000, B 10; y: A 10. Total fit alone would take x–A (1000); the count comes first: x–B, y–A. */
    @Test
    void prefersMoreMatchedMenteesOverAHigherTotalFit() {
        CandidateGraph graph = new CandidateGraph(2, 2, new int[] {1, 1}, new int[] {0, 2, 3},
                new int[] {0, 1, 0}, new int[] {1000, 10, 10}, new boolean[] {true, true});

        Assignment assignment = solver.solve(graph);

        assertThat(assignment.arcOfMentee()).containsExactly(1, 2);
        assertThat(assignment.totalFit(graph)).isEqualTo(20);
    }

    @Test
    void leavesFixedMenteesAndFullMentorsAlone() {
        // mentee 0 is fixed (locked elsewhere); mentor 1 has no capacity left
        CandidateGraph graph = new CandidateGraph(3, 2, new int[] {1, 0}, new int[] {0, 1, 3, 4},
                new int[] {0, 0, 1, 1}, new int[] {900, 300, 800, 700}, new boolean[] {false, true, true});

        Assignment assignment = solver.solve(graph);

        assertThat(assignment.arcOfMentee()).containsExactly(-1, 1, -1);
    }

    @Test
    void solvesAnEmptyGraph() {
        CandidateGraph graph = new CandidateGraph(2, 0, new int[0], new int[] {0, 0, 0}, new int[0], new int[0],
                new boolean[] {true, true});

        assertThat(solver.solve(graph).arcOfMentee()).containsExactly(-1, -1);
    }

    @Test
    void fillsAMentorUpToItsCapacityWithItsBestMentees() {
        // one mentor, capacity 2, three mentees with fits 100, 700, 400
        CandidateGraph graph = new CandidateGraph(3, 1, new int[] {2}, new int[] {0, 1, 2, 3},
                new int[] {0, 0, 0}, new int[] {100, 700, 400}, new boolean[] {true, true, true});

        Assignment assignment = solver.solve(graph);

        assertThat(assignment.arcOfMentee()).containsExactly(-1, 1, 2);
        assertThat(assignment.matchedCount()).isEqualTo(2);
    }
}
