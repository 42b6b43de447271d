package ru.nastavnik.roadmap.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.CONTINUOUS;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.DEADLINE;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.EXACT_DATE;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.EXTERNAL;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.MONTH;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.MONTH_RANGE;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.ON_DEMAND;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.RECURRING_DATES;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.nastavnik.roadmap.domain.PlanPeriod;

class ScheduleParserTest {

    static final PlanPeriod SASOVO = PlanPeriod.of(LocalDate.of(2020, 8, 1), LocalDate.of(2021, 6, 30));
    static final PlanPeriod DAGESTANSKIE_OGNI = PlanPeriod.calendarYear(2023);
    static final PlanPeriod SOSNOVKA = PlanPeriod.years(2020, 2024);
    static final PlanPeriod MICHURINSK = PlanPeriod.schoolYear(2020);

    private final ScheduleParser parser = new ScheduleParser();

    /**
     * Every schedule wording of the four seed roadmaps, as printed (Sosnovka's and Michurinsk's lists with the
     * line breaks of the seed). Expected occurrences: {@code start/due}, {@code -} for none, {@code ;} between.
     */
    static Stream<Arguments> everyScheduleOfTheSeeds() {
        return Stream.of(
                // Sasovo, order 94/1: the year only on the first month
                seed("Август 2020г.", SASOVO, MONTH, "2020-08-01/2020-08-31"),
                seed("Сентябрь", SASOVO, MONTH, "2020-09-01/2020-09-30"),
                seed("Октябрь", SASOVO, MONTH, "2020-10-01/2020-10-31"),
                seed("Ноябрь", SASOVO, MONTH, "2020-11-01/2020-11-30"),
                seed("Декабрь", SASOVO, MONTH, "2020-12-01/2020-12-31"),
                seed("Февраль-апрель", SASOVO, MONTH_RANGE, "2021-02-01/2021-04-30"),
                seed("Май", SASOVO, MONTH, "2021-05-01/2021-05-31"),
                seed("Июнь", SASOVO, MONTH, "2021-06-01/2021-06-30"),
                // Dagestanskie Ogni, order № 05, 2023
                seed("январь 2023 г.", DAGESTANSKIE_OGNI, MONTH, "2023-01-01/2023-01-31"),
                seed("до 30 января 2023 г.", DAGESTANSKIE_OGNI, DEADLINE, "-/2023-01-30"),
                seed("По необходимости", DAGESTANSKIE_OGNI, ON_DEMAND, "-/-"),
                seed("В течение года", DAGESTANSKIE_OGNI, CONTINUOUS, "2023-01-01/2023-12-31"),
                seed("В течение всего периода реализации Целевой модели наставничества", DAGESTANSKIE_OGNI,
                        CONTINUOUS, "2023-01-01/2023-12-31"),
                seed("В течение всего периода реализации целевой модели наставничества", DAGESTANSKIE_OGNI,
                        CONTINUOUS, "2023-01-01/2023-12-31"),
                seed("до 05 февраля 2023 г.", DAGESTANSKIE_OGNI, DEADLINE, "-/2023-02-05"),
                seed("до 10 февраля 2023 г.", DAGESTANSKIE_OGNI, DEADLINE, "-/2023-02-10"),
                seed("по плану ДИРО", DAGESTANSKIE_OGNI, EXTERNAL, "-/-"),
                seed("в течение года", DAGESTANSKIE_OGNI, CONTINUOUS, "2023-01-01/2023-12-31"),
                seed("в соответствии со сроками реализации программ наставничества", DAGESTANSKIE_OGNI, EXTERNAL,
                        "-/-"),
                seed("до 30. 01.2023 г.", DAGESTANSKIE_OGNI, DEADLINE, "-/2023-01-30"),
                seed("Постоянно", DAGESTANSKIE_OGNI, CONTINUOUS, "2023-01-01/2023-12-31"),
                seed("январь— декабрь 2023 г.", DAGESTANSKIE_OGNI, MONTH_RANGE, "2023-01-01/2023-12-31"),
                seed("март – декабрь 2023 г.", DAGESTANSKIE_OGNI, MONTH_RANGE, "2023-03-01/2023-12-31"),
                seed("Март 2023г.", DAGESTANSKIE_OGNI, MONTH, "2023-03-01/2023-03-31"),
                seed("апрель 2023 г.", DAGESTANSKIE_OGNI, MONTH, "2023-04-01/2023-04-30"),
                // Sosnovka, 2020–2024
                seed("01.06.2020", SOSNOVKA, EXACT_DATE, "-/2020-06-01"),
                seed("15.06.2020", SOSNOVKA, EXACT_DATE, "-/2020-06-15"),
                seed("30.06.2020", SOSNOVKA, EXACT_DATE, "-/2020-06-30"),
                seed("30.08.2020 31.05.2021 31.05.2022 31.05.2023 31.05.2024", SOSNOVKA, RECURRING_DATES,
                        "-/2020-08-30;-/2021-05-31;-/2022-05-31;-/2023-05-31;-/2024-05-31"),
                seed("30.09.2020 30.09.2021 30.09.2022\n\n\t30.09.2023 30.09.2024", SOSNOVKA, RECURRING_DATES,
                        "-/2020-09-30;-/2021-09-30;-/2022-09-30;-/2023-09-30;-/2024-09-30"),
                seed("30.09.2020 31.05.2021 31.05.2022 31.05.2023 31.05.2024", SOSNOVKA, RECURRING_DATES,
                        "-/2020-09-30;-/2021-05-31;-/2022-05-31;-/2023-05-31;-/2024-05-31"),
                seed("30.11.2020 30.11.2021 30.11.2022 30.11.2023 30.11.2024", SOSNOVKA, RECURRING_DATES,
                        "-/2020-11-30;-/2021-11-30;-/2022-11-30;-/2023-11-30;-/2024-11-30"),
                seed("31.12.2020 31.12.2021 31.12.2022 31.12.2023 31.12.2024", SOSNOVKA, RECURRING_DATES,
                        "-/2020-12-31;-/2021-12-31;-/2022-12-31;-/2023-12-31;-/2024-12-31"),
                seed("В течение всего периода", SOSNOVKA, CONTINUOUS, "2020-01-01/2024-12-31"),
                seed("30.12.2020 01.09.2021 01.09.2022 01.09.2023 01.09.2024", SOSNOVKA, RECURRING_DATES,
                        "-/2020-12-30;-/2021-09-01;-/2022-09-01;-/2023-09-01;-/2024-09-01"),
                seed("31.12.2020 31.12.2021\n\n\t31.12.2022 31.12.2023 31.12.2024", SOSNOVKA, RECURRING_DATES,
                        "-/2020-12-31;-/2021-12-31;-/2022-12-31;-/2023-12-31;-/2024-12-31"),
                // Michurinsk, 2020/21 school year
                seed("01.06.2020", MICHURINSK, EXACT_DATE, "-/2020-06-01"),
                seed("02.06.2020", MICHURINSK, EXACT_DATE, "-/2020-06-02"),
                seed("15.06.2020", MICHURINSK, EXACT_DATE, "-/2020-06-15"),
                seed("22.06.2020", MICHURINSK, EXACT_DATE, "-/2020-06-22"),
                seed("30.06.2020", MICHURINSK, EXACT_DATE, "-/2020-06-30"),
                seed("15.09.2020", MICHURINSK, EXACT_DATE, "-/2020-09-15"),
                seed("30.09.2020", MICHURINSK, EXACT_DATE, "-/2020-09-30"),
                seed("30.09.2020\n30.04.2021", MICHURINSK, RECURRING_DATES, "-/2020-09-30;-/2021-04-30"),
                seed("30.11.2020", MICHURINSK, EXACT_DATE, "-/2020-11-30"),
                seed("31.12.2020", MICHURINSK, EXACT_DATE, "-/2020-12-31"),
                seed("20.01.2021", MICHURINSK, EXACT_DATE, "-/2021-01-20"),
                seed("30.04.2021", MICHURINSK, EXACT_DATE, "-/2021-04-30"),
                seed("31.05.2021", MICHURINSK, EXACT_DATE, "-/2021-05-31"),
                seed("31.12.2020\n31.05.2021", MICHURINSK, RECURRING_DATES, "-/2020-12-31;-/2021-05-31"));
    }

