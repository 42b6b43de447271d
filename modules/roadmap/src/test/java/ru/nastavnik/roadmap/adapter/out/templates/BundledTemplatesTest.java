package ru.nastavnik.roadmap.adapter.out.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.CONTINUOUS;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.DEADLINE;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.EXACT_DATE;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.EXTERNAL;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.MONTH;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.MONTH_RANGE;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.ON_DEMAND;
import static ru.nastavnik.roadmap.domain.schedule.ScheduleKind.RECURRING_DATES;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.schedule.Schedule;
import ru.nastavnik.roadmap.domain.schedule.ScheduleExpectations;
import ru.nastavnik.roadmap.domain.schedule.ScheduleKind;
import ru.nastavnik.roadmap.domain.schedule.Target;
import ru.nastavnik.roadmap.domain.template.EventBinding;
import ru.nastavnik.roadmap.domain.template.ResponsibleParties;
import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateItem;
import ru.nastavnik.roadmap.domain.template.TemplateSection;

/**
 * The four shipped templates, read through {@link JsonTemplateReader}, against their seed documents.
 */
class BundledTemplatesTest {

    private static final JsonTemplateReader READER = new JsonTemplateReader();

    /** tenant → seed document it is transcribed from. */
    private static final Map<String, String> SEEDS = Map.of(
            "sasovo", "seeds/000_e00dec347798fad6.txt",
            "dagestanskie-ogni", "seeds/001_75888b620fad29fb.txt",
            "sosnovka", "seeds/002_02c3163653975564.txt",
            "michurinsk", "seeds/004_1be5ace1e5f48f3c.txt");

    /**
     * Cells of the seed tables that a page break splits (the row continues on the next page after the other
     * columns), with the fragments as printed. Dagestanskie Ogni 1.3's result repeats «обучающихся» at the top of
     * the next page; it is transcribed once.
     */
    private static final Map<String, List<String>> PAGE_BREAK_SPLITS = Map.of(
            "Формирование списков участников целевой модели наставничества в образовательных организациях",
            List.of("Формирование списков участников целевой модели наставничества в", "образовательных организациях"),
            "30.09.2020 30.09.2021 30.09.2022 30.09.2023 30.09.2024",
            List.of("30.09.2020 30.09.2021 30.09.2022", "30.09.2023 30.09.2024"),
            "Информационное сопровождение внедрения наставничества внутри образовательных организаций",
            List.of("Информационное сопровождение", "внедрения наставничества внутри образовательных организаций"),
            "Утверждение муниципальной дорожной карты внедрения МЦМН педагогических работников и обучающихся в "
                    + "образовательных учреждениях города Дагестанские Огни",
            List.of("Утверждение муниципальной дорожной карты внедрения МЦМН педагогических",
                    "работников и обучающихся в образовательных учреждениях города Дагестанские Огни"),
            "Приказ о внедрении МЦМН педагогических работников и обучающихся в образовательных организациях города "
                    + "Дагестанские Огни, муниципальная дорожная карта",
            List.of("Приказ о внедрении МЦМН педагогических работников и обучающихся",
                    "в образовательных организациях города Дагестанские Огни, муниципальная дорожная карта"),
            "Размещение информации о реализации Целевой модели наставничества на информационных ресурсах учреждений",
            List.of("Размещение информации о реализации Целевой модели наставничества на",
                    "информационных ресурсах учреждений"),
            "Размещенные материалы о реализации Целевой модели наставничества на информационных ресурсах "
                    + "образовательных учреждений",
            List.of("Размещенные материалы о реализации Целевой модели",
                    "наставничества на информационных ресурсах образовательных учреждений"));

    static Stream<String> tenants() {
        return JsonTemplateReader.BUNDLED_TENANTS.stream();
    }

    @Test
    void shipsExactlyTheFourSeededTenants() {
        assertThat(JsonTemplateReader.BUNDLED_TENANTS)
                .containsExactlyInAnyOrder("sasovo", "dagestanskie-ogni", "sosnovka", "michurinsk");
    }

    @Nested
    class Sasovo {

        private final RoadmapTemplate template = READER.readBundled("sasovo");

