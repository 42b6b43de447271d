package ru.nastavnik.pairing.domain.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import ru.nastavnik.pairing.adapter.out.solver.OrToolsAssignmentSolver;

/** Explanations of pairs and reasons of unmatched mentees on hand-built cases. */
class ExplanationAndReasonsTest {

    private static final UUID SCHOOL_1 = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID SCHOOL_2 = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private final MatchingEngine engine = new MatchingEngine(new OrToolsAssignmentSolver());

    @Test
    void explainsEachPartOfTheFitWithARussianSentence() {
        MentorCandidate mentor = pupil(10, Set.of("Математика", "физика", "шахматы"), 1, SCHOOL_1);
        MenteeCandidate mentee = menteePupil(7, Set.of("математика ", "Физика", "химия"), SCHOOL_1);
        MatchingProblem problem = MatchingProblem.of(FormRules.PUPIL_PUPIL, List.of(mentor), List.of(mentee))
                .withCompatibility(Compatibility.of(Map.of(new PairKey(mentor.participantId(), mentee.participantId()), 0.82)));

        ProposedPair pair = engine.match(problem).pairs().get(0);
        PairExplanation explanation = pair.explanation();

        // 1000 * (0.5 * 2/3 + 0.35 * 0.82 + 0.15 * 1) / 1.0 = 770.3
        assertThat(pair.fit().value()).isEqualTo(770);
        assertThat(explanation.fit()).isEqualTo(770);
        assertThat(explanation.coveredRequests()).containsExactly("Физика", "математика");
        assertThat(explanation.uncoveredRequests()).containsExactly("химия");
        assertThat(explanation.parts()).extracting(PairExplanation.Part::criterion)
                .containsExactly(Criterion.REQUESTS, Criterion.COMPATIBILITY, Criterion.SAME_ORGANISATION);
        assertThat(explanation.parts().get(0).value()).isEqualTo(2.0 / 3);
        assertThat(explanation.parts().get(0).weight()).isEqualTo(0.5);
        assertThat(explanation.parts().get(1).value()).isEqualTo(0.82);
        assertThat(explanation.parts().get(2).value()).isEqualTo(1.0);
        assertThat(explanation.summary()).isEqualTo(
                "Закрывает 2 из 3 запросов: Физика, математика; совместимость по анкете 0,82; одна организация");
        assertThat(pair.locked()).isFalse();
    }

    @Test
    void explainsMenteesWithoutRequestsAndPairsAcrossOrganisations() {
        MentorCandidate mentor = pupil(10, Set.of("математика"), 1, SCHOOL_1);
        MenteeCandidate none = menteePupil(7, Set.of(), SCHOOL_2);
        MenteeCandidate uncovered = menteePupil(6, Set.of("химия"), SCHOOL_2);

        PairExplanation noRequests = PairExplanation.of(new FitCalculator(Weights.DEFAULT).score(mentor, none, 0.5));
        PairExplanation noCover = PairExplanation.of(new FitCalculator(Weights.DEFAULT).score(mentor, uncovered, 0.5));

        // 1000 * (0.5 * 0.5 + 0.35 * 0.5) = 425
        assertThat(noRequests.fit()).isEqualTo(425);
        assertThat(noRequests.summary())
                .isEqualTo("Запросы наставляемым не указаны; совместимость по анкете 0,50; разные организации");
        assertThat(noCover.fit()).isEqualTo(175);
        assertThat(noCover.summary())
                .isEqualTo("Не закрывает ни одного из 1 запроса; совместимость по анкете 0,50; разные организации");
    }

    @Test
    void givesTheReasonForEveryMenteeWithoutAFeasibleMentor() {
        MentorCandidate senior = pupil(9, Set.of("математика"), 1, SCHOOL_1);
        MenteeCandidate student = new MenteeCandidate(UUID.randomUUID(), Category.STUDENT, SCHOOL_1, null, null, Set.of());
        MenteeCandidate older = menteePupil(10, Set.of(), SCHOOL_1);
        MenteeCandidate undated = new MenteeCandidate(UUID.randomUUID(), Category.PUPIL, SCHOOL_1, null, null, Set.of());
        MenteeCandidate banned = menteePupil(5, Set.of(), SCHOOL_1);
        MenteeCandidate lucky = menteePupil(6, Set.of("математика"), SCHOOL_1);
        MenteeCandidate unlucky = menteePupil(6, Set.of(), SCHOOL_1);
        MatchingProblem problem = MatchingProblem.of(FormRules.PUPIL_PUPIL, List.of(senior),
                        List.of(student, older, undated, banned, lucky, unlucky))
                .withForbidden(Set.of(new PairKey(senior.participantId(), banned.participantId())));

        MatchingResult result = engine.match(problem);

        assertThat(result.pairs()).extracting(ProposedPair::menteeId).containsExactly(lucky.participantId());
        assertThat(reasonOf(result, student)).isEqualTo(
                "категория «студент» не допускается формой «ученик–ученик» в качестве наставляемого");
        assertThat(reasonOf(result, older)).isEqualTo("все наставники допустимой категории не старше наставляемого");
        assertThat(reasonOf(result, undated))
                .isEqualTo("не указаны класс или дата рождения — старшинство наставника не проверить");
        assertThat(reasonOf(result, banned)).isEqualTo("все возможные пары запрещены куратором");
        assertThat(reasonOf(result, unlucky)).isEqualTo("все подходящие наставники заняты (исчерпана ёмкость)");
        assertThat(result.unmatchedOf(unlucky.participantId())).get()
                .extracting(UnmatchedMentee::reason).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
        assertThat(result.alternativesFor(unlucky.participantId()))
                .containsExactly(new Alternative(senior.participantId(), 575, false));
    }

