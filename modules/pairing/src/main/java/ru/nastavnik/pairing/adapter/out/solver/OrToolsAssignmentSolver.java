package ru.nastavnik.pairing.adapter.out.solver;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.ArrayDeque;
import java.util.Arrays;
import ru.nastavnik.pairing.domain.matching.Assignment;
import ru.nastavnik.pairing.domain.matching.AssignmentSolver;
import ru.nastavnik.pairing.domain.matching.CandidateGraph;
import ru.nastavnik.pairing.domain.matching.FitScore;

/**
 * {@link AssignmentSolver} on OR-Tools' min-cost flow ({@code SimpleMinCostFlow}, Java class
 * {@link MinCostFlow}).
 *
 * <p><b>Network.</b> source → each free mentee (capacity 1, cost 0) → each candidate mentor (capacity 1,
 * cost {@code -fit}) → sink (capacity = the mentor's capacity left after locked pairs, cost 0).
 * {@code solveMaxFlowWithMinCost} finds the maximum flow — the most mentees matched — and then the minimum
 * cost among maximum flows — the largest total fit: exactly the port's lexicographic objective, exact on
 * integers, and integral (min-cost-flow integrality), so mentee → mentor flows are 0/1.
 *
 * <p><b>Pricing (exact on dense graphs).</b> A dense graph (every mentee with every mentor) makes the flow
 * network large while almost all pairs are poor. So the solver starts from each mentee's best
 * {@code initialCandidates} arcs, solves that, and then proves or improves the answer on the whole graph
 * with LP duality: the lexicographic objective is the weight {@code M + fit} with
 * {@code M = 1000 × (mentees + 1)}; from the restricted optimum it derives mentor prices {@code v} (the
 * least solution of the complementary-slackness constraints, a longest-path computation over mentors) and
 * mentee prices {@code u}; if every arc left out satisfies {@code u + v >= M + fit}, the prices are a
 * feasible dual of the whole problem and the answer is optimal for it; otherwise the violating arcs are
 * added and the restricted problem is solved again. The loop ends at a proven optimum; after
 * {@code maxPricingRounds} restricted problems every arc is taken in, which bounds the worst case. With {@link #allArcsAtOnce()} the whole graph goes to OR-Tools in one piece.
 *
 * <p>Thread-safe: every call builds its own networks. The native library is loaded once per JVM.
 */
public final class OrToolsAssignmentSolver implements AssignmentSolver {

    /** Default number of best arcs per mentee in the first restricted problem. */
    public static final int DEFAULT_INITIAL_CANDIDATES = 40;

    /**
     * Restricted problems solved before the solver gives up pricing and takes every arc in (bounds the
     * worst case at this many cheap rounds plus one whole-graph solve; typical dense instances need 1–3).
     */
    public static final int DEFAULT_MAX_PRICING_ROUNDS = 10;

    private final int initialCandidates;
    private final int maxPricingRounds;

    /** Solver with pricing from {@value #DEFAULT_INITIAL_CANDIDATES} best candidates per mentee. */
    public OrToolsAssignmentSolver() {
        this(DEFAULT_INITIAL_CANDIDATES);
    }

    /** @param initialCandidates best arcs per mentee in the first restricted problem, at least 1 */
    public OrToolsAssignmentSolver(int initialCandidates) {
        this(initialCandidates, DEFAULT_MAX_PRICING_ROUNDS);
    }

    /**
     * @param initialCandidates best arcs per mentee in the first restricted problem, at least 1
     * @param maxPricingRounds  restricted problems before every arc is taken in, at least 1
     */
    public OrToolsAssignmentSolver(int initialCandidates, int maxPricingRounds) {
        if (initialCandidates < 1 || maxPricingRounds < 1) {
            throw new IllegalArgumentException("initialCandidates and maxPricingRounds must be positive");
        }
        this.initialCandidates = initialCandidates;
        this.maxPricingRounds = maxPricingRounds;
    }

    /** Solver that hands the whole candidate graph to OR-Tools at once (no pricing). */
    public static OrToolsAssignmentSolver allArcsAtOnce() {
        return new OrToolsAssignmentSolver(Integer.MAX_VALUE);
    }

    /** What one solve took: restricted problems solved, arcs in the last one, usable arcs in the graph. */
    public record Statistics(int rounds, long arcsInLastRound, long usableArcs) {
    }

    /** An assignment with its statistics. */
    public record Solution(Assignment assignment, Statistics statistics) {
    }

    @Override
    public Assignment solve(CandidateGraph graph) {
        return solveWithStatistics(graph).assignment();
    }