    @ParameterizedTest(name = "[{index}] «{0}» в периоде {1}")
    @MethodSource("everyScheduleOfTheSeeds")
    void parsesEveryScheduleOfTheSeeds(String text, PlanPeriod period, ScheduleKind kind, String expected) {
        Schedule schedule = parser.parse(text, period);

        assertThat(schedule.kind()).isEqualTo(kind);
        assertThat(schedule.text()).isEqualTo(text.strip());
        assertThat(ScheduleExpectations.spans(schedule)).isEqualTo(expected);
    }

    @Test
    void keepsTheBodyThatSetsTheDates() {
        assertThat(parser.parse("по плану ДИРО", DAGESTANSKIE_OGNI))
                .isEqualTo(new Schedule.External("по плану ДИРО", "ДИРО"));
        assertThat(parser.parse("в соответствии со сроками реализации программ наставничества", DAGESTANSKIE_OGNI))
                .isEqualTo(new Schedule.External("в соответствии со сроками реализации программ наставничества", null));
        assertThat(parser.parse("согласно графику Министерства образования.", DAGESTANSKIE_OGNI))
                .isEqualTo(new Schedule.External("согласно графику Министерства образования.", "Министерства образования"));
    }

    @Test
    void occurrencesWithoutDueDateAndLabels() {
        PlannedOccurrence onDemand = parser.parse("По необходимости", DAGESTANSKIE_OGNI).occurrences().get(0);
        assertThat(onDemand.hasDueDate()).isFalse();
        assertThat(onDemand.label()).isEqualTo("по необходимости");

        assertThat(parser.parse("Август 2020г.", SASOVO).occurrences().get(0).label()).isEqualTo("август 2020");
        assertThat(parser.parse("Февраль-апрель", SASOVO).occurrences().get(0).label()).isEqualTo("февраль–апрель 2021");
        assertThat(parser.parse("до 30. 01.2023 г.", DAGESTANSKIE_OGNI).occurrences().get(0).label())
                .isEqualTo("до 30.01.2023");
        assertThat(parser.parse("Постоянно", DAGESTANSKIE_OGNI).occurrences().get(0).label())
                .isEqualTo("в течение периода (2023 год)");
        assertThat(parser.parse("сентябрь 2020 – май 2021", MICHURINSK).occurrences().get(0).label())
                .isEqualTo("сентябрь 2020 – май 2021");
    }

