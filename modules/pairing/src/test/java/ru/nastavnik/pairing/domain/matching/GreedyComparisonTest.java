package ru.nastavnik.pairing.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.pairing.adapter.out.solver.OrToolsAssignmentSolver;

/** The optimal engine against the greedy baseline. */
class GreedyComparisonTest {

    private final MatchingEngine optimal = new MatchingEngine(new OrToolsAssignmentSolver());
    private final MatchingEngine greedy = new MatchingEngine(new GreedyBaseline());

    /** A municipality the size of the seed data: 9 schools, 60 pupils needing a mentor, 20 senior pupils. */
    @Test
    void onASeedSizedMunicipalityTheSolverIsNeverWorseThanGreedy() {
        int strictlyBetter = 0;
        for (int seed = 0; seed < 20; seed++) {
            Random random = new Random(seed);
            List<UUID> schools = new ArrayList<>();
            for (int s = 0; s < 9; s++) {
                schools.add(new UUID(seed, s));
            }
            List<MentorCandidate> mentors = new ArrayList<>();
            for (int j = 0; j < 20; j++) {
                mentors.add(new MentorCandidate(UUID.randomUUID(), Category.PUPIL, schools.get(random.nextInt(9)),
                        8 + random.nextInt(4), null, topics(random, 2 + random.nextInt(3)), 1 + random.nextInt(3),
                        random.nextInt(5) != 0));
            }
            List<MenteeCandidate> mentees = new ArrayList<>();
            for (int i = 0; i < 60; i++) {
                mentees.add(new MenteeCandidate(UUID.randomUUID(), Category.PUPIL, schools.get(random.nextInt(9)),
                        5 + random.nextInt(6), null, topics(random, 1 + random.nextInt(3))));
            }
            MatchingProblem problem = MatchingProblem.of(FormRules.PUPIL_PUPIL, mentors, mentees)
                    .withCompatibility((mentor, mentee) -> ((mentor.hashCode() ^ mentee.hashCode()) & 0xff) / 255.0);

            MatchingResult best = optimal.match(problem);
            MatchingResult naive = greedy.match(problem);

            assertThat(best.matchedCount()).as("seed %d", seed).isGreaterThanOrEqualTo(naive.matchedCount());
            if (best.matchedCount() == naive.matchedCount()) {
                assertThat(best.totalFit()).as("seed %d", seed).isGreaterThanOrEqualTo(naive.totalFit());
            }
            assertThat(best.matchedCount()).isPositive();
            if (best.matchedCount() > naive.matchedCount() || best.totalFit() > naive.totalFit()) {
                strictlyBetter++;
            }
        }
        assertThat(strictlyBetter).as("greedy is strictly worse on some municipalities").isPositive();
    }

    /**
     * Greedy gives mentor A to Иванов (best single fit) and leaves Петров without a mentor, who can only
     * have A; the optimum gives Иванов mentor B and Петров mentor A.
     */
    @Test
    void greedyLeavesAMenteeAloneWhereTheOptimumMatchesBoth() {
        UUID school = UUID.randomUUID();
        MentorCandidate a = teacher(school, 1);
        MentorCandidate b = teacher(school, 1);
        MenteeCandidate ivanov = youngTeacher(school);
        MenteeCandidate petrov = youngTeacher(school);
        MatchingProblem problem = MatchingProblem.of(FormRules.TEACHER_TEACHER, List.of(a, b), List.of(ivanov, petrov))
                .withWeights(new Weights(0, 1, 0))
                .withForbidden(Set.of(new PairKey(b.participantId(), petrov.participantId())))
                .withCompatibility(Compatibility.of(Map.of(
                        new PairKey(a.participantId(), ivanov.participantId()), 0.9,
                        new PairKey(b.participantId(), ivanov.participantId()), 0.8,
                        new PairKey(a.participantId(), petrov.participantId()), 0.85)));

        MatchingResult naive = greedy.match(problem);
        MatchingResult best = optimal.match(problem);

        assertThat(naive.matchedCount()).isEqualTo(1);
        assertThat(naive.totalFit()).isEqualTo(900);
        assertThat(best.matchedCount()).isEqualTo(2);
        assertThat(best.totalFit()).isEqualTo(800 + 850);
        assertThat(best.pairOf(petrov.participantId())).get()
                .extracting(ProposedPair::mentorId).isEqualTo(a.participantId());
    }

    /** Same number of pairs, but greedy's first choice forces a poor second pair. */
    @Test
    void greedyMatchesAsManyButWithAStrictlyLowerTotalFit() {
        UUID school = UUID.randomUUID();
        MentorCandidate a = teacher(school, 1);
        MentorCandidate b = teacher(school, 1);
        MenteeCandidate x = youngTeacher(school);
        MenteeCandidate y = youngTeacher(school);
        MatchingProblem problem = MatchingProblem.of(FormRules.TEACHER_TEACHER, List.of(a, b), List.of(x, y))
                .withWeights(new Weights(0, 1, 0))
                .withCompatibility(Compatibility.of(Map.of(
                        new PairKey(a.participantId(), x.participantId()), 0.9,
                        new PairKey(b.participantId(), x.participantId()), 0.85,
                        new PairKey(a.participantId(), y.participantId()), 0.88,
                        new PairKey(b.participantId(), y.participantId()), 0.1)));

        MatchingResult naive = greedy.match(problem);
        MatchingResult best = optimal.match(problem);

        assertThat(naive.matchedCount()).isEqualTo(best.matchedCount()).isEqualTo(2);
        assertThat(naive.totalFit()).isEqualTo(900 + 100);
        assertThat(best.totalFit()).isEqualTo(850 + 880);
    }

    private static MentorCandidate teacher(UUID school, int capacity) {
        return new MentorCandidate(UUID.randomUUID(), Category.TEACHER, school, null, LocalDate.of(1975, 3, 1),
                Set.of("методика"), capacity, true);
    }

    private static MenteeCandidate youngTeacher(UUID school) {
        return new MenteeCandidate(UUID.randomUUID(), Category.TEACHER, school, null, LocalDate.of(2000, 5, 5),
                Set.of("методика"));
    }

    private static Set<String> topics(Random random, int size) {
        List<String> all = RandomInstances.TOPICS;
        java.util.Set<String> result = new java.util.HashSet<>();
        while (result.size() < size) {
            result.add(all.get(random.nextInt(all.size())));
        }
        return result;
    }
}