    @Test
    void reportsMissingCategoryTrainingAndCapacity() {
        MenteeCandidate pupil = menteePupil(5, Set.of(), SCHOOL_1);
        MentorCandidate untrained = new MentorCandidate(UUID.randomUUID(), Category.STUDENT, SCHOOL_2, null, null,
                Set.of(), 2, false);
        MentorCandidate busy = new MentorCandidate(UUID.randomUUID(), Category.STUDENT, SCHOOL_2, null, null,
                Set.of(), 0, true);

        assertThat(reasonOf(engine.match(MatchingProblem.of(FormRules.PUPIL_PUPIL, List.of(untrained), List.of(pupil))), pupil))
                .isEqualTo("нет наставников допустимой категории для формы «ученик–ученик»");
        FormRules trainedOnly = FormRules.STUDENT_PUPIL.withTrainedMentorsRequired(true);
        assertThat(reasonOf(engine.match(MatchingProblem.of(trainedOnly, List.of(untrained), List.of(pupil))), pupil))
                .isEqualTo("нет обученных наставников");
        assertThat(reasonOf(engine.match(MatchingProblem.of(trainedOnly, List.of(untrained, busy), List.of(pupil))), pupil))
                .isEqualTo("у всех подходящих наставников нулевая ёмкость");
        assertThat(engine.match(MatchingProblem.of(FormRules.STUDENT_PUPIL, List.of(untrained), List.of(pupil)))
                .matchedCount()).isEqualTo(1);
    }

    @Test
    void aParticipantOnBothSidesIsNeverTheirOwnMentor() {
        UUID same = UUID.randomUUID();
        MentorCandidate asMentor = new MentorCandidate(same, Category.PUPIL, SCHOOL_1, 9, null, Set.of(), 1, true);
        MenteeCandidate asMentee = new MenteeCandidate(same, Category.PUPIL, SCHOOL_1, 9, null, Set.of());
        MenteeCandidate younger = menteePupil(7, Set.of(), SCHOOL_1);

        MatchingResult result = engine.match(MatchingProblem.of(FormRules.PUPIL_PUPIL, List.of(asMentor),
                List.of(asMentee, younger)));

        assertThat(result.pairs()).singleElement().satisfies(p -> {
            assertThat(p.mentorId()).isEqualTo(same);
            assertThat(p.menteeId()).isEqualTo(younger.participantId());
        });
        // only "themself" was of the allowed category
        assertThat(reasonOf(result, asMentee)).isEqualTo("нет наставников допустимой категории для формы «ученик–ученик»");
    }

    @Test
    void seniorityFallsBackToBirthDatesWhenGradesAreAbsent() {
        MentorCandidate older = new MentorCandidate(UUID.randomUUID(), Category.PUPIL, SCHOOL_1, null,
                LocalDate.of(2009, 1, 1), Set.of(), 1, true);
        MenteeCandidate younger = new MenteeCandidate(UUID.randomUUID(), Category.PUPIL, SCHOOL_1, 8,
                LocalDate.of(2011, 1, 1), Set.of());
        MenteeCandidate sameAge = new MenteeCandidate(UUID.randomUUID(), Category.PUPIL, SCHOOL_1, null,
                LocalDate.of(2009, 1, 1), Set.of());

        MatchingResult result = engine.match(MatchingProblem.of(FormRules.PUPIL_PUPIL, List.of(older),
                List.of(younger, sameAge)));

        assertThat(result.pairOf(younger.participantId())).isPresent();
        assertThat(reasonOf(result, sameAge)).isEqualTo("все наставники допустимой категории не старше наставляемого");
    }

