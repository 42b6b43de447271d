package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.Optional;

/** Who signed the consent to the processing of personal data (the «Согласие дал» column). */
public enum ConsentGiver {
    /** The data subject personally. */
    SELF("сам", List.of("сама", "сам(а)", "лично", "субъект пдн", "участник")),
    /** A parent, adoptive parent or guardian of the data subject. */
    LEGAL_REPRESENTATIVE("законный представитель", List.of("представитель", "родитель", "родители",
            "родитель (законный представитель)", "опекун", "попечитель"));

    private final String label;
    private final List<String> synonyms;

    ConsentGiver(String label, List<String> synonyms) {
        this.label = label;
        this.synonyms = synonyms;
    }

    public String label() {
        return label;
    }

    public static Optional<ConsentGiver> parse(String cell) {
        // A cell that is exactly a label (the usual case) needs no folding: every label is its own fold.
        for (ConsentGiver g : values()) {
            if (g.label.equals(cell)) {
                return Optional.of(g);
            }
        }
        String folded = TextNormalization.fold(cell);
        for (ConsentGiver g : values()) {
            if (g.label.equals(folded) || g.synonyms.contains(folded)) {
                return Optional.of(g);
            }
        }
        return Optional.empty();
    }

    public static List<String> labels() {
        return java.util.Arrays.stream(values()).map(ConsentGiver::label).toList();
    }
}
