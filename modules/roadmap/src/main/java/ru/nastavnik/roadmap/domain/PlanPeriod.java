package ru.nastavnik.roadmap.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

/**
 * The period a roadmap is planned for: both ends inclusive.
 *
 * <p>Factories cover the periods the seed documents use: a school year (01.09–31.08), a calendar
 * year, a span of calendar years and an arbitrary range. The Russian {@link #label()} is derived from
 * the dates alone, so the period persists as two dates.
 *
 * @param from first day of the period (inclusive)
 * @param to last day of the period (inclusive), not before {@code from}
 */
public record PlanPeriod(LocalDate from, LocalDate to) {

    private static final DateTimeFormatter RU_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final MonthDay SCHOOL_YEAR_START = MonthDay.of(Month.SEPTEMBER, 1);
    private static final MonthDay SCHOOL_YEAR_END = MonthDay.of(Month.AUGUST, 31);
    private static final MonthDay JANUARY_FIRST = MonthDay.of(Month.JANUARY, 1);
    private static final MonthDay DECEMBER_LAST = MonthDay.of(Month.DECEMBER, 31);

    public PlanPeriod {
        Objects.requireNonNull(from, "Не указано начало периода");
        Objects.requireNonNull(to, "Не указано окончание периода");
        if (to.isBefore(from)) {
            throw new IllegalArgumentException(
                    "Окончание периода " + to.format(RU_DATE) + " раньше его начала " + from.format(RU_DATE));
        }
    }

    /** School year starting in {@code startYear}: {@code schoolYear(2020)} is 01.09.2020–31.08.2021. */
    public static PlanPeriod schoolYear(int startYear) {
        return new PlanPeriod(LocalDate.of(startYear, 9, 1), LocalDate.of(startYear + 1, 8, 31));
    }

    /** Calendar year: {@code calendarYear(2023)} is 01.01.2023–31.12.2023. */
    public static PlanPeriod calendarYear(int year) {
        return new PlanPeriod(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
    }

    /** Span of calendar years: {@code years(2020, 2024)} is 01.01.2020–31.12.2024. */
    public static PlanPeriod years(int firstYear, int lastYear) {
        return new PlanPeriod(LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
    }

    /** Arbitrary period, both ends inclusive. */
    public static PlanPeriod of(LocalDate from, LocalDate to) {
        return new PlanPeriod(from, to);
    }

    /**
     * Russian label: {@code 2020/21 учебный год}, {@code 2023 год}, {@code 2020–2024 годы}; any other
     * period is shown as {@code 01.08.2020–30.06.2021}.
     */
    public String label() {
        if (MonthDay.from(from).equals(SCHOOL_YEAR_START) && MonthDay.from(to).equals(SCHOOL_YEAR_END)
                && to.getYear() == from.getYear() + 1) {
            return String.format("%d/%02d учебный год", from.getYear(), to.getYear() % 100);
        }
        if (MonthDay.from(from).equals(JANUARY_FIRST) && MonthDay.from(to).equals(DECEMBER_LAST)) {
            return from.getYear() == to.getYear()
                    ? from.getYear() + " год"
                    : from.getYear() + "–" + to.getYear() + " годы";
        }
        return from.format(RU_DATE) + "–" + to.format(RU_DATE);
    }

    /** Whether the date lies inside the period (ends inclusive). */
    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** Whether at least one day of the month lies inside the period. */
    public boolean overlaps(YearMonth month) {
        return !month.atEndOfMonth().isBefore(from) && !month.atDay(1).isAfter(to);
    }

    /**
     * The first month with this name that overlaps the period, e.g. {@code Сентябрь} in 01.08.2020–30.06.2021
     * is September 2020, {@code Май} is May 2021; empty when the period is shorter than a year and misses it.
     */
    public Optional<YearMonth> firstMonthNamed(Month month) {
        for (YearMonth candidate = YearMonth.from(from); !candidate.atDay(1).isAfter(to); candidate = candidate.plusMonths(1)) {
            if (candidate.getMonth() == month) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The first date with this day and month inside the period (for {@code до 30 января} without a year).
     */
    public Optional<LocalDate> firstDateOf(MonthDay monthDay) {
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            if (!monthDay.isValidYear(year)) {
                continue;
            }
            LocalDate candidate = monthDay.atYear(year);
            if (contains(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return label();
    }
}