    @Nested
    class MonthNames {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {
            "Август 2020г.", "август 2020 г.", "августа 2020 года", "АВГУСТ 2020 Г", "в августе 2020 г.",
            "Августе 2020", "августу 2020", "августом 2020 г.", "август 2020год"
        })
        void everyCaseFormAndYearSuffix(String text) {
            Schedule schedule = parser.parse(text, SASOVO);
            assertThat(schedule).isInstanceOf(Schedule.InMonth.class);
            assertThat(ScheduleExpectations.spans(schedule)).isEqualTo("2020-08-01/2020-08-31");
        }

        @ParameterizedTest(name = "{0}")
        @CsvSource(delimiter = '|', value = {
            "январь|1", "января|1", "январём|1", "январем|1", "январе|1", "февраля|2", "марта|3", "марте|3",
            "апреля|4", "мая|5", "мае|5", "маю|5", "июня|6", "июле|7", "сентября|9", "октябре|10", "ноября|11",
            "декабрю|12", "Декабрь|12"
        })
        void recognisesEveryMonthInAnyCase(String word, int month) {
            assertThat(RussianMonths.parse(word)).hasValueSatisfying(m -> assertThat(m.getValue()).isEqualTo(month));
        }

        @Test
        void rejectsWordsThatAreNotMonths() {
            assertThat(RussianMonths.parse("квартал")).isEmpty();
            assertThat(RussianMonths.parse("мартовский")).isEmpty();
        }