    @Test
    void lockedPairsStayAndConsumeCapacityEvenWhenAnotherChoiceFitsBetter() {
        MentorCandidate mentor = pupil(10, Set.of("математика"), 2, SCHOOL_1);
        MenteeCandidate weak = menteePupil(5, Set.of("химия"), SCHOOL_2);
        MenteeCandidate strong1 = menteePupil(5, Set.of("математика"), SCHOOL_1);
        MenteeCandidate strong2 = menteePupil(5, Set.of("математика"), SCHOOL_1);
        MatchingProblem problem = MatchingProblem.of(FormRules.PUPIL_PUPIL, List.of(mentor),
                List.of(strong1, weak, strong2)).withLocked(Set.of(new PairKey(mentor.participantId(), weak.participantId())));

        MatchingResult result = engine.match(problem);

        assertThat(result.matchedCount()).isEqualTo(2);
        assertThat(result.pairOf(weak.participantId())).get().extracting(ProposedPair::locked).isEqualTo(true);
        assertThat(result.groups()).singleElement().satisfies(g -> {
            assertThat(g.pairs()).hasSize(2);
            assertThat(g.freeSlots()).isZero();
        });
        assertThat(result.totalFit()).isEqualTo(175 + 825);
        assertThat(result.unmatched()).singleElement()
                .extracting(UnmatchedMentee::reason).isEqualTo(UnmatchedReason.CAPACITY_EXHAUSTED);
    }

    @Test
    void alternativesAreTheNextBestThreeFeasibleMentors() {
        MenteeCandidate mentee = menteePupil(5, Set.of(), SCHOOL_1);
        List<MentorCandidate> mentors = List.of(pupil(9, Set.of(), 1, SCHOOL_1), pupil(9, Set.of(), 1, SCHOOL_1),
                pupil(9, Set.of(), 1, SCHOOL_1), pupil(9, Set.of(), 1, SCHOOL_1), pupil(9, Set.of(), 1, SCHOOL_1));
        double[] scores = {0.2, 0.9, 0.5, 0.7, 0.6};
        Map<PairKey, Double> compatibility = new java.util.HashMap<>();
        for (int j = 0; j < mentors.size(); j++) {
            compatibility.put(new PairKey(mentors.get(j).participantId(), mentee.participantId()), scores[j]);
        }
        MatchingResult result = engine.match(MatchingProblem.of(FormRules.PUPIL_PUPIL, mentors, List.of(mentee))
                .withWeights(new Weights(0, 1, 0)).withCompatibility(Compatibility.of(compatibility)));

        assertThat(result.pairs()).singleElement().extracting(ProposedPair::mentorId)
                .isEqualTo(mentors.get(1).participantId());
        assertThat(result.alternativesFor(mentee.participantId())).containsExactly(
                new Alternative(mentors.get(3).participantId(), 700, true),
                new Alternative(mentors.get(4).participantId(), 600, true),
                new Alternative(mentors.get(2).participantId(), 500, true));
    }

    @Test
    void rejectsLockedPairsThatCannotBeHonoured() {
        MentorCandidate mentor = pupil(9, Set.of(), 1, SCHOOL_1);
        MenteeCandidate a = menteePupil(5, Set.of(), SCHOOL_1);
        MenteeCandidate b = menteePupil(5, Set.of(), SCHOOL_1);
        MenteeCandidate older = menteePupil(11, Set.of(), SCHOOL_1);
        PairKey lockA = new PairKey(mentor.participantId(), a.participantId());
        MatchingProblem problem = MatchingProblem.of(FormRules.PUPIL_PUPIL, List.of(mentor, mentor), List.of(a, b, older))
                .withLocked(Set.of(lockA, new PairKey(mentor.participantId(), b.participantId()),
                        new PairKey(mentor.participantId(), older.participantId())))
                .withForbidden(Set.of(lockA));

        assertThatThrownBy(() -> engine.match(problem))
                .isInstanceOfSatisfying(MatchingInputException.class, e -> assertThat(e.problems()).containsExactlyInAnyOrder(
                        "наставник " + mentor.participantId() + " указан среди кандидатов дважды",
                        "пара одновременно закреплена и запрещена куратором: наставник " + mentor.participantId()
                                + ", наставляемый " + a.participantId(),
                        "закреплённая пара нарушает правила формы «ученик–ученик»: наставник " + mentor.participantId()
                                + ", наставляемый " + older.participantId(),
                        "за наставником " + mentor.participantId() + " закреплено 3 наставляемых при ёмкости 1"));
    }

    @Test
    void rejectsCompatibilityOutsideTheUnitInterval() {
        MatchingProblem problem = MatchingProblem.of(FormRules.PUPIL_PUPIL, List.of(pupil(9, Set.of(), 1, SCHOOL_1)),
                List.of(menteePupil(5, Set.of(), SCHOOL_1))).withCompatibility((m, e) -> 1.5);

        assertThatThrownBy(() -> engine.match(problem)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("совместимость по анкете должна быть в [0, 1]");
    }

    private static String reasonOf(MatchingResult result, MenteeCandidate mentee) {
        return result.unmatchedOf(mentee.participantId()).orElseThrow().message();
    }

    private static MentorCandidate pupil(int grade, Set<String> competencies, int capacity, UUID school) {
        return new MentorCandidate(UUID.randomUUID(), Category.PUPIL, school, grade, null, competencies, capacity, true);
    }

    private static MenteeCandidate menteePupil(int grade, Set<String> requests, UUID school) {
        return new MenteeCandidate(UUID.randomUUID(), Category.PUPIL, school, grade, null, requests);
    }
}
