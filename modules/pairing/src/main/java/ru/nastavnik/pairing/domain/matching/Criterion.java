package ru.nastavnik.pairing.domain.matching;

/** The parts of a {@link FitScore}. */
public enum Criterion {
    REQUESTS("запросы × компетенции"),
    COMPATIBILITY("совместимость по анкете"),
    SAME_ORGANISATION("одна организация");

    private final String russianName;

    Criterion(String russianName) {
        this.russianName = russianName;
    }

    public String russianName() {
        return russianName;
    }
}
