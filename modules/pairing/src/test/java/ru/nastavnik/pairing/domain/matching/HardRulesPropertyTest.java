package ru.nastavnik.pairing.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import ru.nastavnik.pairing.adapter.out.solver.OrToolsAssignmentSolver;

/**
 * On random medium instances no proposed pair breaks a hard rule. The rules are re-stated here on purpose
 * rather than calling {@link HardRules}, so that a wrong rule in the engine is caught.
 */
class HardRulesPropertyTest {

    @Test
    void noResultBreaksAHardRule() {
        // pricing from 2 candidates per mentee, so that arcs added by pricing are checked too
        MatchingEngine engine = new MatchingEngine(new OrToolsAssignmentSolver(2));
        int selfCandidates = 0;
        for (int seed = 1000; seed < 1150; seed++) {
            RandomInstances instances = new RandomInstances(seed);
            MatchingProblem problem = instances.problem(20 + instances.random().nextInt(40),
                    5 + instances.random().nextInt(15), 4);
            MatchingResult result = engine.match(problem);

            Map<UUID, MentorCandidate> mentors = problem.mentors().stream()
                    .collect(Collectors.toMap(MentorCandidate::participantId, Function.identity()));
            Map<UUID, MenteeCandidate> mentees = problem.mentees().stream()
                    .collect(Collectors.toMap(MenteeCandidate::participantId, Function.identity()));
            selfCandidates += (int) mentors.keySet().stream().filter(mentees::containsKey).count();
            Map<UUID, Integer> load = new HashMap<>();
            Set<UUID> matchedMentees = new HashSet<>();
            FormRules form = problem.form();
            for (ProposedPair pair : result.pairs()) {
                MentorCandidate mentor = mentors.get(pair.mentorId());
                MenteeCandidate mentee = mentees.get(pair.menteeId());
                String at = "seed " + seed + ", pair " + pair.mentorId() + " → " + pair.menteeId();
                assertThat(form.mentorCategories()).as(at).contains(mentor.category());
                assertThat(form.menteeCategories()).as(at).contains(mentee.category());
                assertThat(pair.mentorId()).as(at + ": self-pairing").isNotEqualTo(pair.menteeId());
                if (form.mentorMustBeSenior()) {
                    assertThat(senior(mentor, mentee)).as(at + ": seniority").isTrue();
                }
                if (form.requireTrainedMentors()) {
                    assertThat(mentor.trained()).as(at + ": trained").isTrue();
                }
                assertThat(problem.forbidden()).as(at).doesNotContain(new PairKey(pair.mentorId(), pair.menteeId()));
                assertThat(matchedMentees.add(pair.menteeId())).as(at + ": mentee twice").isTrue();
                load.merge(pair.mentorId(), 1, Integer::sum);
                assertThat(pair.locked()).isEqualTo(problem.locked().contains(new PairKey(pair.mentorId(), pair.menteeId())));
            }
            load.forEach((mentor, count) -> assertThat(count).isLessThanOrEqualTo(mentors.get(mentor).capacity()));
            for (PairKey locked : problem.locked()) {
                assertThat(result.pairs()).anyMatch(p -> p.mentorId().equals(locked.mentorId())
                        && p.menteeId().equals(locked.menteeId()) && p.locked());
            }
            // every mentee is either matched or explained; capacity-exhausted ones really have all mentors full
            assertThat(result.matchedCount() + result.unmatched().size()).isEqualTo(problem.mentees().size());
            for (UnmatchedMentee unmatched : result.unmatched()) {
                assertThat(matchedMentees).doesNotContain(unmatched.menteeId());
                MenteeCandidate mentee = mentees.get(unmatched.menteeId());
                Set<MentorCandidate> feasible = problem.mentors().stream()
                        .filter(mt -> feasible(problem, mt, mentee)).collect(Collectors.toSet());
                if (unmatched.reason() == UnmatchedReason.CAPACITY_EXHAUSTED) {
                    assertThat(feasible).isNotEmpty()
                            .allMatch(mt -> load.getOrDefault(mt.participantId(), 0) == mt.capacity());
                } else {
                    assertThat(feasible).as("seed %d, %s", seed, unmatched).isEmpty();
                }
            }
        }
        assertThat(selfCandidates).as("instances contain participants on both sides").isPositive();
    }

    private static boolean feasible(MatchingProblem problem, MentorCandidate mentor, MenteeCandidate mentee) {
        FormRules form = problem.form();
        return form.mentorCategories().contains(mentor.category())
                && form.menteeCategories().contains(mentee.category())
                && !mentor.participantId().equals(mentee.participantId())
                && (!form.mentorMustBeSenior() || senior(mentor, mentee))
                && (!form.requireTrainedMentors() || mentor.trained())
                && mentor.capacity() > 0
                && !problem.forbidden().contains(new PairKey(mentor.participantId(), mentee.participantId()));
    }

    private static boolean senior(MentorCandidate mentor, MenteeCandidate mentee) {
        if (mentor.grade() != null && mentee.grade() != null) {
            return mentor.grade() > mentee.grade();
        }
        return mentor.birthDate() != null && mentee.birthDate() != null
                && mentor.birthDate().isBefore(mentee.birthDate());
    }
}
