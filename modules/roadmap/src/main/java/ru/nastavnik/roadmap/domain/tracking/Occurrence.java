package ru.nastavnik.roadmap.domain.tracking;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.roadmap.domain.progress.OccurrenceProgress;
import ru.nastavnik.roadmap.domain.progress.OccurrenceStatus;
import ru.nastavnik.roadmap.domain.schedule.Target;

/**
 * One tracked occurrence of a roadmap item: the {@code seq}-th planned occurrence of its schedule, for the
 * municipality ({@code organizationId == null}) or for one school. Its progress follows {@link OccurrenceProgress}.
 *
 * @param seq index of the planned occurrence within the item's schedule (0 for single-date schedules)
 * @param label Russian label of the planned occurrence, e.g. {@code 30.09.2021}, {@code август 2020}
 * @param start first day of its window, {@code null} when the schedule names only a due date
 * @param due due date, {@code null} when none (never overdue)
 * @param target target value, {@code null} when none
 * @param progress status and evidence
 * @param version optimistic-locking version
 */
public record Occurrence(UUID id, UUID roadmapId, UUID itemId, int seq, UUID organizationId, String label,
        LocalDate start, LocalDate due, Target target, OccurrenceProgress progress, int version) {

    public Occurrence {
        Objects.requireNonNull(id, "Не указан идентификатор срока");
        Objects.requireNonNull(roadmapId, "Не указана дорожная карта");
        Objects.requireNonNull(itemId, "Не указан пункт");
        Objects.requireNonNull(label, "Не указана подпись срока");
        Objects.requireNonNull(progress, "Не указан ход выполнения");
        if (!Objects.equals(due, progress.due())) {
            throw new IllegalArgumentException("Срок выполнения не совпадает со сроком в ходе выполнения");
        }
    }

    public OccurrenceStatus status() {
        return progress.status();
    }

    /** Whether its due date is before {@code today} and it is still planned or in progress. */
    public boolean isOverdue(LocalDate today) {
        return progress.isOverdue(today);
    }

    /** Whether it is for the municipality as a whole rather than one school. */
    public boolean isMunicipal() {
        return organizationId == null;
    }

    /** The same occurrence with new progress. */
    public Occurrence with(OccurrenceProgress newProgress) {
        return new Occurrence(id, roadmapId, itemId, seq, organizationId, label, start, due, target, newProgress, version);
    }

    /** Whether the occurrence's window touches the month of {@code day} or is open-ended and due then. */
    public boolean isDueInMonthOf(LocalDate day) {
        return due != null && due.getYear() == day.getYear() && due.getMonth() == day.getMonth();
    }
}
