package ru.nastavnik.roadmap.domain.schedule;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import ru.nastavnik.roadmap.domain.PlanPeriod;

/**
 * When a roadmap item is due: a model of the schedule wording, not a string.
 *
 * <p>Every variant keeps the original wording verbatim in {@link #text()} and expands into the
 * {@link PlannedOccurrence occurrences} that are tracked one by one. Instances are immutable and are
 * produced by {@link ScheduleParser}; each carries everything needed to rebuild its occurrences, so it can
 * be persisted as its fields.
 */
public sealed interface Schedule {

    /** Which kind of wording this is. */
    ScheduleKind kind();

    /** The original wording, verbatim. */
    String text();

    /** The occurrences to track, in date order as written; never empty. */
    List<PlannedOccurrence> occurrences();

    /**
     * A single date: {@code 01.06.2020}. One occurrence due that day.
     *
     * @param target target value for that date, {@code null} when none
     */
    record ExactDate(String text, LocalDate date, Target target) implements Schedule {
        public ExactDate {
            requireText(text);
            Objects.requireNonNull(date, "Не указана дата");
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.EXACT_DATE;
        }

        @Override
        public List<PlannedOccurrence> occurrences() {
            return List.of(new PlannedOccurrence(null, date, target, RussianMonths.date(date)));
        }
    }

    /**
     * A deadline: {@code до 30 января 2023 г.}. One occurrence due that day, with no start.
     *
     * @param target target value for the deadline, {@code null} when none
     */
    record Deadline(String text, LocalDate due, Target target) implements Schedule {
        public Deadline {
            requireText(text);
            Objects.requireNonNull(due, "Не указан крайний срок");
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.DEADLINE;
        }

        @Override
        public List<PlannedOccurrence> occurrences() {
            return List.of(new PlannedOccurrence(null, due, target, "до " + RussianMonths.date(due)));
        }
    }

    /**
     * A month: {@code Август 2020г.}, {@code Сентябрь}. One occurrence from the first to the last day of
     * the month.
     *
     * @param month the month, its year resolved from the text or the plan period
     * @param target target value for the month, {@code null} when none
     */
    record InMonth(String text, YearMonth month, Target target) implements Schedule {
        public InMonth {
            requireText(text);
            Objects.requireNonNull(month, "Не указан месяц");
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.MONTH;
        }

        @Override
        public List<PlannedOccurrence> occurrences() {
            return List.of(new PlannedOccurrence(month.atDay(1), month.atEndOfMonth(), target,
                    RussianMonths.label(month)));
        }
    }

    /**
     * A range of months: {@code Февраль-апрель}, {@code март – декабрь 2023 г.}. One occurrence from the
     * first day of {@code first} to the last day of {@code last}.
     *
     * @param first first month of the range
     * @param last last month of the range, not before {@code first}
     * @param target target value for the range, {@code null} when none
     */
    record MonthRange(String text, YearMonth first, YearMonth last, Target target) implements Schedule {
        public MonthRange {
            requireText(text);
            Objects.requireNonNull(first, "Не указан первый месяц");
            Objects.requireNonNull(last, "Не указан последний месяц");
            if (last.isBefore(first)) {
                throw new IllegalArgumentException("Последний месяц " + RussianMonths.label(last)
                        + " раньше первого " + RussianMonths.label(first));
            }
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.MONTH_RANGE;
        }

        @Override
        public List<PlannedOccurrence> occurrences() {
            String label = first.getYear() == last.getYear()
                    ? RussianMonths.nominative(first.getMonth()) + "–" + RussianMonths.label(last)
                    : RussianMonths.label(first) + " – " + RussianMonths.label(last);
            return List.of(new PlannedOccurrence(first.atDay(1), last.atEndOfMonth(), target, label));
        }
    }

    /**
     * A list of dates, each an occurrence of its own, optionally each with its own target:
     * {@code 30.09.2020 30.09.2021 30.09.2022 30.09.2023 30.09.2024}.
     *
     * @param dates the dates in the order written; at least two, no date twice
     */
    record RecurringDates(String text, List<DatedTarget> dates) implements Schedule {
        public RecurringDates {
            requireText(text);
            dates = List.copyOf(dates);
            if (dates.size() < 2) {
                throw new IllegalArgumentException("Список дат должен содержать не менее двух дат");
            }
            Set<LocalDate> seen = new HashSet<>();
            for (DatedTarget dated : dates) {
                if (!seen.add(dated.date())) {
                    throw new IllegalArgumentException("Дата " + RussianMonths.date(dated.date()) + " указана дважды");
                }
            }
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.RECURRING_DATES;
        }

        @Override
        public List<PlannedOccurrence> occurrences() {
            return dates.stream()
                    .map(d -> new PlannedOccurrence(null, d.date(), d.target(), RussianMonths.date(d.date())))
                    .toList();
        }
    }

    /**
     * One date of {@link RecurringDates} with its own target.
     *
     * @param date the due date
     * @param target target value for that date, {@code null} when none
     */
    record DatedTarget(LocalDate date, Target target) {
        public DatedTarget {
            Objects.requireNonNull(date, "Не указана дата");
        }
    }

    /**
     * Throughout the plan period: {@code в течение года}, {@code постоянно}, {@code в течение всего периода
     * реализации …}. One occurrence spanning the period, due at its end.
     *
     * @param period the plan period the wording refers to
     * @param target target value at the end of the period, {@code null} when none
     */
    record Continuous(String text, PlanPeriod period, Target target) implements Schedule {
        public Continuous {
            requireText(text);
            Objects.requireNonNull(period, "Не указан период");
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.CONTINUOUS;
        }

        @Override
        public List<PlannedOccurrence> occurrences() {
            return List.of(new PlannedOccurrence(period.from(), period.to(), target,
                    "в течение периода (" + period.label() + ")"));
        }
    }

    /** {@code по необходимости}: one occurrence with no due date, never overdue. */
    record OnDemand(String text) implements Schedule {
        public OnDemand {
            requireText(text);
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.ON_DEMAND;
        }

        @Override
        public List<PlannedOccurrence> occurrences() {
            return List.of(new PlannedOccurrence(null, null, null, "по необходимости"));
        }
    }

    /**
     * Dates set by another body: {@code по плану ДИРО}, {@code в соответствии со сроками реализации программ
     * наставничества}. One occurrence with no due date, never overdue.
     *
     * @param body the body that sets the dates as written ({@code ДИРО}), {@code null} when the wording names
     *     none
     */
    record External(String text, String body) implements Schedule {
        public External {
            requireText(text);
            if (body != null && body.isBlank()) {
                body = null;
            }
        }

        @Override
        public ScheduleKind kind() {
            return ScheduleKind.EXTERNAL;
        }

        @Override
        public List<PlannedOccurrence> occurrences() {
            return List.of(new PlannedOccurrence(null, null, null, text.strip().replaceAll("\\s+", " ")));
        }
    }

    private static void requireText(String text) {
        Objects.requireNonNull(text, "Не указан текст срока");
        if (text.isBlank()) {
            throw new IllegalArgumentException("Текст срока не может быть пустым");
        }
    }
}
