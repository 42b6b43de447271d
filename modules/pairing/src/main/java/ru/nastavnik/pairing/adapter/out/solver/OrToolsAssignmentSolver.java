package ru.nastavnik.pairing.adapter.out.solver;

import com.google.ortools.Loader;
import com.google.ortools.graph.MinCostFlow;
import com.google.ortools.graph.MinCostFlowBase;
import java.util.Arrays;
import ru.nastavnik.pairing.domain.matching.Assignment;
import ru.nastavnik.pairing.domain.matching.AssignmentSolver;
import ru.nastavnik.pairing.domain.matching.CandidateGraph;

/**
 * {@link AssignmentSolver} on OR-Tools' min-cost flow ({@code SimpleMinCostFlow}, Java class
 * {@link MinCostFlow}).
 *
 * <p>Network: source → each free mentee (capacity 1, cost 0) → each feasible mentor (capacity 1, cost
 * {@code -fit}) → sink (capacity = the mentor's remaining capacity after locked pairs, cost 0).
 * {@code solveMaxFlowWithMinCost} first finds the maximum flow — the maximum number of matched mentees — and
 * then the minimum cost among maximum flows, i.e. the maximum total fit: exactly the lexicographic objective
 * of the port. Costs are integers, so the optimum is exact. Integrality of min-cost flow guarantees 0/1 flows
 * on mentee → mentor arcs, which are read back as the assignment.
 *
 * <p>Thread-safe: every call builds its own network. The native library is loaded once per JVM.
 */
public final class OrToolsAssignmentSolver implements AssignmentSolver {

    /** Loads the native OR-Tools libraries on first use, once. */
    private static final class Native {
        static {
            Loader.loadNativeLibraries();
        }

        static void ensureLoaded() {
            // class initialisation above does the work
        }
    }

    @Override
    public Assignment solve(CandidateGraph graph) {
        int n = graph.menteeCount();
        int m = graph.mentorCount();
        int[] result = new int[n];
        Arrays.fill(result, -1);

        int freeArcs = 0;
        int freeMentees = 0;
        for (int i = 0; i < n; i++) {
            if (graph.isFree(i) && graph.arcEnd(i) > graph.arcStart(i)) {
                freeMentees++;
                freeArcs += graph.arcEnd(i) - graph.arcStart(i);
            }
        }
        if (freeArcs == 0) {
            return new Assignment(result);
        }

        Native.ensureLoaded();
        int source = n + m;
        int sink = n + m + 1;
        MinCostFlow flow = new MinCostFlow(n + m + 2, freeMentees + freeArcs + m);
        try {
            // mentee -> mentor arcs first, so their OR-Tools arc index is (firstArc + position)
            int firstArc = -1;
            int k = 0;
            for (int i = 0; i < n; i++) {
                if (!graph.isFree(i)) {
                    continue;
                }
                for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++) {
                    int mentor = graph.arcMentor(a);
                    long capacity = graph.capacity(mentor) > 0 ? 1 : 0;
                    int id = flow.addArcWithCapacityAndUnitCost(i, n + mentor, capacity, -graph.arcFit(a));
                    if (firstArc < 0) {
                        firstArc = id;
                    } else if (id != firstArc + k) {
                        throw new IllegalStateException("OR-Tools arc ids are not consecutive");
                    }
                    k++;
                }
            }
            for (int i = 0; i < n; i++) {
                if (graph.isFree(i) && graph.arcEnd(i) > graph.arcStart(i)) {
                    flow.addArcWithCapacityAndUnitCost(source, i, 1, 0);
                }
            }
            for (int j = 0; j < m; j++) {
                if (graph.capacity(j) > 0) {
                    flow.addArcWithCapacityAndUnitCost(n + j, sink, graph.capacity(j), 0);
                }
            }
            // supplies only mark source and sink; solveMaxFlowWithMinCost does not need them balanced
            flow.setNodeSupply(source, freeMentees);
            flow.setNodeSupply(sink, -freeMentees);

            MinCostFlowBase.Status status = flow.solveMaxFlowWithMinCost();
            if (status != MinCostFlowBase.Status.OPTIMAL) {
                throw new IllegalStateException("OR-Tools min-cost flow ended with " + status);
            }
            k = 0;
            for (int i = 0; i < n; i++) {
                if (!graph.isFree(i)) {
                    continue;
                }
                for (int a = graph.arcStart(i); a < graph.arcEnd(i); a++, k++) {
                    if (flow.getFlow(firstArc + k) > 0) {
                        result[i] = a;
                    }
                }
            }
            return new Assignment(result);
        } finally {
            flow.delete();
        }
    }

    @Override
    public String name() {
        return "OR-Tools min-cost flow";
    }
}
