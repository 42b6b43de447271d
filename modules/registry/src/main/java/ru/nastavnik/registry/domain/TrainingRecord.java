package ru.nastavnik.registry.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

/** A training a mentor has taken (обучение наставников), with the date it was completed. */
public record TrainingRecord(UUID id, String title, LocalDate completedOn) {

    /** The title of the training recorded from the «Обучение наставника пройдено» column of an import. */
    public static final String IMPORTED_TITLE = "Обучение наставников";

    public TrainingRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(completedOn, "completedOn");
    }
}
