package ru.nastavnik.roadmap.domain.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.schedule.ScheduleKind;
import ru.nastavnik.roadmap.domain.schedule.Target;

class RoadmapTemplateTest {

    private static final PlanPeriod YEAR_2023 = PlanPeriod.calendarYear(2023);

    private static TemplateItem item(String number, String schedule) {
        return TemplateItem.of(number, "Мероприятие " + number, schedule, "УО", "");
    }

    private static RoadmapTemplate template(PlanPeriod period, TemplateSection... sections) {
        return new RoadmapTemplate("dagestanskie-ogni", "План мероприятий", "приказ № 05", period, List.of(sections));
    }

    @Nested
    class Items {

        @Test
        void textsAreWhitespaceNormalisedOnly() {
            TemplateItem item = new TemplateItem(" 1.3 ", "Утверждение  муниципальной\n\tдорожной карты ", "январь\n2023 г.",
                    null, " УО,\nОУ ", true, null, null, null);

            assertThat(item.number()).isEqualTo("1.3");
            assertThat(item.title()).isEqualTo("Утверждение муниципальной дорожной карты");
            assertThat(item.scheduleText()).isEqualTo("январь 2023 г.");
            assertThat(item.responsible()).isEqualTo("УО, ОУ");
            assertThat(item.targets()).isEmpty();
            assertThat(item.result()).isEmpty();
            assertThat(item.note()).isEmpty();
        }

        @Test
        void trackedPerSchoolIsDerivedButCanBeOverridden() {
            TemplateItem item = TemplateItem.of("3.4", "Формирование наставнических пар", "в течение года", "ОУ", "Приказ");
            assertThat(item.trackedPerSchool()).isTrue();
            assertThat(item.withTrackedPerSchool(false).trackedPerSchool()).isFalse();
            assertThat(TemplateItem.of("1.1", "Издание приказа", "январь 2023 г.", "УО", "").trackedPerSchool()).isFalse();
        }

        @Test
        void requiresTitleAndSchedule() {
            assertThatThrownBy(() -> TemplateItem.of("2.1", " ", "", "УО", ""))
                    .isInstanceOf(TemplateValidationException.class)
                    .satisfies(e -> assertThat(((TemplateValidationException) e).problems()).containsExactly(
                            "Пункт 2.1: не указано наименование мероприятия", "Пункт 2.1: не указан срок"));
        }

        @Test
        void rejectsAMissingTarget() {
            assertThatThrownBy(() -> item("12", "31.12.2020 31.12.2021").withTargets(Arrays.asList(Target.atLeastPercent(10), null)))
                    .isInstanceOf(TemplateValidationException.class)
                    .hasMessage("Пункт 12: целевое значение не указано");
        }

        @Test
        void unnumberedItemsAreNamedByTheirTitle() {
            TemplateItem item = TemplateItem.of("", "Проведение публичных мероприятий для популяризации практик наставничества",
                    "В течение года", "УО, ОУ", "Проведение семинаров");
            assertThat(item.isUnnumbered()).isTrue();
            assertThat(item.reference()).isEqualTo("пункт без номера «Проведение публичных мероприятий для…»");
        }

        @Test
        void numberKeyIgnoresTrailingDots() {
            assertThat(item("4.2.", "Постоянно").numberKey()).isEqualTo("4.2");
            assertThat(item("12", "Постоянно").numberKey()).isEqualTo("12");
        }
    }

    @Nested
    class Invariants {

        @Test
        void itemNumbersAreUniqueAcrossSectionsIgnoringTrailingDots() {
            assertThatThrownBy(() -> template(YEAR_2023,
                    new TemplateSection("4", "Содействие", List.of(item("4.2", "Постоянно"))),
                    new TemplateSection("5", "Мониторинг", List.of(item("4.2.", "Март 2023г.")))))
                    .isInstanceOf(TemplateValidationException.class)
                    .hasMessage("Номер пункта «4.2.» повторяется");
        }

        @Test
        void severalUnnumberedItemsAreAllowedAndKeepTheirOrder() {
            RoadmapTemplate template = template(YEAR_2023, new TemplateSection("2", "Поддержка", List.of(
                    item("2.1", "По необходимости"), item("", "В течение года"), item("2.2", "Постоянно"), item("", "Постоянно"))));
            assertThat(template.items()).extracting(TemplateItem::number).containsExactly("2.1", "", "2.2", "");
            assertThat(template.item("")).isEmpty();
        }

        @Test
        void sectionNumbersAreUnique() {
            assertThatThrownBy(() -> template(YEAR_2023,
                    new TemplateSection("1", "Первый", List.of(item("1.1", "Постоянно"))),
                    new TemplateSection("1.", "Второй", List.of(item("2.1", "Постоянно")))))
                    .hasMessage("Номер раздела «1.» повторяется");
        }

