package ru.nastavnik.roadmap.domain.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.roadmap.domain.progress.OccurrenceStatus.CANCELLED;
import static ru.nastavnik.roadmap.domain.progress.OccurrenceStatus.DONE;
import static ru.nastavnik.roadmap.domain.progress.OccurrenceStatus.IN_PROGRESS;
import static ru.nastavnik.roadmap.domain.progress.OccurrenceStatus.PLANNED;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.schedule.ScheduleParser;
import ru.nastavnik.roadmap.domain.template.EventBinding;

class OccurrenceProgressTest {

    private static final LocalDate DUE = LocalDate.of(2023, 2, 5);
    private static final DocumentEvidence ORDER = new DocumentEvidence("приказ", "12", LocalDate.of(2023, 2, 3),
            "О формировании базы наставляемых", null);
    private static final EventEvidence IMPORT = new EventEvidence("registry.participants-imported", "evt-1",
            "Импортировано 48 наставляемых", Instant.parse("2023-02-04T10:15:00Z"));

    private final OccurrenceProgress planned = OccurrenceProgress.planned(DUE);

    @Test
    void startsPlannedWithNothingAttached() {
        assertThat(planned.status()).isEqualTo(PLANNED);
        assertThat(planned.evidence()).isEmpty();
        assertThat(planned.cancellationReason()).isNull();
        assertThat(planned.isFinal()).isFalse();
    }

    @Nested
    class Completion {

        @Test
        void doneRequiresEvidence() {
            assertThatThrownBy(planned::complete)
                    .isInstanceOf(ProgressRuleViolation.class)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("Чтобы отметить пункт выполненным, приложите подтверждение: документ, ссылку или событие системы");
        }

        @Test
        void completeWithEvidenceFromPlannedOrInProgress() {
            OccurrenceProgress done = planned.complete(ORDER);
            assertThat(done.status()).isEqualTo(DONE);
            assertThat(done.evidence()).containsExactly(ORDER);

            OccurrenceProgress viaWork = planned.start().attach(ORDER).complete();
            assertThat(viaWork.status()).isEqualTo(DONE);
            assertThat(viaWork.evidence()).containsExactly(ORDER);
        }

        @Test
        void anEventCompletesABoundItemAndARedeliveryChangesNothing() {
            assertThat(IMPORT.matches(EventBinding.PARTICIPANTS_IMPORTED)).isTrue();
            assertThat(IMPORT.matches(EventBinding.PAIRS_FIXED)).isFalse();

            OccurrenceProgress done = planned.complete(IMPORT);

            assertThat(done.complete(IMPORT)).isSameAs(done);
            assertThatThrownBy(() -> done.complete(ORDER))
                    .isInstanceOf(ProgressRuleViolation.class)
                    .hasMessage("Нельзя отметить выполненным: пункт уже выполнен; изменить его можно, только если "
                            + "координатор переоткроет пункт");
        }

        @Test
        void evidenceCanBeDetachedWhileOpenButNotTwiceAttached() {
            OccurrenceProgress withOrder = planned.attach(ORDER);
            assertThatThrownBy(() -> withOrder.attach(ORDER))
                    .hasMessageStartingWith("Это подтверждение уже приложено: Приказ № 12 от 03.02.2023");
            assertThat(withOrder.detach(ORDER).evidence()).isEmpty();
            assertThatThrownBy(() -> planned.detach(ORDER)).hasMessage("Такого подтверждения у пункта нет");
        }
    }