        @Test
        void nineMonthlyItemsFromAugust2020ToJune2021() {
            assertThat(template.tenantSlug()).isEqualTo("sasovo");
            assertThat(template.isUnsectioned()).isTrue();
            assertThat(numbers(template)).containsExactly("1", "2", "3", "4", "5", "6", "7", "8", "9");
            assertThat(template.period()).isEqualTo(PlanPeriod.of(LocalDate.of(2020, 8, 1), LocalDate.of(2021, 6, 30)));
            assertThat(template.basis()).contains("от 20 августа 2020 года № 94/1");
            assertThat(template.items()).allSatisfy(item -> {
                assertThat(item.responsible()).isEqualTo("ОМиМССО");
                assertThat(item.trackedPerSchool()).isFalse();
                assertThat(item.result()).isEmpty();
            });
        }

        @Test
        void schedules() {
            assertSchedules(template, Map.of(
                    "1", List.of(MONTH, "2020-08-01/2020-08-31"),
                    "2", List.of(MONTH, "2020-09-01/2020-09-30"),
                    "3", List.of(MONTH, "2020-10-01/2020-10-31"),
                    "4", List.of(MONTH, "2020-11-01/2020-11-30"),
                    "5", List.of(MONTH, "2020-12-01/2020-12-31"),
                    "6", List.of(MONTH_RANGE, "2021-02-01/2021-04-30"),
                    "7", List.of(MONTH, "2021-05-01/2021-05-31"),
                    "8", List.of(MONTH, "2021-05-01/2021-05-31"),
                    "9", List.of(MONTH, "2021-06-01/2021-06-30")));
        }

        @Test
        void bindings() {
            assertThat(boundItems(template)).containsExactly(
                    "2=registry.participants-imported", "3=registry.participants-imported",
                    "6=monitoring.report-approved", "8=publication.monitoring-results-published",
                    "9=publication.case-published");
        }
    }

    @Nested
    class DagestanskieOgni {

        private final RoadmapTemplate template = READER.readBundled("dagestanskie-ogni");

        @Test
        void fiveSectionsWithAnUnnumberedItemBetween21And22() {
            assertThat(template.period()).isEqualTo(PlanPeriod.calendarYear(2023));
            assertThat(template.basis()).contains("от 20.01.2023г. № 05");
            assertThat(template.sections()).extracting(TemplateSection::number).containsExactly("1", "2", "3", "4", "5");
            assertThat(template.sections()).extracting(s -> s.items().size()).containsExactly(7, 4, 5, 3, 4);
            assertThat(numbers(template)).containsExactly(
                    "1.1", "1.2", "1.3", "1.4", "1.5", "1.6", "1.7",
                    "2.1", "", "2.2", "2.3",
                    "3.1", "3.2", "3.3", "3.4", "3.5",
                    "4.1", "4.2.", "4.3.",
                    "5.1.", "5.2", "5.3.", "5.4.");
            TemplateItem unnumbered = template.sections().get(1).items().get(1);
            assertThat(unnumbered.isUnnumbered()).isTrue();
            assertThat(unnumbered.title()).isEqualTo("Проведение публичных мероприятий для популяризации практик наставничества");
            assertThat(template.item("4.2")).hasValueSatisfying(i -> assertThat(i.number()).isEqualTo("4.2."));
        }

        @Test
        void everyItemHasItsResultDocument() {
            assertThat(template.items()).allSatisfy(item -> assertThat(item.result()).isNotBlank());
            assertThat(template.item("5.4")).hasValueSatisfying(i -> assertThat(i.result()).isEqualTo("Аналитическая справка"));
        }

        @Test
        void perSchoolTracking() {
            assertThat(template.items().stream().filter(i -> !i.trackedPerSchool()).map(TemplateItem::number))
                    .containsExactly("1.1", "1.2", "1.3", "1.4");
        }