        @Test
        void everyScheduleMustParseWithinThePeriod() {
            PlanPeriod shortPeriod = PlanPeriod.of(LocalDate.of(2020, 8, 1), LocalDate.of(2021, 6, 30));
            assertThatThrownBy(() -> template(shortPeriod, TemplateSection.unnamed(List.of(
                    item("1", "Июль"), item("2", "Август 2020г."), item("3", "по мере сил")))))
                    .isInstanceOf(TemplateValidationException.class)
                    .satisfies(e -> assertThat(((TemplateValidationException) e).problems()).containsExactly(
                            "Пункт 1: Не удалось распознать срок «Июль»: месяц «июль» не попадает в период "
                                    + "01.08.2020–30.06.2021 — укажите год",
                            "Пункт 3: Не удалось распознать срок «по мере сил»: ожидается дата (01.06.2020), крайний срок "
                                    + "(«до 30 января 2023 г.»), месяц («Август 2020 г.»), диапазон месяцев («февраль – "
                                    + "апрель»), список дат, «в течение года», «постоянно», «по необходимости» или «по плану …»"));
        }

        @Test
        void targetsMustMatchTheOccurrences() {
            TemplateItem item = item("12", "31.12.2020 31.12.2021").withTargets(List.of(Target.atLeastPercent(10)));
            assertThatThrownBy(() -> template(PlanPeriod.years(2020, 2024), TemplateSection.unnamed(List.of(item))))
                    .hasMessage("Пункт 12: Не удалось распознать срок «31.12.2020 31.12.2021»: указано целевых значений: 1, "
                            + "а сроков в тексте: 2");
        }

        @Test
        void reportsAllHeaderProblemsTogether() {
            assertThatThrownBy(() -> new RoadmapTemplate("Сасово", " ", null, null, List.of()))
                    .isInstanceOf(TemplateValidationException.class)
                    .satisfies(e -> assertThat(((TemplateValidationException) e).problems()).containsExactly(
                            "Код муниципалитета «Сасово» должен состоять из строчных латинских букв, цифр и дефисов, "
                                    + "например «sasovo»",
                            "Не указано наименование дорожной карты",
                            "Не указан период плана",
                            "Дорожная карта не содержит ни одного раздела"))
                    .hasMessageStartingWith("Шаблон дорожной карты содержит ошибки (4):\n— Код муниципалитета");
        }

        @Test
        void sectionsNeedItems() {
            assertThatThrownBy(() -> new TemplateSection("3", "Внедрение", List.of()))
                    .hasMessage("Раздел «3. Внедрение» не содержит ни одного пункта");
            assertThatThrownBy(() -> TemplateSection.unnamed(null)).hasMessage("Раздел без названия не содержит ни одного пункта");
            List<TemplateItem> withNull = new ArrayList<>();
            withNull.add(null);
            assertThatThrownBy(() -> TemplateSection.unnamed(withNull)).isInstanceOf(TemplateValidationException.class);
        }
    }

    @Test
    void anotherPeriodResolvesYearlessMonthsAgain() {
        RoadmapTemplate sasovoLike = new RoadmapTemplate("sasovo", "Дорожная карта", "",
                PlanPeriod.of(LocalDate.of(2020, 8, 1), LocalDate.of(2021, 6, 30)),
                List.of(TemplateSection.unnamed(List.of(item("2", "Сентябрь"), item("6", "Февраль-апрель")))));

        RoadmapTemplate nextYear = sasovoLike.withPeriod(PlanPeriod.of(LocalDate.of(2021, 8, 1), LocalDate.of(2022, 6, 30)));

        TemplateItem september = nextYear.item("2").orElseThrow();
        assertThat(september.schedule(nextYear.period()).occurrences().get(0).due()).isEqualTo(LocalDate.of(2021, 9, 30));
        assertThat(nextYear.item("6").orElseThrow().schedule(nextYear.period()).kind()).isEqualTo(ScheduleKind.MONTH_RANGE);
        assertThat(nextYear.item("6").orElseThrow().schedule(nextYear.period()).occurrences().get(0).due())
                .isEqualTo(LocalDate.of(2022, 4, 30));
    }

    @Test
    void copyForAnotherTenant() {
        RoadmapTemplate original = template(YEAR_2023, TemplateSection.unnamed(List.of(item("1", "Постоянно"))));
        RoadmapTemplate copy = original.forTenant("kirsanov");
        assertThat(copy.tenantSlug()).isEqualTo("kirsanov");
        assertThat(copy.sections()).isEqualTo(original.sections());
    }

    @Test
    void eventBindingKeys() {
        assertThat(EventBinding.PARTICIPANTS_IMPORTED.module()).isEqualTo("registry");
        assertThat(EventBinding.PAIRS_FIXED.key()).isEqualTo("pairing.pairs-fixed");
        assertThat(new EventBinding("monitoring.report-approved")).isEqualTo(EventBinding.REPORT_APPROVED);
        assertThat(EventBinding.CASE_PUBLISHED).hasToString("publication.case-published");
        assertThatThrownBy(() -> new EventBinding("pairs-fixed")).isInstanceOf(TemplateValidationException.class)
                .hasMessageStartingWith("Ключ события «pairs-fixed» должен иметь вид «модуль.имя-события»");
    }
}
