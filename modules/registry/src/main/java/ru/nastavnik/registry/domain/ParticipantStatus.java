package ru.nastavnik.registry.domain;

/** Participation status: in the programme, or left it (the past counts remain). */
public enum ParticipantStatus {
    ACTIVE("участвует"), LEFT("выбыл");

    private final String title;

    ParticipantStatus(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
