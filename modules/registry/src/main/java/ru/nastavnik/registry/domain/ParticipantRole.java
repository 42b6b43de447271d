package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.Optional;

/** The role a participant takes in mentorship programmes, as written in the «Роль» column. */
public enum ParticipantRole {
    MENTOR("наставник", List.of("наставница")),
    MENTEE("наставляемый", List.of("наставляемая", "наставляемый(ая)")),
    MENTOR_AND_MENTEE("наставник и наставляемый", List.of("наставник/наставляемый", "наставник, наставляемый",
            "наставник; наставляемый", "наставник и наставляемая", "наставляемый и наставник"));

    private final String label;
    private final List<String> synonyms;

    ParticipantRole(String label, List<String> synonyms) {
        this.label = label;
        this.synonyms = synonyms;
    }

    public String label() {
        return label;
    }

    public boolean isMentor() {
        return this != MENTEE;
    }

    public boolean isMentee() {
        return this != MENTOR;
    }

    public static Optional<ParticipantRole> parse(String cell) {
        // A cell that is exactly a label (the usual case) needs no folding: every label is its own fold.
        for (ParticipantRole r : values()) {
            if (r.label.equals(cell)) {
                return Optional.of(r);
            }
        }
        String folded = TextNormalization.fold(cell);
        for (ParticipantRole r : values()) {
            if (r.label.equals(folded) || r.synonyms.contains(folded)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(ParticipantRole::label).toList();
    }
}
