package ru.nastavnik.pairing.domain.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Reference optimum for small problems: tries every assignment of the free mentees (each to any allowed
 * mentor or to nobody) and keeps the lexicographic best (matched count, total fit). Independent of the
 * engine's graph building: it uses only {@link HardRules}, the problem's sets and {@link FitCalculator}.
 */
public final class ExhaustiveSearch {

    /** (matched count, total fit), locked pairs included. */
    public record Optimum(int matched, long totalFit) {
    }

    private final int[][] options;
    private final int[][] fits;
    private final int[] left;
    private int bestMatched = -1;
    private long bestFit = -1;

    private ExhaustiveSearch(int[][] options, int[][] fits, int[] left) {
        this.options = options;
        this.fits = fits;
        this.left = left;
    }

    public static Optimum optimum(MatchingProblem problem) {
        List<MentorCandidate> mentors = problem.mentors();
        List<MenteeCandidate> mentees = problem.mentees();
        FitCalculator calculator = new FitCalculator(problem.weights());
        Map<UUID, Integer> lockedMentor = new HashMap<>();
        problem.locked().forEach(k -> lockedMentor.put(k.menteeId(), indexOf(mentors, k.mentorId())));
        int[] left = new int[mentors.size()];
        for (int j = 0; j < left.length; j++) {
            left[j] = mentors.get(j).capacity();
        }
        int lockedMatched = 0;
        long lockedFit = 0;
        int free = 0;
        for (MenteeCandidate mentee : mentees) {
            Integer j = lockedMentor.get(mentee.participantId());
            if (j == null) {
                free++;
                continue;
            }
            MentorCandidate mentor = mentors.get(j);
            left[j]--;
            lockedMatched++;
            lockedFit += calculator.score(mentor, mentee,
                    problem.compatibility().score(mentor.participantId(), mentee.participantId())).value();
        }
        int[][] options = new int[free][];
        int[][] fits = new int[free][];
        int f = 0;
        for (MenteeCandidate mentee : mentees) {
            if (lockedMentor.containsKey(mentee.participantId())) {
                continue;
            }
            options[f] = new int[mentors.size()];
            fits[f] = new int[mentors.size()];
            int k = 0;
            for (int j = 0; j < mentors.size(); j++) {
                MentorCandidate mentor = mentors.get(j);
                if (HardRules.allows(problem.form(), mentor, mentee) && mentor.capacity() > 0
                        && !problem.forbidden().contains(new PairKey(mentor.participantId(), mentee.participantId()))) {
                    options[f][k] = j;
                    fits[f][k] = calculator.score(mentor, mentee,
                            problem.compatibility().score(mentor.participantId(), mentee.participantId())).value();
                    k++;
                }
            }
            options[f] = java.util.Arrays.copyOf(options[f], k);
            fits[f] = java.util.Arrays.copyOf(fits[f], k);
            f++;
        }
        ExhaustiveSearch search = new ExhaustiveSearch(options, fits, left);
        search.visit(0, 0, 0);
        return new Optimum(lockedMatched + search.bestMatched, lockedFit + search.bestFit);
    }

    private void visit(int mentee, int matched, long fit) {
        if (mentee == options.length) {
            if (matched > bestMatched || (matched == bestMatched && fit > bestFit)) {
                bestMatched = matched;
                bestFit = fit;
            }
            return;
        }
        visit(mentee + 1, matched, fit);
        for (int k = 0; k < options[mentee].length; k++) {
            int j = options[mentee][k];
            if (left[j] > 0) {
                left[j]--;
                visit(mentee + 1, matched + 1, fit + fits[mentee][k]);
                left[j]++;
            }
        }
    }

    private static int indexOf(List<MentorCandidate> mentors, UUID id) {
        for (int j = 0; j < mentors.size(); j++) {
            if (mentors.get(j).participantId().equals(id)) {
                return j;
            }
        }
        throw new IllegalArgumentException("locked mentor not among candidates: " + id);
    }
}
