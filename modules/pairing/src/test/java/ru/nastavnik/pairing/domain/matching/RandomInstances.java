package ru.nastavnik.pairing.domain.matching;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/** Seeded random matching problems for property tests. */
final class RandomInstances {

    static final List<String> TOPICS = List.of("математика", "физика", "русский язык", "проекты",
            "профориентация", "адаптация", "олимпиады", "цифровые навыки");
    static final List<FormRules> FORMS = List.of(FormRules.PUPIL_PUPIL, FormRules.TEACHER_TEACHER,
            FormRules.STUDENT_PUPIL, FormRules.EMPLOYER_PUPIL, FormRules.EMPLOYER_STUDENT, FormRules.TEACHER_PUPIL);

    private final Random random;

    RandomInstances(long seed) {
        this.random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /**
     * A problem with random form, categories (mostly allowed ones), grades, birth dates, capacities
     * 0..maxCapacity, competencies, requests, organisations, compatibility (some unknown), forbidden pairs,
     * participants on both sides, and locked pairs that are valid.
     */
    MatchingProblem problem(int mentees, int mentors, int maxCapacity) {
        FormRules form = FORMS.get(random.nextInt(FORMS.size())).withTrainedMentorsRequired(random.nextInt(3) == 0);
        List<UUID> organisations = List.of(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID());
        List<MenteeCandidate> menteeList = new ArrayList<>();
        for (int i = 0; i < mentees; i++) {
            Category category = category(form.menteeCategories());
            menteeList.add(new MenteeCandidate(uuid(), category, pick(organisations), grade(category),
                    birthDate(), subset(random.nextInt(4))));
        }
        List<MentorCandidate> mentorList = new ArrayList<>();
        Set<UUID> bothSides = new HashSet<>();
        for (int j = 0; j < mentors; j++) {
            Category category = category(form.mentorCategories());
            UUID id = uuid();
            // a participant who is a mentee candidate too (same category: e.g. a pupil in pupil–pupil)
            MenteeCandidate mentee = menteeList.get(random.nextInt(menteeList.size()));
            if (random.nextInt(5) == 0 && bothSides.add(mentee.participantId())) {
                id = mentee.participantId();
                category = mentee.category();
            }
            mentorList.add(new MentorCandidate(id, category, pick(organisations), grade(category), birthDate(),
                    subset(1 + random.nextInt(4)), random.nextInt(maxCapacity + 1), random.nextInt(4) != 0));
        }
        Map<PairKey, Double> scores = new HashMap<>();
        Set<PairKey> forbidden = new HashSet<>();
        for (MentorCandidate mentor : mentorList) {
            for (MenteeCandidate mentee : menteeList) {
                PairKey key = new PairKey(mentor.participantId(), mentee.participantId());
                if (random.nextInt(4) != 0) {
                    scores.put(key, random.nextInt(101) / 100.0);
                }
                if (random.nextInt(8) == 0) {
                    forbidden.add(key);
                }
            }
        }
        Weights weights = random.nextBoolean() ? Weights.DEFAULT
                : new Weights(random.nextInt(5), random.nextInt(5), 1 + random.nextInt(3));
        MatchingProblem problem = new MatchingProblem(form, mentorList, menteeList, Set.of(), forbidden,
                Compatibility.of(scores), weights);
        return problem.withLocked(validLocks(problem));
    }

    /** Up to a few locked pairs that satisfy every rule and every capacity. */
    private Set<PairKey> validLocks(MatchingProblem problem) {
        Set<PairKey> locked = new HashSet<>();
        Map<UUID, Integer> used = new HashMap<>();
        int wanted = random.nextInt(3);
        for (int attempt = 0; attempt < 20 && locked.size() < wanted; attempt++) {
            MenteeCandidate mentee = problem.mentees().get(random.nextInt(problem.mentees().size()));
            MentorCandidate mentor = problem.mentors().get(random.nextInt(problem.mentors().size()));
            PairKey key = new PairKey(mentor.participantId(), mentee.participantId());
            boolean menteeTaken = locked.stream().anyMatch(k -> k.menteeId().equals(mentee.participantId()));
            if (!menteeTaken && HardRules.allows(problem.form(), mentor, mentee)
                    && !problem.forbidden().contains(key)
                    && used.getOrDefault(mentor.participantId(), 0) < mentor.capacity()) {
                locked.add(key);
                used.merge(mentor.participantId(), 1, Integer::sum);
            }
        }
        return locked;
    }

    UUID uuid() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private Category category(Set<Category> allowed) {
        if (random.nextInt(10) == 0) {
            return Category.values()[random.nextInt(Category.values().length)];
        }
        List<Category> list = new ArrayList<>(allowed);
        list.sort(null);
        return list.get(random.nextInt(list.size()));
    }

    private Integer grade(Category category) {
        return category == Category.PUPIL && random.nextInt(6) != 0 ? 1 + random.nextInt(11) : null;
    }

    private LocalDate birthDate() {
        return random.nextInt(4) == 0 ? null : LocalDate.of(1990, 1, 1).plusDays(random.nextInt(8000));
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private Set<String> subset(int size) {
        Set<String> result = new HashSet<>();
        while (result.size() < size) {
            String topic = pick(TOPICS);
            result.add(random.nextBoolean() ? topic : " " + topic.toUpperCase() + " ");
        }
        return result;
    }
}
