package ru.nastavnik.roadmap.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.YearMonth;

import org.junit.jupiter.api.Test;

class PlanPeriodTest {

    @Test
    void schoolYear() {
        PlanPeriod period = PlanPeriod.schoolYear(2020);
        assertThat(period.from()).isEqualTo(LocalDate.of(2020, 9, 1));
        assertThat(period.to()).isEqualTo(LocalDate.of(2021, 8, 31));
        assertThat(period.label()).isEqualTo("2020/21 учебный год");
        assertThat(PlanPeriod.schoolYear(2099).label()).isEqualTo("2099/00 учебный год");
    }

    @Test
    void calendarYearAndSpanOfYears() {
        assertThat(PlanPeriod.calendarYear(2023))
                .isEqualTo(new PlanPeriod(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)));
        assertThat(PlanPeriod.calendarYear(2023).label()).isEqualTo("2023 год");
        assertThat(PlanPeriod.years(2020, 2024))
                .isEqualTo(new PlanPeriod(LocalDate.of(2020, 1, 1), LocalDate.of(2024, 12, 31)));
        assertThat(PlanPeriod.years(2020, 2024).label()).isEqualTo("2020–2024 годы");
    }

    @Test
    void arbitraryPeriodIsLabelledWithItsDates() {
        PlanPeriod sasovo = PlanPeriod.of(LocalDate.of(2020, 8, 1), LocalDate.of(2021, 6, 30));
        assertThat(sasovo.label()).isEqualTo("01.08.2020–30.06.2021");
        assertThat(PlanPeriod.of(LocalDate.of(2020, 9, 1), LocalDate.of(2022, 8, 31)).label())
                .as("two school years are not «учебный год»").isEqualTo("01.09.2020–31.08.2022");
    }

    @Test
    void rejectsAnEndBeforeTheStart() {
        assertThatThrownBy(() -> PlanPeriod.of(LocalDate.of(2021, 1, 1), LocalDate.of(2020, 12, 31)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Окончание периода 31.12.2020 раньше его начала 01.01.2021");
    }

    @Test
    void containsAndOverlapsAreInclusive() {
        PlanPeriod period = PlanPeriod.schoolYear(2020);
        assertThat(period.contains(LocalDate.of(2020, 9, 1))).isTrue();
        assertThat(period.contains(LocalDate.of(2021, 8, 31))).isTrue();
        assertThat(period.contains(LocalDate.of(2020, 8, 31))).isFalse();
        assertThat(period.overlaps(YearMonth.of(2021, 8))).isTrue();
        assertThat(period.overlaps(YearMonth.of(2020, 8))).isFalse();
        assertThat(PlanPeriod.of(LocalDate.of(2020, 8, 20), LocalDate.of(2020, 12, 31)).overlaps(YearMonth.of(2020, 8)))
                .as("a month partly inside the period").isTrue();
    }

    @Test
    void firstMonthAndDateWithAName() {
        PlanPeriod sasovo = PlanPeriod.of(LocalDate.of(2020, 8, 1), LocalDate.of(2021, 6, 30));
        assertThat(sasovo.firstMonthNamed(Month.SEPTEMBER)).contains(YearMonth.of(2020, 9));
        assertThat(sasovo.firstMonthNamed(Month.MAY)).contains(YearMonth.of(2021, 5));
        assertThat(sasovo.firstMonthNamed(Month.JULY)).isEmpty();
        assertThat(sasovo.firstDateOf(MonthDay.of(1, 30))).contains(LocalDate.of(2021, 1, 30));
        assertThat(PlanPeriod.years(2021, 2023).firstDateOf(MonthDay.of(2, 29))).as("no leap year in the period").isEmpty();
        assertThat(PlanPeriod.years(2021, 2024).firstDateOf(MonthDay.of(2, 29))).contains(LocalDate.of(2024, 2, 29));
    }
}
