package ru.nastavnik.roadmap.domain.schedule;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One occurrence of a roadmap item that is tracked on its own (a month, a deadline, one of a list of yearly
 * dates, …).
 *
 * @param start first day of the occurrence's window, {@code null} when the schedule names only a due date
 * @param due the date by which it must be done, {@code null} when no date is set (on demand, set by another
 *     body) — such an occurrence is never overdue
 * @param target the target value to reach by {@code due}, {@code null} when the item has none
 * @param label Russian label of the occurrence, e.g. {@code 30.09.2021}, {@code август 2020}
 */
public record PlannedOccurrence(LocalDate start, LocalDate due, Target target, String label) {

    public PlannedOccurrence {
        Objects.requireNonNull(label, "Не указана подпись срока");
        if (label.isBlank()) {
            throw new IllegalArgumentException("Подпись срока не может быть пустой");
        }
        if (start != null && due != null && due.isBefore(start)) {
            throw new IllegalArgumentException("Срок «" + label + "»: окончание " + due + " раньше начала " + start);
        }
    }

    /** Whether the occurrence has a due date at all. */
    public boolean hasDueDate() {
        return due != null;
    }
}
