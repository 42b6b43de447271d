package ru.nastavnik.roadmap.domain.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.junit.jupiter.api.Test;

import ru.nastavnik.roadmap.domain.PlanPeriod;

/** The schedule records on their own, as they would be rehydrated from storage. */
class ScheduleModelTest {

    @Test
    void recordsRejectInconsistentState() {
        assertThatThrownBy(() -> new Schedule.MonthRange("x", YearMonth.of(2021, 4), YearMonth.of(2021, 2), null))
                .hasMessage("Последний месяц февраль 2021 раньше первого апрель 2021");
        assertThatThrownBy(() -> new Schedule.RecurringDates("x", List.of(new Schedule.DatedTarget(LocalDate.of(2020, 1, 1), null))))
                .hasMessage("Список дат должен содержать не менее двух дат");
        assertThatThrownBy(() -> new Schedule.OnDemand(" ")).hasMessage("Текст срока не может быть пустым");
        assertThatThrownBy(() -> new PlannedOccurrence(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 1, 1), null, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void continuousSpansThePeriodItIsGiven() {
        Schedule.Continuous continuous = new Schedule.Continuous("постоянно", PlanPeriod.years(2020, 2024), null);
        PlannedOccurrence only = continuous.occurrences().get(0);
        assertThat(only.start()).isEqualTo(LocalDate.of(2020, 1, 1));
        assertThat(only.due()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(only.label()).isEqualTo("в течение периода (2020–2024 годы)");
    }

    @Test
    void externalWithoutBodyIsLabelledWithItsWording() {
        Schedule.External external = new Schedule.External("в соответствии со\nсроками программ", " ");
        assertThat(external.body()).isNull();
        assertThat(external.occurrences()).containsExactly(
                new PlannedOccurrence(null, null, null, "в соответствии со сроками программ"));
    }

    @Test
    void everyKindHasARussianTitle() {
        for (ScheduleKind kind : ScheduleKind.values()) {
            assertThat(kind.title()).isNotBlank();
        }
        assertThat(ScheduleKind.ON_DEMAND.title()).isEqualTo("По необходимости");
    }
}
