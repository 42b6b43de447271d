package ru.nastavnik.pairing.domain.matching;

import java.util.Objects;

/**
 * The solver's input: a bipartite graph of feasible (mentee, mentor) pairs with integer fits, in compact
 * array form so that dense instances (tens of millions of pairs) stay cheap. Mentees and mentors are
 * indices; the arcs of mentee {@code i} are {@code arcStart(i) .. arcStart(i + 1) - 1}, each with a mentor
 * index and a fit in 0..{@value FitScore#MAX}; a mentee has at most one arc to a mentor.
 *
 * <p>Only mentees with {@link #isFree(int)} take part in solving: the others are fixed by the curator
 * (locked pairs) and {@link #capacity(int)} is already what remains after them.
 *
 * <p>The arrays are taken over, not copied: do not change them after constructing the graph.
 */
public final class CandidateGraph {

    private final int menteeCount;
    private final int mentorCount;
    private final int[] capacity;
    private final int[] arcStart;
    private final int[] arcMentor;
    private final int[] arcFit;
    private final boolean[] free;

    /**
     * @param capacity  remaining capacity per mentor, length {@code mentorCount}
     * @param arcStart  length {@code menteeCount + 1}, non-decreasing, {@code arcStart[0] == 0}
     * @param arcMentor mentor index per arc (may be longer than {@code arcStart[menteeCount]})
     * @param arcFit    fit per arc, 0..{@value FitScore#MAX}
     * @param free      whether the mentee takes part in solving, length {@code menteeCount}
     */
    public CandidateGraph(int menteeCount, int mentorCount, int[] capacity, int[] arcStart, int[] arcMentor,
                          int[] arcFit, boolean[] free) {
        this.menteeCount = menteeCount;
        this.mentorCount = mentorCount;
        this.capacity = Objects.requireNonNull(capacity);
        this.arcStart = Objects.requireNonNull(arcStart);
        this.arcMentor = Objects.requireNonNull(arcMentor);
        this.arcFit = Objects.requireNonNull(arcFit);
        this.free = Objects.requireNonNull(free);
        if (capacity.length != mentorCount || arcStart.length != menteeCount + 1 || free.length != menteeCount
                || arcStart[0] != 0) {
            throw new IllegalArgumentException("inconsistent candidate graph dimensions");
        }
        for (int i = 0; i < menteeCount; i++) {
            if (arcStart[i + 1] < arcStart[i]) {
                throw new IllegalArgumentException("arcStart must be non-decreasing");
            }
        }
        int arcs = arcStart[menteeCount];
        if (arcMentor.length < arcs || arcFit.length < arcs) {
            throw new IllegalArgumentException("arc arrays shorter than arcStart says");
        }
        for (int a = 0; a < arcs; a++) {
            if (arcMentor[a] < 0 || arcMentor[a] >= mentorCount || arcFit[a] < 0 || arcFit[a] > FitScore.MAX) {
                throw new IllegalArgumentException("bad arc " + a);
            }
        }
        for (int c : capacity) {
            if (c < 0) {
                throw new IllegalArgumentException("negative capacity");
            }
        }
    }

    public int menteeCount() {
        return menteeCount;
    }

    public int mentorCount() {
        return mentorCount;
    }

    /** Total number of arcs (feasible pairs), locked mentees' included. */
    public int arcCount() {
        return arcStart[menteeCount];
    }

    /** Remaining capacity of a mentor. */
    public int capacity(int mentor) {
        return capacity[mentor];
    }

    /** First arc of a mentee. */
    public int arcStart(int mentee) {
        return arcStart[mentee];
    }

    /** One past the last arc of a mentee. */
    public int arcEnd(int mentee) {
        return arcStart[mentee + 1];
    }

    public int arcMentor(int arc) {
        return arcMentor[arc];
    }

    public int arcFit(int arc) {
        return arcFit[arc];
    }

    /** Whether the mentee is to be assigned by the solver (not fixed by a locked pair). */
    public boolean isFree(int mentee) {
        return free[mentee];
    }
}
