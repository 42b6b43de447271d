package ru.nastavnik.roadmap.domain.schedule;

import java.time.LocalDate;
import java.util.stream.Collectors;

/** Test helper: writes a schedule's occurrences as {@code start/due;start/due}, {@code -} for a missing date. */
public final class ScheduleExpectations {

    private ScheduleExpectations() {
    }

    public static String spans(Schedule schedule) {
        return schedule.occurrences().stream()
                .map(o -> iso(o.start()) + "/" + iso(o.due()))
                .collect(Collectors.joining(";"));
    }

    private static String iso(LocalDate date) {
        return date == null ? "-" : date.toString();
    }
}
