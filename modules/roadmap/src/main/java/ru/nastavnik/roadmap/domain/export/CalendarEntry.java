package ru.nastavnik.roadmap.domain.export;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One all-day entry of the due-dates calendar.
 *
 * @param uid globally unique, stable id (the occurrence's), e.g. {@code 2f…@nastavnik}
 * @param day the due date
 * @param summary one line, e.g. {@code Дорожная карта, п. 3.1: Формирование базы наставляемых}
 * @param description details (schedule, responsible, status), may be empty
 */
public record CalendarEntry(String uid, LocalDate day, String summary, String description) {

    public CalendarEntry {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(day, "day");
        Objects.requireNonNull(summary, "summary");
        description = description == null ? "" : description;
    }
}
