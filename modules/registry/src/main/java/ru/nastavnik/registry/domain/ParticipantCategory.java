package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.Optional;

/** Category of a participant of the target model of mentorship, as written in the «Категория» column. */
public enum ParticipantCategory {
    PUPIL("обучающийся", List.of("обучающаяся", "обучающийся(аяся)", "ученик", "ученица", "учащийся", "учащаяся", "школьник", "школьница")),
    STUDENT("студент", List.of("студентка", "обучающийся спо", "студент спо")),
    TEACHER("педагог", List.of("учитель", "педагогический работник", "преподаватель", "воспитатель")),
    EMPLOYER_REPRESENTATIVE("представитель работодателя", List.of("работодатель", "представитель предприятия"));

    private final String label;
    private final List<String> synonyms;

    ParticipantCategory(String label, List<String> synonyms) {
        this.label = label;
        this.synonyms = synonyms;
    }

    /** The value used in the template and in exports. */
    public String label() {
        return label;
    }

    /** Tolerant of case, «ё», spaces and the listed synonyms. */
    public static Optional<ParticipantCategory> parse(String cell) {
        // A cell that is exactly a label (the usual case) needs no folding: every label is its own fold.
        for (ParticipantCategory c : values()) {
            if (c.label.equals(cell)) {
                return Optional.of(c);
            }
        }
        String folded = TextNormalization.fold(cell);
        for (ParticipantCategory c : values()) {
            if (c.label.equals(folded) || c.synonyms.contains(folded)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(ParticipantCategory::label).toList();
    }
}