    @Override
    public String name() {
        return "OR-Tools min-cost flow";
    }

    @Override
    public String title() {
        return "поток минимальной стоимости";
    }

    /** Solves and reports how many pricing rounds it took. */
    public Solution solveWithStatistics(CandidateGraph graph) {
        int n = graph.menteeCount();
        boolean[] active = new boolean[graph.arcCount()];
        long usable = 0;
        long inPlay = 0;
        for (int i = 0; i < n; i++) {
            if (graph.isFree(i)) {
                usable += selectBest(graph, i, active);
            }
        }
        for (boolean a : active) {
            inPlay += a ? 1 : 0;
        }
        int rounds = 0;
        while (true) {
            rounds++;
            int[] chosen = solveRestricted(graph, active);
            if (inPlay == usable) {
                return new Solution(new Assignment(chosen), new Statistics(rounds, inPlay, usable));
            }
            long added = addViolatedArcs(graph, active, chosen);
            if (added == 0) {
                return new Solution(new Assignment(chosen), new Statistics(rounds, inPlay, usable));
            }
            inPlay += added;
            if (rounds >= maxPricingRounds) {
                for (int i = 0; i < graph.menteeCount(); i++) {
                    for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++) {
                        active[a] = graph.isFree(i) && usable(graph, a);
                    }
                }
                inPlay = usable;
            }
        }
    }

    private static boolean usable(CandidateGraph graph, int arc) {
        return graph.capacity(graph.arcMentor(arc)) > 0;
    }

    /** Activates the mentee's best usable arcs (ties in graph order); returns how many usable arcs it has. */
    private int selectBest(CandidateGraph graph, int mentee, boolean[] active) {
        int usable = 0;
        for (int a = graph.arcStart(mentee); a < graph.arcEnd(mentee); a++) {
            usable += usable(graph, a) ? 1 : 0;
        }
        if (usable <= initialCandidates) {
            for (int a = graph.arcStart(mentee); a < graph.arcEnd(mentee); a++) {
                active[a] = usable(graph, a);
            }
            return usable;
        }
        int[] histogram = new int[FitScore.MAX + 1];
        for (int a = graph.arcStart(mentee); a < graph.arcEnd(mentee); a++) {
            if (usable(graph, a)) {
                histogram[graph.arcFit(a)]++;
            }
        }
        int threshold = FitScore.MAX;
        int above = 0;
        while (above + histogram[threshold] < initialCandidates) {
            above += histogram[threshold--];
        }
        int atThreshold = initialCandidates - above;
        for (int a = graph.arcStart(mentee); a < graph.arcEnd(mentee); a++) {
            if (!usable(graph, a)) {
                continue;
            }
            int fit = graph.arcFit(a);
            if (fit > threshold || (fit == threshold && atThreshold-- > 0)) {
                active[a] = true;
            }
        }
        return usable;
    }

    /** Lexicographic optimum on the active arcs, by OR-Tools. */
    private static int[] solveRestricted(CandidateGraph graph, boolean[] active) {
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        int[] result = new int[n];
        Arrays.fill(result, -1);
        int arcs = 0;
        int mentees = 0;
        for (int i = 0; i < n; i++) {
            int before = arcs;
            for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++) {
                arcs += active[a] ? 1 : 0;
            }
            mentees += arcs > before ? 1 : 0;
        }
        if (arcs == 0) {
            return result;
        }
        Native.ensureLoaded();
        int source = n + m;
        int sink = n + m + 1;
        MinCostFlow flow = new MinCostFlow(n + m + 2, mentees + arcs + m);
        try {
            // mentee -> mentor arcs first, so that their OR-Tools ids are firstArc, firstArc + 1, ...
            int firstArc = -1;
            int k = 0;
            for (int i = 0; i < n; i++) {
                for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++) {
                    if (!active[a]) {
                        continue;
                    }
                    int id = flow.addArcWithCapacityAndUnitCost(i, n + graph.arcMentor(a), 1, -graph.arcFit(a));
                    if (firstArc < 0) {
                        firstArc = id;
                    } else if (id != firstArc + k) {
                        throw new IllegalStateException("OR-Tools arc ids are not consecutive");
                    }
                    k++;
                }
            }
            boolean[] hasArc = new boolean[n];
            for (int i = 0; i < n; i++) {
                for (int a = graph.arcStart(i); a < graph.arcEnd(i) && !hasArc[i]; a++) {
                    hasArc[i] = active[a];
                }
                if (hasArc[i]) {
                    flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
                }
            }
            for (int j = 0; j < m; j++) {
                if (graph.capacity(j) > 0) {
                    flow.addArcWithCapacityAndUnitCost(n + j, sink, graph.capacity(j), 0);
                }
            }
            // supplies only mark source and sink: solveMaxFlowWithMinCost does not need them met
            flow.setNodeSupply(source, mentees);
            flow.setNodeSupply(sink, -mentees);
            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("OR-Tools min-cost flow ended with " + status);
            }
            k = 0;
            for (int i = 0; i < n; i++) {
                for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++) {
                    if (active[a] && flow.getFlow(firstArc + k++) > 0) {
                        result[i] = a;
                    }
                }
            }
            return result;
        } finally {
            flow.delete();
        }
    }

    /**
     * Dual check of the restricted optimum against the whole graph; activates every usable arc whose
     * reduced weight {@code M + fit - u - v} is positive and returns how many it activated (0 = optimal).
     */
    private static long addViolatedArcs(CandidateGraph graph, boolean[] active, int[] chosen) {
        int n = graph.menteeCount();
        long big = (long) FitScore.MAX * (n + 1);
        long[] v = mentorPrices(graph, active, chosen, big);
        long added = 0;
        for (int i = 0; i < n; i++) {
            if (!graph.isFree(i)) {
                continue;
            }
            long u = chosen[i] >= 0 ? big + graph.arcFit(chosen[i]) - v[graph.arcMentor(chosen[i])] : 0;
            for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++) {
                if (!active[a] && usable(graph, a) && big + graph.arcFit(a) > u + v[graph.arcMentor(a)]) {
                    active[a] = true;
                    added++;
                }
            }
        }
        return added;
    }

    /**
     * Least mentor prices satisfying complementary slackness with the restricted optimum: {@code v >= 0};
     * {@code v[j] >= M + fit(i, j)} for an unmatched mentee {@code i}; {@code v[j] >= v[k] + fit(i, j) -
     * fit(i, k)} for a mentee {@code i} matched to {@code k}. A longest-path problem over mentors, solved
     * with a queue-based Bellman–Ford; optimality of the restricted solution rules out positive cycles.
     */
    private static long[] mentorPrices(CandidateGraph graph, boolean[] active, int[] chosen, long big) {
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        long[] v = new long[m];
        int[] degree = new int[m + 1];
        for (int i = 0; i < n; i++) {
            if (!graph.isFree(i)) {
                continue;
            }
            for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++) {
                if (!active[a]) {
                    continue;
                }
                int j = graph.arcMentor(a);
                if (chosen[i] < 0) {
                    v[j] = Math.max(v[j], big + graph.arcFit(a));
                } else if (a != chosen[i]) {
                    degree[graph.arcMentor(chosen[i]) + 1]++;
                }
            }
        }
        for (int k = 0; k < m; k++) {
            degree[k + 1] += degree[k];
        }
        int[] head = new int[degree[m]];
        int[] weight = new int[degree[m]];
        int[] fill = Arrays.copyOf(degree, m);
        for (int i = 0; i < n; i++) {
            if (!graph.isFree(i) || chosen[i] < 0) {
                continue;
            }
            int k = graph.arcMentor(chosen[i]);
            for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++) {
                if (active[a] && a != chosen[i]) {
                    head[fill[k]] = graph.arcMentor(a);
                    weight[fill[k]++] = graph.arcFit(a) - graph.arcFit(chosen[i]);
                }
            }
        }
        ArrayDeque<Integer> queue = new ArrayDeque<>();
        boolean[] queued = new boolean[m];
        int[] enqueued = new int[m];
        for (int k = 0; k < m; k++) {
            queue.add(k);
            queued[k] = true;
        }
        while (!queue.isEmpty()) {
            int k = queue.poll();
            queued[k] = false;
            for (int e = degree[k]; e < degree[k + 1]; e++) {
                int j = head[e];
                long candidate = v[k] + weight[e];
                if (candidate > v[j]) {
                    v[j] = candidate;
                    if (!queued[j]) {
                        // FIFO Bellman–Ford enqueues a node at most m times unless a positive cycle exists
                        if (++enqueued[j] > m) {
                            throw new IllegalStateException("restricted solution is not optimal: positive cycle");
                        }
                        queued[j] = true;
                        queue.add(j);
                    }
                }
            }
        }
        return v;
    }

    /** Loads the native OR-Tools libraries on first use, once. */
    private static final class Native {
        static {
            Loader.loadNativeLibraries();
        }

        static void ensureLoaded() {
            // class initialisation above does the work
        }
    }
}