        @Test
        void schedules() {
            Map<String, List<Object>> expected = new LinkedHashMap<>();
            for (String n : List.of("1.1", "1.2", "1.3", "1.4", "1.6")) {
                expected.put(n, List.of(MONTH, "2023-01-01/2023-01-31"));
            }
            expected.put("1.5", List.of(DEADLINE, "-/2023-01-30"));
            expected.put("1.7", List.of(DEADLINE, "-/2023-01-30"));
            expected.put("2.1", List.of(ON_DEMAND, "-/-"));
            for (String n : List.of("", "2.2", "2.3", "3.4", "4.2.", "4.3.")) {
                expected.put(n, List.of(CONTINUOUS, "2023-01-01/2023-12-31"));
            }
            expected.put("3.1", List.of(DEADLINE, "-/2023-02-05"));
            expected.put("3.2", List.of(DEADLINE, "-/2023-02-10"));
            expected.put("3.3", List.of(EXTERNAL, "-/-"));
            expected.put("3.5", List.of(EXTERNAL, "-/-"));
            expected.put("4.1", List.of(DEADLINE, "-/2023-01-30"));
            expected.put("5.1.", List.of(MONTH_RANGE, "2023-01-01/2023-12-31"));
            expected.put("5.2", List.of(MONTH_RANGE, "2023-03-01/2023-12-31"));
            expected.put("5.3.", List.of(MONTH, "2023-03-01/2023-03-31"));
            expected.put("5.4.", List.of(MONTH, "2023-04-01/2023-04-30"));
            assertSchedules(template, expected);
            assertThat(template.item("3.3").orElseThrow().schedule(template.period()))
                    .isEqualTo(new Schedule.External("по плану ДИРО", "ДИРО"));
        }

        @Test
        void bindings() {
            assertThat(boundItems(template)).containsExactly(
                    "2.3=registry.participants-imported", "3.1=registry.participants-imported",
                    "3.2=registry.participants-imported", "3.4=pairing.pairs-fixed", "4.3.=publication.case-published",
                    "5.1.=registry.participants-imported", "5.4.=monitoring.report-approved");
        }
    }

    @Nested
    class Sosnovka {

        private final RoadmapTemplate template = READER.readBundled("sosnovka");

        @Test
        void fourteenItemsWithoutItem11For2020To2024() {
            assertThat(template.period()).isEqualTo(PlanPeriod.years(2020, 2024));
            assertThat(template.isUnsectioned()).isTrue();
            assertThat(numbers(template)).containsExactly(
                    "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "12", "13", "14", "15");
            assertThat(template.item("11")).isEmpty();
            assertThat(template.item("8")).hasValueSatisfying(i -> assertThat(i.result()).isEmpty());
        }

        @Test
        void item12HasFiveYearlyTargets() {
            Schedule schedule = template.item("12").orElseThrow().schedule(template.period());

            assertThat(schedule.kind()).isEqualTo(RECURRING_DATES);
            assertThat(schedule.occurrences()).extracting(o -> o.due()).containsExactly(
                    LocalDate.of(2020, 12, 31), LocalDate.of(2021, 12, 31), LocalDate.of(2022, 12, 31),
                    LocalDate.of(2023, 12, 31), LocalDate.of(2024, 12, 31));
            assertThat(schedule.occurrences()).extracting(o -> o.target()).containsExactly(
                    Target.atLeastPercent(10), Target.atLeastPercent(20), Target.atLeastPercent(35),
                    Target.atLeastPercent(50), Target.atLeastPercent(70));
            assertThat(template.items().stream().filter(i -> !i.targets().isEmpty()).map(TemplateItem::number))
                    .containsExactly("12");
        }

        @Test
        void perSchoolTracking() {
            assertThat(template.items().stream().filter(i -> !i.trackedPerSchool()).map(TemplateItem::number))
                    .containsExactly("1", "2");
        }

        @Test
        void schedules() {
            Map<String, List<Object>> expected = new LinkedHashMap<>();
            expected.put("1", List.of(EXACT_DATE, "-/2020-06-01"));
            expected.put("2", List.of(EXACT_DATE, "-/2020-06-15"));
            expected.put("3", List.of(EXACT_DATE, "-/2020-06-01"));
            expected.put("4", List.of(EXACT_DATE, "-/2020-06-30"));
            expected.put("5", List.of(EXACT_DATE, "-/2020-06-30"));
            expected.put("6", List.of(RECURRING_DATES, dues("2020-08-30", "2021-05-31", "2022-05-31", "2023-05-31", "2024-05-31")));
            expected.put("7", List.of(RECURRING_DATES, yearly("09-30")));
            expected.put("8", List.of(RECURRING_DATES, dues("2020-09-30", "2021-05-31", "2022-05-31", "2023-05-31", "2024-05-31")));
            expected.put("9", List.of(RECURRING_DATES, yearly("11-30")));
            expected.put("10", List.of(RECURRING_DATES, yearly("11-30")));
            expected.put("12", List.of(RECURRING_DATES, yearly("12-31")));
            expected.put("13", List.of(CONTINUOUS, "2020-01-01/2024-12-31"));
            expected.put("14", List.of(RECURRING_DATES, dues("2020-12-30", "2021-09-01", "2022-09-01", "2023-09-01", "2024-09-01")));
            expected.put("15", List.of(RECURRING_DATES, yearly("12-31")));
            assertSchedules(template, expected);
        }

        @Test
        void bindings() {
            assertThat(boundItems(template)).containsExactly(
                    "7=registry.participants-imported", "9=registry.participants-imported", "10=monitoring.report-approved");
        }

        private String yearly(String monthDay) {
            return dues(IntStream.rangeClosed(2020, 2024).mapToObj(y -> y + "-" + monthDay).toArray(String[]::new));
        }
    }

