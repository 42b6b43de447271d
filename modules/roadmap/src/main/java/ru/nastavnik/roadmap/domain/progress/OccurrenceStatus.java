package ru.nastavnik.roadmap.domain.progress;

/** Status of one planned occurrence of a roadmap item. */
public enum OccurrenceStatus {
    /** Not started yet. */
    PLANNED("Запланировано"),
    /** Work has started. */
    IN_PROGRESS("Выполняется"),
    /** Done, with evidence. Final unless a coordinator reopens it. */
    DONE("Выполнено"),
    /** Cancelled, with a reason. Final unless a coordinator reopens it. */
    CANCELLED("Отменено");

    private final String title;

    OccurrenceStatus(String title) {
        this.title = title;
    }

    /** Russian name for the interface. */
    public String title() {
        return title;
    }

    /** Whether the status is DONE or CANCELLED. */
    public boolean isFinal() {
        return this == DONE || this == CANCELLED;
    }

    /** Whether the occurrence is still to be done (PLANNED or IN_PROGRESS). */
    public boolean isOpen() {
        return !isFinal();
    }
}
