package ru.nastavnik.pairing.domain.matching;

/**
 * Port to an optimisation library. An implementation assigns each free mentee of the graph at most one
 * mentor through one of its arcs, never more mentees to a mentor than its capacity, and must be
 * <em>lexicographically optimal</em>: first the maximum number of assigned mentees, then, among all
 * assignments of that size, the maximum total fit.
 */
public interface AssignmentSolver {

    Assignment solve(CandidateGraph graph);

    /** How people are told what found a proposal when the engine is not known: the problem it solves. */
    String GENERIC_TITLE = "оптимальное назначение";

    /** Technical name, kept with each result and shown in benchmarks. */
    default String name() {
        return getClass().getSimpleName();
    }

    /** The method in Russian words, shown to people with a proposal (e.g. «поток минимальной стоимости»). */
    default String title() {
        return GENERIC_TITLE;
    }
}
