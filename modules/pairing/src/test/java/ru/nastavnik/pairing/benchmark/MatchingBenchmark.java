package ru.nastavnik.pairing.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import ru.nastavnik.pairing.adapter.out.solver.OrToolsAssignmentSolver;
import ru.nastavnik.pairing.domain.matching.Assignment;
import ru.nastavnik.pairing.domain.matching.AssignmentSolver;
import ru.nastavnik.pairing.domain.matching.Category;
import ru.nastavnik.pairing.domain.matching.CandidateGraph;
import ru.nastavnik.pairing.domain.matching.Compatibility;
import ru.nastavnik.pairing.domain.matching.FitScore;
import ru.nastavnik.pairing.domain.matching.FormRules;
import ru.nastavnik.pairing.domain.matching.GreedyBaseline;
import ru.nastavnik.pairing.domain.matching.MatchingEngine;
import ru.nastavnik.pairing.domain.matching.MatchingProblem;
import ru.nastavnik.pairing.domain.matching.MatchingResult;
import ru.nastavnik.pairing.domain.matching.MenteeCandidate;
import ru.nastavnik.pairing.domain.matching.MentorCandidate;
import ru.nastavnik.pairing.domain.matching.Weights;

/**
 * Matching benchmark: 10,000 mentees × 2,000 mentors, capacities 1–5, the optimal OR-Tools engine against the
 * greedy baseline in the same JVM and run. A plain main with warm-up and repeated runs rather than JMH: one
 * operation takes seconds (JMH's nanosecond machinery buys nothing), the figures that matter besides time —
 * matched count, total fit, their ratio — are not JMH's, and the parent's fixed annotation-processor path
 * would have to be overridden for JMH's generator.
 *
 * <p>Part 1, end to end ({@link MatchingEngine#match}): form учитель–ученик, every mentee feasible with every
 * mentor — 20,000,000 candidate pairs; the default solver (OR-Tools with pricing) and greedy. Part 2, the
 * solver port alone on candidate graphs with K random candidate mentors per mentee: OR-Tools with pricing,
 * OR-Tools on the whole graph at once, and greedy — how far the density can go within the 5-second target.
 *
 * <p>Run: {@code ./mvnw -B -q -pl modules/pairing -am -Pbenchmark -DskipTests verify}
 * (arguments: {@code -Dbenchmark.args="<measured runs> <K,K,...>"}).
 */
public final class MatchingBenchmark {

    static final int MENTEES = 10_000;
    static final int MENTORS = 2_000;
    static final int SCHOOLS = 50;
    static final int TOPICS = 30;

    private MatchingBenchmark() {
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int[] densities = args.length > 1 ? Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray()
                : new int[] {100, 250, 500, 1000, 1500, 2000};
        System.out.printf(Locale.ROOT, "MatchingBenchmark: %d mentees x %d mentors, capacity 1-5, %d measured runs"
                + " after 1 warm-up, JVM %s, %d processors, max heap %d MiB%n", MENTEES, MENTORS, runs,
                Runtime.version(), Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().maxMemory() >> 20);

        MatchingProblem problem = problem(new Random(42));
        endToEnd(problem, runs);
        for (int k : densities) {
            solverOnly(problem, k, runs);
        }
    }