    @Nested
    class Michurinsk {

        private final RoadmapTemplate template = READER.readBundled("michurinsk");

        @Test
        void sixteenItemsAllPrintedAsOne() {
            assertThat(template.isUnsectioned()).isTrue();
            assertThat(numbers(template))
                    .containsExactlyElementsOf(IntStream.rangeClosed(1, 16).mapToObj(String::valueOf).toList());
            assertThat(template.items()).allSatisfy(item ->
                    assertThat(item.note()).startsWith("В оригинале пункт пронумерован «1.»"));
        }

        @Test
        void periodStartsInJune2020SoThatItems1To5FallInsideIt() {
            // the title says 2020/21 school year, but items 1–5 are due in June 2020, before 01.09.2020
            assertThat(template.period()).isEqualTo(PlanPeriod.of(LocalDate.of(2020, 6, 1), LocalDate.of(2021, 8, 31)));
            assertThat(template.title()).endsWith("на 2020-2021 учебный год");
            for (TemplateItem item : template.items().subList(0, 5)) {
                assertThat(template.period().contains(item.schedule(template.period()).occurrences().get(0).due()))
                        .as(item.reference()).isTrue();
                assertThat(item.note()).contains("период плана шаблона начинается 01.06.2020");
            }
        }

        @Test
        void atLeastTenPercentByTheEndOf2020() {
            TemplateItem item = template.item("12").orElseThrow();
            assertThat(item.title()).startsWith("Обеспечение не менее 10% доли обучающихся");
            assertThat(item.schedule(template.period()))
                    .isEqualTo(new Schedule.ExactDate("31.12.2020", LocalDate.of(2020, 12, 31), Target.atLeastPercent(10)));
        }

        @Test
        void psychologicalCompatibilityTestingPrecedesPairing() {
            TemplateItem item = template.item("8").orElseThrow();
            assertThat(item.title()).startsWith("Проведение тестирования на выявление психологической совместимости");
            assertThat(item.result()).isEqualTo("Формирование наставнических пар");
            assertThat(item.binding()).isEqualTo(EventBinding.PAIRS_FIXED);
        }

        @Test
        void schedules() {
            Map<String, List<Object>> expected = new LinkedHashMap<>();
            String[] dues = {"2020-06-01", "2020-06-02", "2020-06-15", "2020-06-22", "2020-06-30", "2020-09-15",
                "2020-09-15", "2020-09-15", "2020-09-30", null, "2020-11-30", "2020-12-31", "2021-01-20", "2021-04-30",
                "2021-05-31", null};
            for (int i = 0; i < dues.length; i++) {
                if (dues[i] != null) {
                    expected.put(String.valueOf(i + 1), List.of(EXACT_DATE, "-/" + dues[i]));
                }
            }
            expected.put("10", List.of(RECURRING_DATES, dues("2020-09-30", "2021-04-30")));
            expected.put("16", List.of(RECURRING_DATES, dues("2020-12-31", "2021-05-31")));
            assertSchedules(template, expected);
        }

