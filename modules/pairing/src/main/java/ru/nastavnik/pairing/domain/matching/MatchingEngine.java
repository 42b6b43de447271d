package ru.nastavnik.pairing.domain.matching;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * Proposes the pairs of a whole programme at once.
 *
 * <p><b>Objective (lexicographic).</b> First the maximum number of matched mentees, then the maximum total
 * fit among all matchings of that size. The methodology of the target model of mentorship aims at every
 * mentee getting a mentor (the coverage indicators count mentees in pairs), so the engine never trades a
 * mentee's place for a better fit of others: two good-enough pairs beat one excellent pair and one mentee
 * left alone. Fit only decides among matchings that already cover as many mentees as possible.
 *
 * <p><b>Steps.</b> Validate the input (duplicates, locked pairs that break a rule) — {@link
 * MatchingInputException}; build the graph of feasible pairs (the form's {@link HardRules}, capacity above
 * zero, not forbidden by the curator) with integer {@link FitScore}s; fix the locked pairs and subtract them
 * from capacities; let the {@link AssignmentSolver} choose the rest; explain every pair, give a reason for
 * every unmatched mentee and up to {@value #ALTERNATIVES} alternatives for every mentee.
 *
 * <p>The {@link Compatibility} function is called once per feasible pair.
 */
public final class MatchingEngine {

    /** How many alternatives are listed per mentee. */
    public static final int ALTERNATIVES = 3;

    private final AssignmentSolver solver;

    public MatchingEngine(AssignmentSolver solver) {
        this.solver = Objects.requireNonNull(solver, "solver");
    }

    /** The Russian words for the solver a result names ({@link MatchingResult#solverName()}), for people. */
    public String solverTitle(String solverName) {
        return solver.name().equals(solverName) ? solver.title() : AssignmentSolver.GENERIC_TITLE;
    }

    /**
     * Solves one run.
     *
     * @throws MatchingInputException if participants repeat or a locked pair cannot be honoured
     */
    public MatchingResult match(MatchingProblem problem) {
        long started = System.nanoTime();
        Prepared p = new Prepared(problem);
        p.buildArcs();
        p.fixLocked();
        CandidateGraph graph = p.graph();

        long solveStarted = System.nanoTime();
        Assignment assignment = solver.solve(graph);
        Duration solveTime = Duration.ofNanos(System.nanoTime() - solveStarted);

        mergeAndCheck(graph, assignment, p.chosen);
        return p.result(solveTime, started, solver.name());
    }

    /** Puts the solver's arcs next to the locked ones and checks the solver kept to the port's contract. */
    private static void mergeAndCheck(CandidateGraph graph, Assignment assignment, int[] chosen) {
        int[] arcs = assignment.arcOfMentee();
        if (arcs.length != graph.menteeCount()) {
            throw new IllegalStateException("solver answered for " + arcs.length + " mentees, expected "
                    + graph.menteeCount());
        }
        int[] load = new int[graph.mentorCount()];
        for (int i = 0; i < arcs.length; i++) {
            int arc = arcs[i];
            if (arc < 0) {
                continue;
            }
            if (!graph.isFree(i) || arc < graph.arcStart(i) || arc >= graph.arcEnd(i)) {
                throw new IllegalStateException("solver chose an arc that mentee " + i + " cannot take: " + arc);
            }
            int mentor = graph.arcMentor(arc);
            if (++load[mentor] > graph.capacity(mentor)) {
                throw new IllegalStateException("solver exceeded the capacity of mentor " + mentor);
            }
            chosen[i] = arc;
        }
    }

    /** Everything derived from the problem, indexed. */
    private static final class Prepared {
        final MatchingProblem problem;
        final FormRules form;
        final List<MentorCandidate> mentors;
        final List<MenteeCandidate> mentees;
        final int m;
        final int n;
        final Map<UUID, Integer> mentorIndex = new HashMap<>();
        final Map<UUID, Integer> menteeIndex = new HashMap<>();
        final Map<Integer, BitSet> forbiddenByMentee = new HashMap<>();
        final FitCalculator fits;
        final boolean[] lockedMentee;
        int[] arcStart;
        int[] arcMentor;
        int[] arcFit;
        int[] capacity;
        boolean[] free;
        int[] chosen;

        Prepared(MatchingProblem problem) {
            this.problem = problem;
            this.form = problem.form();
            this.mentors = problem.mentors();
            this.mentees = problem.mentees();
            this.m = mentors.size();
            this.n = mentees.size();
            this.fits = new FitCalculator(problem.weights());
            this.lockedMentee = new boolean[n];
            List<String> problems = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (mentorIndex.putIfAbsent(mentors.get(j).participantId(), j) != null) {
                    problems.add("наставник " + mentors.get(j).participantId() + " указан среди кандидатов дважды");
                }
            }
            for (int i = 0; i < n; i++) {
                if (menteeIndex.putIfAbsent(mentees.get(i).participantId(), i) != null) {
                    problems.add("наставляемый " + mentees.get(i).participantId()
                            + " указан среди кандидатов дважды");
                }
            }
            for (PairKey f : problem.forbidden()) {
                Integer i = menteeIndex.get(f.menteeId());
                Integer j = mentorIndex.get(f.mentorId());
                if (i != null && j != null) {
                    forbiddenByMentee.computeIfAbsent(i, k -> new BitSet(m)).set(j);
                }
            }
            checkLocked(problems);
            if (!problems.isEmpty()) {
                throw new MatchingInputException(problems);
            }
        }

        private void checkLocked(List<String> problems) {
            Set<UUID> lockedMentees = new HashSet<>();
            Map<Integer, Integer> lockedPerMentor = new HashMap<>();
            for (PairKey pair : problem.locked()) {
                Integer j = mentorIndex.get(pair.mentorId());
                Integer i = menteeIndex.get(pair.menteeId());
                String which = "наставник " + pair.mentorId() + ", наставляемый " + pair.menteeId();
                if (j == null || i == null) {
                    problems.add("закреплённая пара ссылается на участника не из числа кандидатов: " + which);
                    continue;
                }
                if (!HardRules.allows(form, mentors.get(j), mentees.get(i))) {
                    problems.add("закреплённая пара нарушает правила формы «" + form.name() + "»: " + which);
                }
                if (problem.forbidden().contains(pair)) {
                    problems.add("пара одновременно закреплена и запрещена куратором: " + which);
                }
                if (!lockedMentees.add(pair.menteeId())) {
                    problems.add("наставляемый " + pair.menteeId() + " закреплён за несколькими наставниками");
                }
                lockedPerMentor.merge(j, 1, Integer::sum);
            }
            lockedPerMentor.forEach((j, count) -> {
                if (count > mentors.get(j).capacity()) {
                    problems.add("за наставником " + mentors.get(j).participantId() + " закреплено " + count
                            + " наставляемых при ёмкости " + mentors.get(j).capacity());
                }
            });
        }

        boolean eligibleMentor(MentorCandidate mentor) {
            return form.mentorCategories().contains(mentor.category())
                    && mentor.capacity() > 0
                    && (!form.requireTrainedMentors() || mentor.trained());
        }

        /** Builds every feasible (mentee, mentor) arc with its fit, in mentee order then mentor order. */
        void buildArcs() {
            // vocabulary of competencies: requests nobody covers get id -1
            Map<String, Integer> vocabulary = new HashMap<>();
            for (MentorCandidate mentor : mentors) {
                for (String c : mentor.competencies()) {
                    vocabulary.putIfAbsent(FitCalculator.normalise(c), vocabulary.size());
                }
            }
            int words = Math.max(1, (vocabulary.size() + 63) / 64);
            long[][] mentorBits = new long[m][words];
            int[] mentorOrg = new int[m];
            int[] mentorGrade = new int[m];
            long[] mentorBirth = new long[m];
            UUID[] mentorIds = new UUID[m];
            Map<UUID, Integer> organisations = new HashMap<>();
            List<Integer> eligible = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                MentorCandidate mentor = mentors.get(j);
                for (String c : mentor.competencies()) {
                    int id = vocabulary.get(FitCalculator.normalise(c));
                    mentorBits[j][id >>> 6] |= 1L << id;
                }
                mentorOrg[j] = organisationId(organisations, mentor.organisationId());
                mentorGrade[j] = mentor.grade() == null ? Integer.MIN_VALUE : mentor.grade();
                mentorBirth[j] = mentor.birthDate() == null ? Long.MIN_VALUE : mentor.birthDate().toEpochDay();
                mentorIds[j] = mentor.participantId();
                if (eligibleMentor(mentor)) {
                    eligible.add(j);
                }
            }
            long upper = (long) n * eligible.size();
            if (upper > Integer.MAX_VALUE - 16) {
                throw new MatchingInputException(List.of("слишком много возможных пар для одного подбора: " + upper));
            }
            arcStart = new int[n + 1];
            arcMentor = new int[(int) upper];
            arcFit = new int[(int) upper];
            Weights weights = problem.weights();
            Compatibility compatibility = problem.compatibility();
            boolean senior = form.mentorMustBeSenior();
            int arcs = 0;
            for (int i = 0; i < n; i++) {
                arcStart[i] = arcs;
                MenteeCandidate mentee = mentees.get(i);
                if (!form.menteeCategories().contains(mentee.category())) {
                    continue;
                }
                int[] requests = requestIds(mentee, vocabulary);
                int org = organisationId(organisations, mentee.organisationId());
                int grade = mentee.grade() == null ? Integer.MIN_VALUE : mentee.grade();
                long birth = mentee.birthDate() == null ? Long.MIN_VALUE : mentee.birthDate().toEpochDay();
                UUID menteeId = mentee.participantId();
                BitSet forbidden = forbiddenByMentee.get(i);
                for (int j : eligible) {
                    if (mentorIds[j].equals(menteeId) || (forbidden != null && forbidden.get(j))) {
                        continue;
                    }
                    if (senior && !isSenior(mentorGrade[j], mentorBirth[j], grade, birth)) {
                        continue;
                    }
                    long[] bits = mentorBits[j];
                    int covered = 0;
                    for (int id : requests) {
                        if (id >= 0 && (bits[id >>> 6] & (1L << id)) != 0) {
                            covered++;
                        }
                    }
                    double c = compatibility.score(mentorIds[j], menteeId);
                    FitCalculator.checkCompatibility(c);
                    arcMentor[arcs] = j;
                    arcFit[arcs] = FitScore.compute(weights, covered, requests.length, c, org >= 0 && org == mentorOrg[j]);
                    arcs++;
                }
            }
            arcStart[n] = arcs;
            capacity = new int[m];
            for (int j = 0; j < m; j++) {
                capacity[j] = mentors.get(j).capacity();
            }
            free = new boolean[n];
            Arrays.fill(free, true);
            chosen = new int[n];
            Arrays.fill(chosen, -1);
        }

        /** Same rule as {@link HardRules#seniority}, on primitive fields (MIN_VALUE = absent). */
        private static boolean isSenior(int mentorGrade, long mentorBirth, int menteeGrade, long menteeBirth) {
            if (mentorGrade != Integer.MIN_VALUE && menteeGrade != Integer.MIN_VALUE) {
                return mentorGrade > menteeGrade;
            }
            if (mentorBirth != Long.MIN_VALUE && menteeBirth != Long.MIN_VALUE) {
                return mentorBirth < menteeBirth;
            }
            return false;
        }

        private static int organisationId(Map<UUID, Integer> organisations, UUID organisation) {
            return organisation == null ? -1 : organisations.computeIfAbsent(organisation, k -> organisations.size());
        }

        /** Distinct normalised requests, as vocabulary ids (-1: no mentor has it), like {@link FitCalculator}. */
        private static int[] requestIds(MenteeCandidate mentee, Map<String, Integer> vocabulary) {
            Set<String> keys = new HashSet<>();
            for (String r : mentee.requests()) {
                String key = FitCalculator.normalise(r);
                if (!key.isEmpty()) {
                    keys.add(key);
                }
            }
            int[] ids = new int[keys.size()];
            int k = 0;
            for (String key : keys) {
                ids[k++] = vocabulary.getOrDefault(key, -1);
            }
            return ids;
        }

        /** Fixes the locked pairs: their mentees leave the solver's part, their places leave the capacities. */
        void fixLocked() {
            for (PairKey pair : problem.locked()) {
                int i = menteeIndex.get(pair.menteeId());
                int j = mentorIndex.get(pair.mentorId());
                chosen[i] = findArc(i, j);
                free[i] = false;
                lockedMentee[i] = true;
                capacity[j]--;
            }
        }

        CandidateGraph graph() {
            return new CandidateGraph(n, m, capacity, arcStart, arcMentor, arcFit, free);
        }

        private int findArc(int mentee, int mentor) {
            for (int a = arcStart[mentee]; a < arcStart[mentee + 1]; a++) {
                if (arcMentor[a] == mentor) {
                    return a;
                }
            }
            throw new IllegalStateException("locked pair passed the checks but is not a feasible arc");
        }

        MatchingResult result(Duration solveTime, long started, String solverName) {
            int[] load = new int[m];
            int matched = 0;
            long totalFit = 0;
            for (int i = 0; i < n; i++) {
                if (chosen[i] >= 0) {
                    load[arcMentor[chosen[i]]]++;
                    matched++;
                    totalFit += arcFit[chosen[i]];
                }
            }
            // mentees bucketed by their mentor, in input order within a mentor
            int[] bucketStart = new int[m + 1];
            for (int j = 0; j < m; j++) {
                bucketStart[j + 1] = bucketStart[j] + load[j];
            }
            int[] fill = Arrays.copyOf(bucketStart, m);
            int[] menteesByMentor = new int[matched];
            for (int i = 0; i < n; i++) {
                if (chosen[i] >= 0) {
                    menteesByMentor[fill[arcMentor[chosen[i]]]++] = i;
                }
            }
            List<ProposedPair> pairs = new ArrayList<>(matched);
            List<MentorGroup> groups = new ArrayList<>();
            for (int j = 0; j < m; j++) {
                if (load[j] == 0) {
                    continue;
                }
                List<ProposedPair> group = new ArrayList<>(load[j]);
                for (int k = bucketStart[j]; k < bucketStart[j + 1]; k++) {
                    group.add(pair(j, menteesByMentor[k]));
                }
                pairs.addAll(group);
                groups.add(new MentorGroup(mentors.get(j).participantId(), mentors.get(j).capacity(), group));
            }
            List<UnmatchedMentee> unmatched = new ArrayList<>();
            Map<UUID, List<Alternative>> alternatives = new LinkedHashMap<>();
            for (int i = 0; i < n; i++) {
                MenteeCandidate mentee = mentees.get(i);
                if (chosen[i] < 0) {
                    UnmatchedReason reason = arcStart[i] == arcStart[i + 1] ? diagnose(i)
                            : UnmatchedReason.CAPACITY_EXHAUSTED;
                    unmatched.add(new UnmatchedMentee(mentee.participantId(), reason, reason.message(form, mentee)));
                }
                alternatives.put(mentee.participantId(), alternatives(i, load));
            }
            return new MatchingResult(form, pairs, groups, unmatched, alternatives, matched, totalFit,
                    arcStart[n], solveTime, Duration.ofNanos(System.nanoTime() - started), solverName);
        }

        private ProposedPair pair(int j, int i) {
            MentorCandidate mentor = mentors.get(j);
            MenteeCandidate mentee = mentees.get(i);
            FitScore fit = fits.score(mentor, mentee,
                    problem.compatibility().score(mentor.participantId(), mentee.participantId()));
            if (fit.value() != arcFit[chosen[i]]) {
                throw new IllegalStateException("fit of a pair changed between graph and explanation");
            }
            return new ProposedPair(mentor.participantId(), mentee.participantId(), fit, PairExplanation.of(fit),
                    lockedMentee[i]);
        }

        /** Best feasible mentors other than the chosen one: fit descending, then mentor input order. */
        private List<Alternative> alternatives(int i, int[] load) {
            int[] best = new int[ALTERNATIVES];
            int size = 0;
            for (int a = arcStart[i]; a < arcStart[i + 1]; a++) {
                if (a == chosen[i]) {
                    continue;
                }
                int pos = size;
                while (pos > 0 && arcFit[best[pos - 1]] < arcFit[a]) {
                    pos--;
                }
                if (pos >= ALTERNATIVES) {
                    continue;
                }
                int last = Math.min(size, ALTERNATIVES - 1);
                System.arraycopy(best, pos, best, pos + 1, last - pos);
                best[pos] = a;
                size = Math.min(size + 1, ALTERNATIVES);
            }
            List<Alternative> result = new ArrayList<>(size);
            for (int k = 0; k < size; k++) {
                int j = arcMentor[best[k]];
                result.add(new Alternative(mentors.get(j).participantId(), arcFit[best[k]],
                        load[j] < mentors.get(j).capacity()));
            }
            return result;
        }

        /** The first hard rule that leaves a mentee with no feasible mentor (see {@link UnmatchedReason}). */
        private UnmatchedReason diagnose(int i) {
            MenteeCandidate mentee = mentees.get(i);
            if (!form.menteeCategories().contains(mentee.category())) {
                return UnmatchedReason.MENTEE_CATEGORY_NOT_ALLOWED;
            }
            List<MentorCandidate> left = mentors.stream()
                    .filter(mt -> form.mentorCategories().contains(mt.category()))
                    .filter(mt -> !mt.participantId().equals(mentee.participantId()))
                    .toList();
            if (left.isEmpty()) {
                return UnmatchedReason.NO_MENTOR_OF_ALLOWED_CATEGORY;
            }
            if (form.mentorMustBeSenior()) {
                List<MentorCandidate> senior = left.stream()
                        .filter(mt -> HardRules.seniority(mt, mentee) == HardRules.Seniority.SENIOR).toList();
                if (senior.isEmpty()) {
                    boolean allUnknown = left.stream()
                            .allMatch(mt -> HardRules.seniority(mt, mentee) == HardRules.Seniority.UNKNOWN);
                    return allUnknown ? UnmatchedReason.SENIORITY_UNKNOWN : UnmatchedReason.NO_SENIOR_MENTOR;
                }
                left = senior;
            }
            if (form.requireTrainedMentors()) {
                left = left.stream().filter(MentorCandidate::trained).toList();
                if (left.isEmpty()) {
                    return UnmatchedReason.NO_TRAINED_MENTOR;
                }
            }
            left = left.stream().filter(mt -> mt.capacity() > 0).toList();
            if (left.isEmpty()) {
                return UnmatchedReason.NO_MENTOR_CAPACITY;
            }
            left = left.stream()
                    .filter(mt -> !problem.forbidden().contains(new PairKey(mt.participantId(), mentee.participantId())))
                    .toList();
            if (left.isEmpty()) {
                return UnmatchedReason.ALL_PAIRS_FORBIDDEN;
            }
            throw new IllegalStateException("mentee " + mentee.participantId() + " has feasible mentors but no arcs");
        }
    }
}