    /** Part 1: the whole engine at full density. */
    private static void endToEnd(MatchingProblem problem, int runs) {
        MatchingEngine optimal = new MatchingEngine(new OrToolsAssignmentSolver());
        MatchingEngine greedy = new MatchingEngine(new GreedyBaseline());
        MatchingResult o = null;
        MatchingResult g = null;
        long[] oTotal = new long[runs];
        long[] oSolve = new long[runs];
        long[] gTotal = new long[runs];
        long[] gSolve = new long[runs];
        for (int r = -1; r < runs; r++) {
            o = optimal.match(problem);
            g = greedy.match(problem);
            if (r >= 0) {
                oTotal[r] = o.totalTime().toMillis();
                oSolve[r] = o.solveTime().toMillis();
                gTotal[r] = g.totalTime().toMillis();
                gSolve[r] = g.solveTime().toMillis();
            }
        }
        System.out.printf(Locale.ROOT, "%nPart 1 - engine end to end, every pair feasible: %,d candidate pairs"
                + " (%d per mentee)%n", o.candidatePairCount(), o.candidatePairCount() / MENTEES);
        row("OR-Tools engine (pricing)", oTotal, oSolve, o.matchedCount(), o.totalFit());
        row("greedy engine", gTotal, gSolve, g.matchedCount(), g.totalFit());
        System.out.printf(Locale.ROOT, "  greedy/optimal total fit = %.4f, optimal - greedy = %,d; solver time ratio"
                + " OR-Tools/greedy = %.1f%n", (double) g.totalFit() / o.totalFit(), o.totalFit() - g.totalFit(),
                (double) median(oSolve) / Math.max(1, median(gSolve)));
    }

    /** Part 2: the solver port alone on a graph with K candidate mentors per mentee. */
    private static void solverOnly(MatchingProblem problem, int k, int runs) {
        CandidateGraph graph = graph(problem, k, new Random(7 + k));
        OrToolsAssignmentSolver priced = new OrToolsAssignmentSolver();
        AssignmentSolver whole = OrToolsAssignmentSolver.allArcsAtOnce();
        AssignmentSolver greedy = new GreedyBaseline();
        long[] pTimes = new long[runs];
        long[] wTimes = new long[runs];
        long[] gTimes = new long[runs];
        OrToolsAssignmentSolver.Solution[] p = {priced.solveWithStatistics(graph)};
        Assignment w = whole.solve(graph);
        Assignment g = greedy.solve(graph);
        for (int r = 0; r < runs; r++) {
            long[] t = new long[1];
            time(() -> (p[0] = priced.solveWithStatistics(graph)).assignment(), t);
            pTimes[r] = t[0];
            w = time(() -> whole.solve(graph), t);
            wTimes[r] = t[0];
            g = time(() -> greedy.solve(graph), t);
            gTimes[r] = t[0];
        }
        Assignment o = p[0].assignment();
        System.out.printf(Locale.ROOT, "%nPart 2 - solver only, K = %d candidates per mentee (%,d pairs)%n", k,
                graph.arcCount());
        row("OR-Tools with pricing", pTimes, pTimes, o.matchedCount(), o.totalFit(graph));
        System.out.printf(Locale.ROOT, "    pricing: %d rounds, %,d arcs in the last restricted problem (%.1f %% of"
                        + " %,d)%n", p[0].statistics().rounds(), p[0].statistics().arcsInLastRound(),
                100.0 * p[0].statistics().arcsInLastRound() / p[0].statistics().usableArcs(),
                p[0].statistics().usableArcs());
        row("OR-Tools whole graph", wTimes, wTimes, w.matchedCount(), w.totalFit(graph));
        row("greedy baseline", gTimes, gTimes, g.matchedCount(), g.totalFit(graph));
        if (w.matchedCount() != o.matchedCount() || w.totalFit(graph) != o.totalFit(graph)) {
            throw new IllegalStateException("pricing and whole-graph optima differ");
        }
        System.out.printf(Locale.ROOT, "  greedy/optimal total fit = %.4f; time ratio pricing/greedy = %.1f,"
                        + " whole/greedy = %.1f; optimal under 5 s: pricing %s, whole graph %s%n",
                (double) g.totalFit(graph) / o.totalFit(graph),
                (double) median(pTimes) / Math.max(1, median(gTimes)),
                (double) median(wTimes) / Math.max(1, median(gTimes)),
                median(pTimes) < 5000 ? "yes" : "no", median(wTimes) < 5000 ? "yes" : "no");
    }

    private static Assignment time(Supplier<Assignment> run, long[] millis) {
        long started = System.nanoTime();
        Assignment a = run.get();
        if (millis != null) {
            millis[0] = (System.nanoTime() - started) / 1_000_000;
        }
        return a;
    }

