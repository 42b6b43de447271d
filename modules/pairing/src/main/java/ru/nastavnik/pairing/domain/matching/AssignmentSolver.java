package ru.nastavnik.pairing.domain.matching;

/**
 * Port to an optimisation library. An implementation assigns each free mentee of the graph at most one
 * mentor through one of its arcs, never more mentees to a mentor than its capacity, and must be
 * <em>lexicographically optimal</em>: first the maximum number of assigned mentees, then, among all
 * assignments of that size, the maximum total fit.
 */
public interface AssignmentSolver {

    Assignment solve(CandidateGraph graph);

    /** Name shown in results and benchmarks. */
    default String name() {
        return getClass().getSimpleName();
    }
}