        @Test
        void monthWithoutYearIsTheFirstOfThatNameInsideThePeriod() {
            assertThat(ScheduleExpectations.spans(parser.parse("Сентябрь", MICHURINSK))).isEqualTo("2020-09-01/2020-09-30");
            assertThat(ScheduleExpectations.spans(parser.parse("август", MICHURINSK))).isEqualTo("2021-08-01/2021-08-31");
            assertThat(ScheduleExpectations.spans(parser.parse("в мае", SOSNOVKA))).isEqualTo("2020-05-01/2020-05-31");
        }

        @Test
        void monthOutsideAShortPeriodNeedsAYear() {
            assertThatThrownBy(() -> parser.parse("Июль", SASOVO))
                    .isInstanceOf(ScheduleParseException.class)
                    .hasMessage("Не удалось распознать срок «Июль»: месяц «июль» не попадает в период "
                            + "01.08.2020–30.06.2021 — укажите год");
        }
    }

    @Nested
    class MonthRanges {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {
            "Февраль-апрель", "февраль - апрель", "февраль–апрель", "февраль —апрель", "Февраль — Апрель",
            "февраль-апрель 2021 г.", "февраль 2021 – апрель 2021 года", "февраль 2021-апрель"
        })
        void everyDashWithOrWithoutSpaces(String text) {
            Schedule schedule = parser.parse(text, SASOVO);
            assertThat(schedule.kind()).isEqualTo(MONTH_RANGE);
            assertThat(ScheduleExpectations.spans(schedule)).isEqualTo("2021-02-01/2021-04-30");
        }

        @Test
        void rangeAcrossNewYear() {
            assertThat(ScheduleExpectations.spans(parser.parse("ноябрь – февраль", SASOVO)))
                    .isEqualTo("2020-11-01/2021-02-28");
            assertThat(ScheduleExpectations.spans(parser.parse("ноябрь – февраль 2021 г.", DAGESTANSKIE_OGNI)))
                    .isEqualTo("2020-11-01/2021-02-28");
            assertThat(ScheduleExpectations.spans(parser.parse("сентябрь 2020 – май", DAGESTANSKIE_OGNI)))
                    .isEqualTo("2020-09-01/2021-05-31");
        }

        @Test
        void rejectsARangeRunningBackwards() {
            assertThatThrownBy(() -> parser.parse("апрель 2021 – февраль 2021", SASOVO))
                    .isInstanceOf(ScheduleParseException.class)
                    .hasMessage("Не удалось распознать срок «апрель 2021 – февраль 2021»: последний месяц февраль 2021 "
                            + "раньше первого апрель 2021");
        }
    }

    @Nested
    class DatesAndDeadlines {

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {
            "30.09.2020 30.09.2021", "30.09.2020, 30.09.2021", "30.09.2020;30.09.2021", "30.09.2020\n30.09.2021",
            " 30.09.2020 ,\n 30.09.2021. "
        })
        void listsSeparatedBySpacesCommasOrLineBreaks(String text) {
            Schedule schedule = parser.parse(text, SOSNOVKA);
            assertThat(schedule.kind()).isEqualTo(RECURRING_DATES);
            assertThat(ScheduleExpectations.spans(schedule)).isEqualTo("-/2020-09-30;-/2021-09-30");
        }

        @ParameterizedTest(name = "«{0}»")
        @ValueSource(strings = {
            "до 30 января 2023 г.", "до 30.01.2023", "до 30. 01.2023 г.", "До 30 января 2023 года", "не позднее 30.01.2023",
            "до 30 января"
        })
        void deadlines(String text) {
            Schedule schedule = parser.parse(text, DAGESTANSKIE_OGNI);
            assertThat(schedule).isEqualTo(new Schedule.Deadline(text, LocalDate.of(2023, 1, 30), null));
        }

        @Test
        void wordedExactDate() {
            assertThat(parser.parse("15 сентября 2020 г.", MICHURINSK))
                    .isEqualTo(new Schedule.ExactDate("15 сентября 2020 г.", LocalDate.of(2020, 9, 15), null));
        }

        @Test
        void rejectsADateThatDoesNotExist() {
            assertThatThrownBy(() -> parser.parse("31.02.2021", MICHURINSK))
                    .isInstanceOf(ScheduleParseException.class)
                    .hasMessage("Не удалось распознать срок «31.02.2021»: несуществующая дата 31.02.2021");
            assertThatThrownBy(() -> parser.parse("30.09.2020 31.09.2021", SOSNOVKA))
                    .hasMessage("Не удалось распознать срок «30.09.2020 31.09.2021»: несуществующая дата 31.09.2021");
        }

        @Test
        void rejectsTheSameDateTwice() {
            assertThatThrownBy(() -> parser.parse("30.09.2020 30.09.2020", SOSNOVKA))
                    .isInstanceOf(ScheduleParseException.class)
                    .hasMessageContaining("одна и та же дата указана дважды");
        }

        @Test
        void rejectsADeadlineWithoutADate() {
            assertThatThrownBy(() -> parser.parse("до конца года", DAGESTANSKIE_OGNI))
                    .isInstanceOf(ScheduleParseException.class)
                    .hasMessageStartingWith("Не удалось распознать срок «до конца года»: после «до» ожидается дата");
        }
    }

    @Nested
    class Targets {

        private final List<Target> sosnovka = Stream.of(10, 20, 35, 50, 70).map(Target::atLeastPercent).toList();

        @Test
        void oneTargetPerOccurrence() {
            Schedule schedule = parser.parse("31.12.2020 31.12.2021 31.12.2022 31.12.2023 31.12.2024", SOSNOVKA, sosnovka);

            assertThat(schedule.occurrences())
                    .extracting(o -> o.due().getYear() + ": " + o.target().label())
                    .containsExactly("2020: не менее 10\u00a0%", "2021: не менее 20\u00a0%", "2022: не менее 35\u00a0%",
                            "2023: не менее 50\u00a0%", "2024: не менее 70\u00a0%");
        }

        @Test
        void singleOccurrenceTarget() {
            Schedule schedule = parser.parse("31.12.2020", MICHURINSK, List.of(Target.atLeastPercent(10)));
            assertThat(schedule).isEqualTo(new Schedule.ExactDate("31.12.2020", LocalDate.of(2020, 12, 31),
                    Target.atLeastPercent(10)));
        }

        @Test
        void rejectsTooFewTargets() {
            assertThatThrownBy(() -> parser.parse("31.12.2020 31.12.2021", SOSNOVKA, sosnovka))
                    .isInstanceOf(ScheduleParseException.class)
                    .hasMessage("Не удалось распознать срок «31.12.2020 31.12.2021»: указано целевых значений: 5, "
                            + "а сроков в тексте: 2");
        }

        @Test
        void rejectsTargetsForUndatedSchedules() {
            assertThatThrownBy(() -> parser.parse("по плану ДИРО", DAGESTANSKIE_OGNI, List.of(Target.atLeastPercent(10))))
                    .isInstanceOf(ScheduleParseException.class)
                    .hasMessageContaining("не может быть целевого значения");
        }

        @Test
        void rejectsAMissingTargetInTheList() {
            List<Target> withGap = Arrays.asList(Target.atLeastPercent(10), null);
            assertThatThrownBy(() -> parser.parse("31.12.2020 31.12.2021", SOSNOVKA, withGap))
                    .isInstanceOf(ScheduleParseException.class)
                    .hasMessageContaining("целевое значение не указано");
        }
    }

    @ParameterizedTest(name = "«{0}»")
    @ValueSource(strings = {"когда-нибудь", "I квартал 2023 г.", "ежегодно", "2023", "30.09.2020 и 30.09.2021"})
    void rejectsUnknownWordingNamingTheText(String text) {
        assertThatThrownBy(() -> parser.parse(text, SOSNOVKA))
                .isInstanceOf(ScheduleParseException.class)
                .hasMessageStartingWith("Не удалось распознать срок «" + text + "»: ожидается дата")
                .satisfies(e -> assertThat(((ScheduleParseException) e).text()).isEqualTo(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\n\t"})
    void rejectsBlankText(String text) {
        assertThatThrownBy(() -> parser.parse(text, SOSNOVKA))
                .isInstanceOf(ScheduleParseException.class)
                .hasMessageEndingWith(": текст срока пуст");
    }

    private static Arguments seed(String text, PlanPeriod period, ScheduleKind kind, String expected) {
        return Arguments.of(text, period, kind, expected);
    }
}