    private static void row(String name, long[] total, long[] solve, int matched, long fit) {
        System.out.printf(Locale.ROOT, "  %-26s total median %6d ms (min %6d) | solve median %6d ms (min %6d,"
                        + " runs %s) | matched %,d | total fit %,d%n", name, median(total), min(total),
                median(solve), min(solve), Arrays.toString(solve), matched, fit);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    private static long min(long[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    /** Teachers mentoring pupils (учитель–ученик): every pair is feasible. */
    static MatchingProblem problem(Random random) {
        List<UUID> schools = new ArrayList<>();
        for (int s = 0; s < SCHOOLS; s++) {
            schools.add(new UUID(1, s));
        }
        List<MentorCandidate> mentors = new ArrayList<>(MENTORS);
        for (int j = 0; j < MENTORS; j++) {
            mentors.add(new MentorCandidate(new UUID(2, j), Category.TEACHER, schools.get(random.nextInt(SCHOOLS)),
                    null, LocalDate.of(1960 + random.nextInt(40), 1, 1), topics(random, 3 + random.nextInt(6)),
                    1 + random.nextInt(5), true));
        }
        List<MenteeCandidate> mentees = new ArrayList<>(MENTEES);
        for (int i = 0; i < MENTEES; i++) {
            mentees.add(new MenteeCandidate(new UUID(3, i), Category.PUPIL, schools.get(random.nextInt(SCHOOLS)),
                    5 + random.nextInt(7), null, topics(random, 1 + random.nextInt(4))));
        }
        return MatchingProblem.of(FormRules.TEACHER_PUPIL, mentors, mentees)
                .withCompatibility(questionnaire())
                .withWeights(Weights.DEFAULT);
    }

    /** A stand-in for questionnaire results: a deterministic score in hundredths from the two ids. */
    static Compatibility questionnaire() {
        return (mentor, mentee) -> {
            long h = mentor.getLeastSignificantBits() * 0x9E3779B97F4A7C15L ^ mentee.getLeastSignificantBits() * 0xC2B2AE3D27D4EB4FL;
            h ^= h >>> 29;
            return Math.floorMod(h, 101) / 100.0;
        };
    }

    private static Set<String> topics(Random random, int size) {
        Set<String> result = new HashSet<>();
        while (result.size() < size) {
            result.add("тема " + random.nextInt(TOPICS));
        }
        return result;
    }

    /** The problem's fits on K random distinct mentors per mentee. */
    static CandidateGraph graph(MatchingProblem problem, int k, Random random) {
        List<MentorCandidate> mentors = problem.mentors();
        List<MenteeCandidate> mentees = problem.mentees();
        int n = mentees.size();
        int m = mentors.size();
        int[] start = new int[n + 1];
        int[] mentor = new int[n * k];
        int[] fit = new int[n * k];
        int[] perm = new int[m];
        for (int j = 0; j < m; j++) {
            perm[j] = j;
        }
        Compatibility compatibility = problem.compatibility();
        Weights weights = problem.weights();
        int a = 0;
        for (int i = 0; i < n; i++) {
            start[i] = a;
            MenteeCandidate e = mentees.get(i);
            for (int s = 0; s < k; s++) {
                int r = s + random.nextInt(m - s);
                int tmp = perm[s];
                perm[s] = perm[r];
                perm[r] = tmp;
            }
            int[] chosen = Arrays.copyOf(perm, k);
            Arrays.sort(chosen);
            for (int j : chosen) {
                MentorCandidate t = mentors.get(j);
                int covered = 0;
                for (String request : e.requests()) {
                    if (t.competencies().contains(request)) {
                        covered++;
                    }
                }
                mentor[a] = j;
                fit[a] = FitScore.compute(weights, covered, e.requests().size(),
                        compatibility.score(t.participantId(), e.participantId()),
                        t.organisationId().equals(e.organisationId()));
                a++;
            }
        }
        start[n] = a;
        int[] capacity = mentors.stream().mapToInt(MentorCandidate::capacity).toArray();
        boolean[] free = new boolean[n];
        Arrays.fill(free, true);
        return new CandidateGraph(n, m, capacity, start, mentor, fit, free);
    }
}