        @Test
        void bindings() {
            assertThat(boundItems(template)).containsExactly(
                    "7=registry.participants-imported", "8=pairing.pairs-fixed", "10=registry.participants-imported",
                    "11=monitoring.report-approved", "13=monitoring.report-approved", "15=publication.case-published");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenants")
    void titlesSchedulesResponsiblesAndResultsAreVerbatimFromTheSeed(String tenant) {
        RoadmapTemplate template = READER.readBundled(tenant);
        String seed = seed(tenant);
        List<String> missing = new ArrayList<>();

        check(seed, template.title(), missing);
        template.sections().forEach(s -> check(seed, s.title(), missing));
        for (TemplateItem item : template.items()) {
            check(seed, item.title(), missing);
            check(seed, item.scheduleText(), missing);
            check(seed, item.responsible(), missing);
            check(seed, item.result(), missing);
        }

        assertThat(missing).as("texts not found in %s", SEEDS.get(tenant)).isEmpty();
    }

    @Test
    void everyPageBreakSplitIsNeededAndUsed() {
        List<String> texts = new ArrayList<>();
        for (String tenant : JsonTemplateReader.BUNDLED_TENANTS) {
            RoadmapTemplate template = READER.readBundled(tenant);
            String seed = seed(tenant);
            template.items().stream()
                    .flatMap(i -> Stream.of(i.title(), i.scheduleText(), i.responsible(), i.result()))
                    .filter(t -> !squeeze(seed).contains(squeeze(t)))
                    .forEach(texts::add);
        }
        assertThat(texts).containsExactlyInAnyOrderElementsOf(PAGE_BREAK_SPLITS.keySet());
        PAGE_BREAK_SPLITS.forEach((text, fragments) -> assertThat(String.join(" ", fragments)).isEqualTo(text));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenants")
    void storedPerSchoolTrackingFollowsTheDocumentedRule(String tenant) {
        assertThat(READER.readBundled(tenant).items()).allSatisfy(item ->
                assertThat(item.trackedPerSchool())
                        .as("%s: %s", item.reference(), item.responsible())
                        .isEqualTo(ResponsibleParties.includesSchools(item.responsible())));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenants")
    void itemsOfEveryTemplateParseWithinTheirPeriod(String tenant) {
        RoadmapTemplate template = READER.readBundled(tenant);
        assertThat(template.items()).allSatisfy(item ->
                assertThat(item.schedule(template.period()).occurrences()).isNotEmpty());
    }

    private static void check(String seed, String text, List<String> missing) {
        if (text.isEmpty() || squeeze(seed).contains(squeeze(text))) {
            return;
        }
        List<String> fragments = PAGE_BREAK_SPLITS.get(text);
        if (fragments == null) {
            missing.add(text);
            return;
        }
        int from = 0;
        String squeezedSeed = squeeze(seed);
        for (String fragment : fragments) {
            int at = squeezedSeed.indexOf(squeeze(fragment), from);
            if (at < 0) {
                missing.add(text + " (фрагмент «" + fragment + "»)");
                return;
            }
            from = at + squeeze(fragment).length();
        }
    }

    /**
     * Whitespace removed: the transcription may differ from the seed in whitespace only (runs collapsed, the
     * spaces that the text extraction lost between words restored, e.g. Michurinsk's «внедрениямуниципальной»).
     */
    private static String squeeze(String text) {
        return text.replaceAll("[\\s\\u00A0]+", "");
    }

    private static void assertSchedules(RoadmapTemplate template, Map<String, List<Object>> expected) {
        assertThat(template.items()).extracting(TemplateItem::number)
                .containsExactlyInAnyOrderElementsOf(expected.keySet());
        for (TemplateItem item : template.items()) {
            Schedule schedule = item.schedule(template.period());
            List<Object> want = expected.get(item.number());
            assertThat(schedule.kind()).as("%s «%s»", item.reference(), item.scheduleText()).isEqualTo((ScheduleKind) want.get(0));
            assertThat(ScheduleExpectations.spans(schedule)).as("%s «%s»", item.reference(), item.scheduleText())
                    .isEqualTo(want.get(1));
            assertThat(schedule.text()).isEqualTo(item.scheduleText());
        }
    }

    private static String dues(String... isoDates) {
        return Arrays.stream(isoDates).map(d -> "-/" + d).collect(Collectors.joining(";"));
    }

    private static List<String> numbers(RoadmapTemplate template) {
        return template.items().stream().map(TemplateItem::number).toList();
    }

    private static List<String> boundItems(RoadmapTemplate template) {
        return template.items().stream()
                .filter(i -> i.binding() != null)
                .map(i -> i.number() + "=" + i.binding().key())
                .toList();
    }

    private static String seed(String tenant) {
        try (InputStream in = BundledTemplatesTest.class.getClassLoader().getResourceAsStream(SEEDS.get(tenant))) {
            assertThat(in).as("seed %s", SEEDS.get(tenant)).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
