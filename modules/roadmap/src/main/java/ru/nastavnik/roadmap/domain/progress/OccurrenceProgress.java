package ru.nastavnik.roadmap.domain.progress;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import ru.nastavnik.roadmap.domain.schedule.PlannedOccurrence;

/**
 * Progress of one planned occurrence (for one school, when the item is tracked per school): an immutable value
 * whose transitions return a new value.
 *
 * <pre>
 *  PLANNED ──start──▶ IN_PROGRESS
 *     │                   │
 *     ├──complete(evidence)──▶ DONE ───────┐
 *     └──cancel(reason)──────▶ CANCELLED ──┴──reopen(by coordinator)──▶ IN_PROGRESS
 * </pre>
 *
 * Rules: DONE requires at least one piece of evidence; CANCELLED requires a non-blank reason; DONE and CANCELLED
 * are final — nothing changes them except a coordinator reopening back to IN_PROGRESS (evidence is kept, the
 * cancellation reason is cleared). Completing a DONE occurrence again with evidence it already has is a no-op,
 * so a redelivered event does no harm. Violations throw {@link ProgressRuleViolation} with a Russian message.
 *
 * <p>The canonical constructor checks the same invariants, so a persisted value is rehydrated safely.
 *
 * @param due the occurrence's due date, {@code null} when it has none (never overdue)
 * @param status the current status
 * @param evidence evidence attached so far, in the order attached
 * @param cancellationReason why it was cancelled; non-blank exactly when the status is CANCELLED
 */
public record OccurrenceProgress(
        LocalDate due, OccurrenceStatus status, List<Evidence> evidence, String cancellationReason) {

    public OccurrenceProgress {
        Objects.requireNonNull(status, "Не указан статус");
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        cancellationReason = cancellationReason == null || cancellationReason.isBlank() ? null : cancellationReason.strip();
        if (status == OccurrenceStatus.DONE && evidence.isEmpty()) {
            throw new ProgressRuleViolation("Выполненный пункт должен иметь подтверждение");
        }
        if (status == OccurrenceStatus.CANCELLED && cancellationReason == null) {
            throw new ProgressRuleViolation("Отменённый пункт должен иметь причину отмены");
        }
        if (status != OccurrenceStatus.CANCELLED && cancellationReason != null) {
            throw new ProgressRuleViolation("Причина отмены указывается только у отменённого пункта");
        }
    }

    /** A fresh PLANNED occurrence due on {@code due} ({@code null} for none). */
    public static OccurrenceProgress planned(LocalDate due) {
        return new OccurrenceProgress(due, OccurrenceStatus.PLANNED, List.of(), null);
    }

    /** A fresh PLANNED occurrence for a planned occurrence of a schedule. */
    public static OccurrenceProgress planned(PlannedOccurrence occurrence) {
        return planned(occurrence.due());
    }

    /** PLANNED → IN_PROGRESS. */
    public OccurrenceProgress start() {
        if (status != OccurrenceStatus.PLANNED) {
            throw new ProgressRuleViolation("Начать можно только запланированный пункт, а этот — «"
                    + status.title().toLowerCase(Locale.ROOT) + "»");
        }
        return with(OccurrenceStatus.IN_PROGRESS, evidence, null);
    }

    /** Attaches evidence to an open occurrence without completing it. */
    public OccurrenceProgress attach(Evidence newEvidence) {
        Objects.requireNonNull(newEvidence, "Не указано подтверждение");
        requireOpen("добавить подтверждение");
        if (evidence.contains(newEvidence)) {
            throw new ProgressRuleViolation("Это подтверждение уже приложено: " + newEvidence.summary());
        }
        List<Evidence> more = new ArrayList<>(evidence);
        more.add(newEvidence);
        return with(status, more, null);
    }

    /** Removes previously attached evidence from an open occurrence. */
    public OccurrenceProgress detach(Evidence old) {
        requireOpen("убрать подтверждение");
        if (!evidence.contains(old)) {
            throw new ProgressRuleViolation("Такого подтверждения у пункта нет");
        }
        List<Evidence> fewer = new ArrayList<>(evidence);
        fewer.remove(old);
        return with(status, fewer, null);
    }

    /** PLANNED/IN_PROGRESS → DONE with the evidence already attached. */
    public OccurrenceProgress complete() {
        requireOpen("отметить выполненным");
        if (evidence.isEmpty()) {
            throw new ProgressRuleViolation("Чтобы отметить пункт выполненным, приложите подтверждение: "
                    + "документ, ссылку или событие системы");
        }
        return with(OccurrenceStatus.DONE, evidence, null);
    }

    /**
     * PLANNED/IN_PROGRESS → DONE with this evidence added. On an occurrence already DONE with exactly this
     * evidence, returns it unchanged (a redelivered event).
     */
    public OccurrenceProgress complete(Evidence proof) {
        Objects.requireNonNull(proof, "Не указано подтверждение");
        if (status == OccurrenceStatus.DONE && evidence.contains(proof)) {
            return this;
        }
        requireOpen("отметить выполненным");
        List<Evidence> all = new ArrayList<>(evidence);
        if (!all.contains(proof)) {
            all.add(proof);
        }
        return with(OccurrenceStatus.DONE, all, null);
    }

    /** PLANNED/IN_PROGRESS → CANCELLED; the reason must not be blank. */
    public OccurrenceProgress cancel(String reason) {
        requireOpen("отменить");
        if (reason == null || reason.isBlank()) {
            throw new ProgressRuleViolation("Укажите причину отмены");
        }
        return with(OccurrenceStatus.CANCELLED, evidence, reason);
    }

    /** DONE/CANCELLED → IN_PROGRESS; only a coordinator may reopen. Evidence is kept, the reason cleared. */
    public OccurrenceProgress reopen(ProgressActor by) {
        Objects.requireNonNull(by, "Не указано, кто переоткрывает пункт");
        if (!status.isFinal()) {
            throw new ProgressRuleViolation("Переоткрыть можно только выполненный или отменённый пункт");
        }
        if (by != ProgressActor.COORDINATOR) {
            throw new ProgressRuleViolation("Переоткрыть пункт может только муниципальный координатор, а не "
                    + by.title());
        }
        return with(OccurrenceStatus.IN_PROGRESS, evidence, null);
    }

    /** Whether the due date is before {@code today} and the occurrence is still PLANNED or IN_PROGRESS. */
    public boolean isOverdue(LocalDate today) {
        Objects.requireNonNull(today, "Не указана текущая дата");
        return due != null && due.isBefore(today) && status.isOpen();
    }

    /** Whether the status is DONE or CANCELLED. */
    public boolean isFinal() {
        return status.isFinal();
    }

    private void requireOpen(String action) {
        if (status == OccurrenceStatus.DONE) {
            throw new ProgressRuleViolation("Нельзя " + action
                    + ": пункт уже выполнен; изменить его можно, только если координатор переоткроет пункт");
        }
        if (status == OccurrenceStatus.CANCELLED) {
            throw new ProgressRuleViolation("Нельзя " + action
                    + ": пункт отменён; изменить его можно, только если координатор переоткроет пункт");
        }
    }

    private OccurrenceProgress with(OccurrenceStatus newStatus, List<Evidence> newEvidence, String reason) {
        return new OccurrenceProgress(due, newStatus, newEvidence, reason);
    }
}
