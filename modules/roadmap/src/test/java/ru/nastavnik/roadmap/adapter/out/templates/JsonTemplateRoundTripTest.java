package ru.nastavnik.roadmap.adapter.out.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.schedule.Comparison;
import ru.nastavnik.roadmap.domain.schedule.Target;
import ru.nastavnik.roadmap.domain.template.EventBinding;
import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateItem;
import ru.nastavnik.roadmap.domain.template.TemplateSection;

class JsonTemplateRoundTripTest {

    private final JsonTemplateReader reader = new JsonTemplateReader();
    private final JsonTemplateWriter writer = new JsonTemplateWriter();

    static List<String> tenants() {
        return JsonTemplateReader.BUNDLED_TENANTS;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenants")
    void writingAndReadingBackGivesTheSameTemplate(String tenant) {
        RoadmapTemplate template = reader.readBundled(tenant);

        assertThat(reader.read(writer.write(template))).isEqualTo(template);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("tenants")
    void shippedFilesAreInTheWritersCanonicalForm(String tenant) {
        String file = resource(JsonTemplateReader.BUNDLED_LOCATION + tenant + ".json");

        assertThat(writer.write(reader.read(file))).isEqualTo(file);
    }

    @Test
    void exportOneTenantsTemplateAndImportItIntoAnother() {
        RoadmapTemplate sosnovka = reader.readBundled("sosnovka");
        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        writer.write(sosnovka.forTenant("kirsanov"), exported);

        RoadmapTemplate imported = reader.read(new ByteArrayInputStream(exported.toByteArray()));

        assertThat(imported.tenantSlug()).isEqualTo("kirsanov");
        assertThat(imported.sections()).isEqualTo(sosnovka.sections());
        assertThat(imported.period()).isEqualTo(sosnovka.period());
        assertThat(imported.item("12").orElseThrow().targets()).hasSize(5);
    }

    @Test
    void writesTargetsBindingsAndOverriddenTrackingExplicitly() {
        TemplateItem item = TemplateItem.of("1", "Обеспечение доли", "31.12.2023", "УО", "")
                .withTargets(List.of(new Target(new BigDecimal("12.50"), "%", Comparison.AT_MOST)))
                .withBinding(EventBinding.REPORT_APPROVED)
                .withTrackedPerSchool(true);
        RoadmapTemplate template = new RoadmapTemplate("test", "Карта", "", PlanPeriod.calendarYear(2023),
                List.of(TemplateSection.unnamed(List.of(item))));

        String json = writer.write(template);

        assertThat(json).contains("\"value\": 12.5", "\"comparison\": \"AT_MOST\"",
                "\"binding\": \"monitoring.report-approved\"", "\"trackedPerSchool\": true");
        assertThat(reader.read(json)).isEqualTo(template);
    }

    @Nested
    class Import {

        @Test
        void minimalFileWithDefaults() {
            RoadmapTemplate template = reader.read("""
                    {
                      "format": "nastavnik.roadmap-template/1",
                      "tenant": "kirsanov",
                      "title": "Дорожная карта",
                      "period": {"from": "2024-09-01", "to": "2025-08-31"},
                      "sections": [{"items": [
                        {"number": "1", "title": "Формирование базы наставляемых", "schedule": "Сентябрь",
                         "responsible": "руководители ОО"},
                        {"title": "Отчёт", "schedule": "до 30 мая", "targets": [{"value": 10, "unit": "%"}]}
                      ]}]
                    }
                    """);

            assertThat(template.basis()).isEmpty();
            assertThat(template.isUnsectioned()).isTrue();
            TemplateItem first = template.items().get(0);
            assertThat(first.trackedPerSchool()).as("derived from «руководители ОО»").isTrue();
            assertThat(first.result()).isEmpty();
            assertThat(first.binding()).isNull();
            assertThat(first.schedule(template.period()).occurrences().get(0).due()).isEqualTo(LocalDate.of(2024, 9, 30));
            TemplateItem second = template.items().get(1);
            assertThat(second.isUnnumbered()).isTrue();
            assertThat(second.trackedPerSchool()).isFalse();
            assertThat(second.targets()).containsExactly(Target.atLeastPercent(10));
            assertThat(second.schedule(template.period()).occurrences().get(0).due()).isEqualTo(LocalDate.of(2025, 5, 30));
        }

        @Test
        void reportsEveryProblemAtOnceNamingThePlace() {
            String json = """
                    {
                      "format": "nastavnik.roadmap-template/1",
                      "tenant": "Кирсанов",
                      "title": "Дорожная карта",
                      "period": {"from": "2024-09-01", "to": "2025-08-31"},
                      "sections": [
                        {"number": "1", "title": "Первый", "items": [
                          {"number": "1.1", "title": "Первое", "schedule": "когда-нибудь"},
                          {"number": "1.1.", "title": "Второе", "schedule": "Октябрь"},
                          {"number": "1.2", "title": " ", "schedule": "Октябрь"},
                          {"number": "1.3", "title": "Третье", "schedule": "Октябрь", "binding": "Registry"},
                          {"number": "1.4", "title": "Четвёртое", "schedule": "31.12.2024",
                           "targets": [{"value": 10, "comparison": "MORE"}]}
                        ]}
                      ]
                    }
                    """;

            assertThatThrownBy(() -> reader.read(json))
                    .isInstanceOf(TemplateImportException.class)
                    .satisfies(e -> assertThat(((TemplateImportException) e).problems()).containsExactly(
                            "раздел 1, позиция 3: Пункт 1.2: не указано наименование мероприятия",
                            "раздел 1, позиция 4: Ключ события «Registry» должен иметь вид «модуль.имя-события» из "
                                    + "строчных латинских букв, цифр и дефисов",
                            "раздел 1, позиция 5, целевое значение 1: способ сравнения «MORE» неизвестен, допустимы: "
                                    + "AT_LEAST, AT_MOST, EXACTLY"));
        }

        @Test
        void reportsTemplateInvariantsAfterTheFileIsWellFormed() {
            String json = """
                    {
                      "format": "nastavnik.roadmap-template/1",
                      "tenant": "Кирсанов",
                      "title": "Дорожная карта",
                      "period": {"from": "2024-09-01", "to": "2025-08-31"},
                      "sections": [
                        {"number": "1", "title": "Первый", "items": [
                          {"number": "1.1", "title": "Первое", "schedule": "когда-нибудь"},
                          {"number": "1.1.", "title": "Второе", "schedule": "Октябрь"}
                        ]}
                      ]
                    }
                    """;

            assertThatThrownBy(() -> reader.read(json))
                    .isInstanceOf(TemplateImportException.class)
                    .satisfies(e -> assertThat(((TemplateImportException) e).problems()).containsExactly(
                            "Код муниципалитета «Кирсанов» должен состоять из строчных латинских букв, цифр и дефисов, "
                                    + "например «sasovo»",
                            "Пункт 1.1: Не удалось распознать срок «когда-нибудь»: ожидается дата (01.06.2020), крайний "
                                    + "срок («до 30 января 2023 г.»), месяц («Август 2020 г.»), диапазон месяцев "
                                    + "(«февраль – апрель»), список дат, «в течение года», «постоянно», «по "
                                    + "необходимости» или «по плану …»",
                            "Номер пункта «1.1.» повторяется"));
        }

        @Test
        void rejectsMissingFieldsWrongFormatAndBadDates() {
            String json = """
                    {"format": "nastavnik.roadmap-template/0", "tenant": "a",
                     "period": {"from": "01.09.2024", "to": "2025-08-31"},
                     "sections": [{"items": [{"number": "1"}]}, {"items": []}]}
                    """;

            assertThatThrownBy(() -> reader.read(json))
                    .isInstanceOf(TemplateImportException.class)
                    .satisfies(e -> assertThat(((TemplateImportException) e).problems()).containsExactly(
                            "поле «format» должно быть «nastavnik.roadmap-template/1», а не «nastavnik.roadmap-template/0»",
                            "не указано поле «title» (наименование дорожной карты)",
                            "поле «period.from»: дата «01.09.2024» должна быть в виде ГГГГ-ММ-ДД",
                            "раздел 1, позиция 1: не указано поле «title» (наименование мероприятия)",
                            "раздел 1, позиция 1: не указано поле «schedule» (срок)",
                            "раздел 2: не указано ни одного пункта («items»)"));
        }

        @Test
        void rejectsUnknownFields() {
            String json = """
                    {"format": "nastavnik.roadmap-template/1", "tenant": "a", "title": "Карта",
                     "period": {"from": "2024-01-01", "to": "2024-12-31"},
                     "sections": [{"items": [{"title": "Пункт", "schedule": "Май", "responsibles": "УО"}]}]}
                    """;

            assertThatThrownBy(() -> reader.read(json))
                    .isInstanceOf(TemplateImportException.class)
                    .hasMessageStartingWith("Шаблон дорожной карты не импортирован: неизвестное поле «responsibles» (строка 3");
        }

        @Test
        void rejectsBrokenJson() {
            assertThatThrownBy(() -> reader.read("{\"format\": "))
                    .isInstanceOf(TemplateImportException.class)
                    .hasMessageStartingWith("Шаблон дорожной карты не импортирован: файл не является корректным JSON (строка 1");
        }

        @Test
        void rejectsAWrongType() {
            String json = """
                    {"format": "nastavnik.roadmap-template/1", "tenant": "a", "title": "Карта",
                     "period": {"from": "2024-01-01", "to": "2024-12-31"},
                     "sections": [{"items": [{"title": "Пункт", "schedule": "Май", "trackedPerSchool": "иногда"}]}]}
                    """;

            assertThatThrownBy(() -> reader.read(json))
                    .isInstanceOf(TemplateImportException.class)
                    .hasMessageContaining("неверный тип значения в поле «sections[1].items[1].trackedPerSchool»");
        }

        @Test
        void bundledTemplatesOnlyForTheShippedTenants() {
            assertThatThrownBy(() -> reader.readBundled("kirsanov"))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("Шаблона для муниципалитета «kirsanov» в поставке нет; есть: sasovo, dagestanskie-ogni, "
                            + "sosnovka, michurinsk");
        }
    }

    private static String resource(String path) {
        try (InputStream in = JsonTemplateRoundTripTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
