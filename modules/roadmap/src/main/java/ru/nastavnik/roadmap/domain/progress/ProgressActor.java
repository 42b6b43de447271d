package ru.nastavnik.roadmap.domain.progress;

/** Who changes the progress of an occurrence, as far as the roadmap's rules care. */
public enum ProgressActor {
    /** The municipal coordinator, who owns the roadmap and alone may reopen a finished occurrence. */
    COORDINATOR("муниципальный координатор"),
    /** A school curator reporting the school's progress. */
    SCHOOL_CURATOR("куратор образовательной организации"),
    /** The system itself, completing a bound item when another module's event arrives. */
    SYSTEM("система");

    private final String title;

    ProgressActor(String title) {
        this.title = title;
    }

    /** Russian name for messages. */
    public String title() {
        return title;
    }
}