    @Nested
    class Cancellation {

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"  ", "\n"})
        void requiresAReason(String reason) {
            assertThatThrownBy(() -> planned.cancel(reason))
                    .isInstanceOf(ProgressRuleViolation.class)
                    .hasMessage("Укажите причину отмены");
        }

        @Test
        void keepsTheReason() {
            OccurrenceProgress cancelled = planned.start().cancel(" Семинар перенесён ДИРО на следующий год ");
            assertThat(cancelled.status()).isEqualTo(CANCELLED);
            assertThat(cancelled.cancellationReason()).isEqualTo("Семинар перенесён ДИРО на следующий год");
        }

        @Test
        void aDoneOccurrenceCannotBeCancelled() {
            assertThatThrownBy(() -> planned.complete(ORDER).cancel("ошибка"))
                    .hasMessageStartingWith("Нельзя отменить: пункт уже выполнен");
        }
    }

    @Nested
    class FinalStates {

        @Test
        void nothingChangesACancelledOccurrence() {
            OccurrenceProgress cancelled = planned.cancel("Не требуется");
            assertThatThrownBy(cancelled::start).hasMessage("Начать можно только запланированный пункт, а этот — «отменено»");
            assertThatThrownBy(() -> cancelled.attach(ORDER)).hasMessageStartingWith("Нельзя добавить подтверждение: пункт отменён");
            assertThatThrownBy(() -> cancelled.complete(ORDER)).hasMessageStartingWith("Нельзя отметить выполненным: пункт отменён");
            assertThatThrownBy(() -> cancelled.cancel("ещё раз")).hasMessageStartingWith("Нельзя отменить: пункт отменён");
        }

        @Test
        void aCoordinatorReopensADoneOccurrenceKeepingItsEvidence() {
            OccurrenceProgress reopened = planned.complete(ORDER).reopen(ProgressActor.COORDINATOR);
            assertThat(reopened.status()).isEqualTo(IN_PROGRESS);
            assertThat(reopened.evidence()).containsExactly(ORDER);
            assertThat(reopened.complete().status()).isEqualTo(DONE);
        }

        @Test
        void aCoordinatorReopensACancelledOccurrenceClearingTheReason() {
            OccurrenceProgress reopened = planned.cancel("Не требуется").reopen(ProgressActor.COORDINATOR);
            assertThat(reopened.status()).isEqualTo(IN_PROGRESS);
            assertThat(reopened.cancellationReason()).isNull();
        }

        @ParameterizedTest
        @EnumSource(value = ProgressActor.class, names = {"SCHOOL_CURATOR", "SYSTEM"})
        void onlyTheCoordinatorMayReopen(ProgressActor actor) {
            OccurrenceProgress done = planned.complete(ORDER);
            assertThatThrownBy(() -> done.reopen(actor))
                    .isInstanceOf(ProgressRuleViolation.class)
                    .hasMessage("Переоткрыть пункт может только муниципальный координатор, а не " + actor.title());
        }

        @Test
        void onlyFinishedOccurrencesAreReopened() {
            assertThatThrownBy(() -> planned.start().reopen(ProgressActor.COORDINATOR))
                    .hasMessage("Переоткрыть можно только выполненный или отменённый пункт");
        }

        @Test
        void startingTwiceIsRejected() {
            assertThatThrownBy(() -> planned.start().start())
                    .hasMessage("Начать можно только запланированный пункт, а этот — «выполняется»");
        }
    }

    @Nested
    class Overdue {

        @Test
        void overdueOnlyAfterTheDueDateWhileOpen() {
            assertThat(planned.isOverdue(DUE)).as("on the due day").isFalse();
            assertThat(planned.isOverdue(DUE.plusDays(1))).isTrue();
            assertThat(planned.start().isOverdue(DUE.plusDays(1))).isTrue();
            assertThat(planned.complete(ORDER).isOverdue(DUE.plusDays(30))).isFalse();
            assertThat(planned.cancel("Не требуется").isOverdue(DUE.plusDays(30))).isFalse();
        }

        @Test
        void occurrencesWithoutADueDateAreNeverOverdue() {
            PlanPeriod year = PlanPeriod.calendarYear(2023);
            OccurrenceProgress diro = OccurrenceProgress.planned(
                    new ScheduleParser().parse("по плану ДИРО", year).occurrences().get(0));
            OccurrenceProgress onDemand = OccurrenceProgress.planned(
                    new ScheduleParser().parse("По необходимости", year).occurrences().get(0));

            assertThat(diro.isOverdue(LocalDate.of(2030, 1, 1))).isFalse();
            assertThat(onDemand.isOverdue(LocalDate.of(2030, 1, 1))).isFalse();
        }

        @Test
        void aMonthIsOverdueAfterItsLastDay() {
            OccurrenceProgress march = OccurrenceProgress.planned(
                    new ScheduleParser().parse("Март 2023г.", PlanPeriod.calendarYear(2023)).occurrences().get(0));
            assertThat(march.isOverdue(LocalDate.of(2023, 3, 31))).isFalse();
            assertThat(march.isOverdue(LocalDate.of(2023, 4, 1))).isTrue();
        }
    }

    @Nested
    class Rehydration {

        @Test
        void acceptsConsistentStoredState() {
            OccurrenceProgress stored = new OccurrenceProgress(DUE, DONE, List.of(ORDER, IMPORT), null);
            assertThat(stored.evidence()).containsExactly(ORDER, IMPORT);
        }

        @Test
        void rejectsInconsistentStoredState() {
            assertThatThrownBy(() -> new OccurrenceProgress(DUE, DONE, List.of(), null))
                    .hasMessage("Выполненный пункт должен иметь подтверждение");
            assertThatThrownBy(() -> new OccurrenceProgress(DUE, CANCELLED, List.of(), " "))
                    .hasMessage("Отменённый пункт должен иметь причину отмены");
            assertThatThrownBy(() -> new OccurrenceProgress(DUE, PLANNED, List.of(), "причина"))
                    .hasMessage("Причина отмены указывается только у отменённого пункта");
        }
    }
}
