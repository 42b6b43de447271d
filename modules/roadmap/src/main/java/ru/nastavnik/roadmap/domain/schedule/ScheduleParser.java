package ru.nastavnik.roadmap.domain.schedule;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import ru.nastavnik.roadmap.domain.PlanPeriod;

/**
 * Turns the schedule wording of a roadmap («Сроки», «Срок реализации», «Сроки исполнения») into a
 * {@link Schedule}.
 *
 * <p>Recognised, case-insensitively, after normalising whitespace, dashes ({@code -}, {@code –},
 * {@code —}, with or without spaces), year suffixes ({@code 2023 г.}, {@code 2023г}, {@code 2023 года}) and
 * stray spaces inside dates ({@code 30. 01.2023}):
 * <ul>
 *   <li>{@code по необходимости}, {@code при необходимости} → {@link ScheduleKind#ON_DEMAND};</li>
 *   <li>{@code постоянно}, {@code в течение года}, {@code в течение учебного года}, {@code в течение всего
 *       периода …} → {@link ScheduleKind#CONTINUOUS};</li>
 *   <li>{@code по плану ДИРО}, {@code по графику …}, {@code согласно плану …}, {@code в соответствии с(о) …}
 *       → {@link ScheduleKind#EXTERNAL} (the body after «по плану/графику» is kept);</li>
 *   <li>{@code до 30 января 2023 г.}, {@code до 30.01.2023}, {@code не позднее …} →
 *       {@link ScheduleKind#DEADLINE};</li>
 *   <li>{@code 01.06.2020}, {@code 15 сентября 2020} → {@link ScheduleKind#EXACT_DATE};</li>
 *   <li>two or more dates separated by spaces, commas, semicolons or line breaks →
 *       {@link ScheduleKind#RECURRING_DATES};</li>
 *   <li>{@code Февраль-апрель}, {@code март – декабрь 2023 г.} → {@link ScheduleKind#MONTH_RANGE};</li>
 *   <li>{@code Август 2020г.}, {@code Сентябрь}, {@code в августе} → {@link ScheduleKind#MONTH}.</li>
 * </ul>
 * A month without a year is the first month of that name that overlaps the plan period (Sasovo prints the
 * year on the first month only); a range without years starts there. A date without a year is the first such
 * date inside the period. Anything else is a {@link ScheduleParseException}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ScheduleParser {

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern SPACED_DATE = Pattern.compile("(\\d{1,2})\\s*\\.\\s*(\\d{1,2})\\s*\\.\\s*(\\d{4})");
    private static final Pattern YEAR_SUFFIX = Pattern.compile("(\\d{4})\\s*(?:года|год|гг|г)\\.?(?!\\p{L})", FLAGS);
    private static final Pattern DASH = Pattern.compile("\\s*[-\\u2010\\u2011\\u2012\\u2013\\u2014\\u2015]\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.,;]+$");

    private static final Pattern ON_DEMAND = Pattern.compile("(?:по|при|по мере) необходимости", FLAGS);
    private static final Pattern CONTINUOUS = Pattern.compile(
            "постоянно"
                    + "|(?:в течение|на протяжении) (?:всего )?(?:учебного |календарного )?года"
                    + "|(?:в течение|на протяжении) (?:всего )?периода(?: .+)?"
                    + "|весь период(?: .+)?",
            FLAGS);
    private static final Pattern EXTERNAL_WITH_BODY = Pattern.compile(
            "(?:(?:по|согласно) (?:плану|графику|календарю)|в соответствии со? (?:планом|графиком|календарём|календарем)) (.+)",
            FLAGS);
    private static final Pattern EXTERNAL = Pattern.compile(
            "(?:по|согласно) (?:плану|графику|календарю)|в соответствии со? .+", FLAGS);
    private static final Pattern DEADLINE = Pattern.compile("(?:до|не позднее) (.+)", FLAGS);
    private static final Pattern NUMERIC_DATE = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})");
    private static final Pattern WORDED_DATE = Pattern.compile("(\\d{1,2}) (\\p{L}+)(?: (\\d{4}))?", FLAGS);
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[\\s,;]+");
    private static final Pattern MONTH_RANGE = Pattern.compile("(\\p{L}+)(?: (\\d{4}))?-(\\p{L}+)(?: (\\d{4}))?", FLAGS);
    private static final Pattern MONTH = Pattern.compile("(?:в )?(\\p{L}+)(?: (\\d{4}))?", FLAGS);

    private static final String EXPECTED = "ожидается дата (01.06.2020), крайний срок («до 30 января 2023 г.»), "
            + "месяц («Август 2020 г.»), диапазон месяцев («февраль – апрель»), список дат, «в течение года», "
            + "«постоянно», «по необходимости» или «по плану …»";

    /** Parses the wording within the plan period, with no target values. */
    public Schedule parse(String text, PlanPeriod period) {
        return parse(text, period, List.of());
    }

    /**
     * Parses the wording within the plan period and attaches one target value per occurrence in order
     * (Sosnovka's item 12: five dates, five targets).
     *
     * @param targets empty for none, otherwise exactly one per occurrence
     * @throws ScheduleParseException when the wording is not recognised, a month or date cannot be placed in
     *     the period, or the number of targets does not match the occurrences
     */
    public Schedule parse(String text, PlanPeriod period, List<Target> targets) {
        Objects.requireNonNull(period, "Не указан период плана");
        if (text == null || text.isBlank()) {
            throw new ScheduleParseException(text == null ? "" : text, "текст срока пуст");
        }
        String original = text.strip();
        Schedule schedule = parseWithoutTargets(original, period);
        List<Target> given = targets == null ? List.of() : new ArrayList<>(targets);
        return given.isEmpty() ? schedule : withTargets(schedule, given);
    }

    /** Whitespace collapsed and trailing punctuation dropped; the wording itself untouched. */
    private static String light(String text) {
        String s = WHITESPACE.matcher(text).replaceAll(" ");
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("").strip();
    }

    /** {@link #light} plus dates, year suffixes and dashes brought to one form. */
    private static String normalise(String text) {
        String s = WHITESPACE.matcher(text).replaceAll(" ");
        s = SPACED_DATE.matcher(s).replaceAll("$1.$2.$3");
        s = YEAR_SUFFIX.matcher(s).replaceAll("$1");
        s = DASH.matcher(s).replaceAll("-");
        s = TRAILING_PUNCTUATION.matcher(s).replaceAll("");
        return WHITESPACE.matcher(s).replaceAll(" ").strip();
    }

    private Schedule parseWithoutTargets(String original, PlanPeriod period) {
        String light = light(original);
        if (ON_DEMAND.matcher(light).matches()) {
            return new Schedule.OnDemand(original);
        }
        if (CONTINUOUS.matcher(light).matches()) {
            return new Schedule.Continuous(original, period, null);
        }
        Matcher external = EXTERNAL_WITH_BODY.matcher(light);
        if (external.matches()) {
            return new Schedule.External(original, external.group(1));
        }
        if (EXTERNAL.matcher(light).matches()) {
            return new Schedule.External(original, null);
        }
        String s = normalise(original);
        Matcher deadline = DEADLINE.matcher(s);
        if (deadline.matches()) {
            LocalDate due = date(original, deadline.group(1), period)
                    .orElseThrow(() -> new ScheduleParseException(original,
                            "после «до» ожидается дата, например «до 30 января 2023 г.» или «до 30.01.2023»"));
            return new Schedule.Deadline(original, due, null);
        }
        Optional<LocalDate> single = date(original, s, period);
        if (single.isPresent()) {
            return new Schedule.ExactDate(original, single.get(), null);
        }
        Optional<List<LocalDate>> list = dateList(original, s);
        if (list.isPresent()) {
            List<Schedule.DatedTarget> dates = list.get().stream().map(d -> new Schedule.DatedTarget(d, null)).toList();
            long distinct = dates.stream().map(Schedule.DatedTarget::date).distinct().count();
            if (distinct != dates.size()) {
                throw new ScheduleParseException(original, "одна и та же дата указана дважды");
            }
            return new Schedule.RecurringDates(original, dates);
        }
        Matcher range = MONTH_RANGE.matcher(s);
        if (range.matches()) {
            Optional<Month> first = RussianMonths.parse(range.group(1));
            Optional<Month> last = RussianMonths.parse(range.group(3));
            if (first.isPresent() && last.isPresent()) {
                return monthRange(original, period, first.get(), year(range.group(2)), last.get(), year(range.group(4)));
            }
        }
        Matcher month = MONTH.matcher(s);
        if (month.matches()) {
            Optional<Month> named = RussianMonths.parse(month.group(1));
            if (named.isPresent()) {
                return new Schedule.InMonth(original, resolveMonth(original, period, named.get(), year(month.group(2))), null);
            }
        }
        throw new ScheduleParseException(original, EXPECTED);
    }

    private static Integer year(String group) {
        return group == null ? null : Integer.valueOf(group);
    }

    private static YearMonth resolveMonth(String original, PlanPeriod period, Month month, Integer year) {
        if (year != null) {
            return YearMonth.of(year, month);
        }
        return period.firstMonthNamed(month).orElseThrow(() -> new ScheduleParseException(original,
                "месяц «" + RussianMonths.nominative(month) + "» не попадает в период " + period.label()
                        + " — укажите год"));
    }

    private static Schedule monthRange(String original, PlanPeriod period, Month first, Integer firstYear,
            Month last, Integer lastYear) {
        YearMonth from;
        YearMonth to;
        if (firstYear != null && lastYear != null) {
            from = YearMonth.of(firstYear, first);
            to = YearMonth.of(lastYear, last);
        } else if (lastYear != null) {
            to = YearMonth.of(lastYear, last);
            from = YearMonth.of(first.compareTo(last) <= 0 ? lastYear : lastYear - 1, first);
        } else if (firstYear != null) {
            from = YearMonth.of(firstYear, first);
            to = YearMonth.of(first.compareTo(last) <= 0 ? firstYear : firstYear + 1, last);
        } else {
            from = resolveMonth(original, period, first, null);
            to = YearMonth.of(first.compareTo(last) <= 0 ? from.getYear() : from.getYear() + 1, last);
        }
        if (to.isBefore(from)) {
            throw new ScheduleParseException(original, "последний месяц " + RussianMonths.label(to)
                    + " раньше первого " + RussianMonths.label(from));
        }
        return new Schedule.MonthRange(original, from, to, null);
    }

    /** A single date, numeric or worded; empty when the text is not a date at all. */
    private static Optional<LocalDate> date(String original, String s, PlanPeriod period) {
        Matcher numeric = NUMERIC_DATE.matcher(s);
        if (numeric.matches()) {
            return Optional.of(numericDate(original, numeric));
        }
        Matcher worded = WORDED_DATE.matcher(s);
        if (worded.matches()) {
            Optional<Month> month = RussianMonths.parse(worded.group(2));
            if (month.isEmpty()) {
                return Optional.empty();
            }
            int day = Integer.parseInt(worded.group(1));
            if (worded.group(3) != null) {
                return Optional.of(dateOf(original, Integer.parseInt(worded.group(3)), month.get().getValue(), day));
            }
            MonthDay monthDay;
            try {
                monthDay = MonthDay.of(month.get(), day);
            } catch (DateTimeException e) {
                throw new ScheduleParseException(original, "несуществующая дата: " + day + " " + worded.group(2));
            }
            return Optional.of(period.firstDateOf(monthDay).orElseThrow(() -> new ScheduleParseException(original,
                    "дата «" + worded.group(0) + "» не попадает в период " + period.label() + " — укажите год")));
        }
        return Optional.empty();
    }

    /** Two or more numeric dates; empty when any token is not a numeric date. */
    private static Optional<List<LocalDate>> dateList(String original, String s) {
        String[] tokens = LIST_SEPARATOR.split(s);
        if (tokens.length < 2) {
            return Optional.empty();
        }
        List<LocalDate> dates = new ArrayList<>(tokens.length);
        for (String token : tokens) {
            Matcher numeric = NUMERIC_DATE.matcher(token);
            if (!numeric.matches()) {
                return Optional.empty();
            }
            dates.add(numericDate(original, numeric));
        }
        return Optional.of(dates);
    }

    private static LocalDate numericDate(String original, Matcher numeric) {
        return dateOf(original, Integer.parseInt(numeric.group(3)), Integer.parseInt(numeric.group(2)),
                Integer.parseInt(numeric.group(1)));
    }

    private static LocalDate dateOf(String original, int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new ScheduleParseException(original,
                    String.format("несуществующая дата %02d.%02d.%d", day, month, year));
        }
    }

    private static Schedule withTargets(Schedule schedule, List<Target> targets) {
        int occurrences = schedule.occurrences().size();
        if (schedule instanceof Schedule.OnDemand || schedule instanceof Schedule.External) {
            throw new ScheduleParseException(schedule.text(),
                    "у срока без даты («" + schedule.kind().title() + "») не может быть целевого значения");
        }
        if (targets.size() != occurrences) {
            throw new ScheduleParseException(schedule.text(), "указано целевых значений: " + targets.size()
                    + ", а сроков в тексте: " + occurrences);
        }
        if (targets.contains(null)) {
            throw new ScheduleParseException(schedule.text(), "целевое значение не указано");
        }
        Target only = targets.get(0);
        if (schedule instanceof Schedule.ExactDate s) {
            return new Schedule.ExactDate(s.text(), s.date(), only);
        }
        if (schedule instanceof Schedule.Deadline s) {
            return new Schedule.Deadline(s.text(), s.due(), only);
        }
        if (schedule instanceof Schedule.InMonth s) {
            return new Schedule.InMonth(s.text(), s.month(), only);
        }
        if (schedule instanceof Schedule.MonthRange s) {
            return new Schedule.MonthRange(s.text(), s.first(), s.last(), only);
        }
        if (schedule instanceof Schedule.Continuous s) {
            return new Schedule.Continuous(s.text(), s.period(), only);
        }
        Schedule.RecurringDates s = (Schedule.RecurringDates) schedule;
        List<Schedule.DatedTarget> dates = new ArrayList<>(s.dates().size());
        for (int i = 0; i < s.dates().size(); i++) {
            dates.add(new Schedule.DatedTarget(s.dates().get(i).date(), targets.get(i)));
        }
        return new Schedule.RecurringDates(s.text(), dates);
    }
}
