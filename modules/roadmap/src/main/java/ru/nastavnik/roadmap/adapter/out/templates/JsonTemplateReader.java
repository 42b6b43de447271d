package ru.nastavnik.roadmap.adapter.out.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import ru.nastavnik.roadmap.adapter.out.templates.TemplateDocument.ItemDocument;
import ru.nastavnik.roadmap.adapter.out.templates.TemplateDocument.PeriodDocument;
import ru.nastavnik.roadmap.adapter.out.templates.TemplateDocument.SectionDocument;
import ru.nastavnik.roadmap.adapter.out.templates.TemplateDocument.TargetDocument;
import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.schedule.Comparison;
import ru.nastavnik.roadmap.domain.schedule.Target;
import ru.nastavnik.roadmap.domain.template.EventBinding;
import ru.nastavnik.roadmap.domain.template.ResponsibleParties;
import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateItem;
import ru.nastavnik.roadmap.domain.template.TemplateSection;
import ru.nastavnik.roadmap.domain.template.TemplateValidationException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a roadmap template from its JSON form ({@code modules/roadmap/TEMPLATE-FORMAT.md}) — both the templates
 * shipped with the product and a new tenant's import.
 *
 * <p>Strict: unknown fields, a wrong {@code format}, missing required fields, malformed dates and anything the
 * domain rejects are reported together as a {@link TemplateImportException} with Russian messages naming the
 * place («раздел 2, позиция 3: …»). A missing {@code trackedPerSchool} is derived by
 * {@link ResponsibleParties#includesSchools}.
 *
 * <p>Thread-safe.
 */
public final class JsonTemplateReader {

    /** Where the shipped templates live on the classpath: {@code roadmap/templates/{slug}.json}. */
    public static final String BUNDLED_LOCATION = "roadmap/templates/";

    /** The tenants whose templates ship with the product. */
    public static final List<String> BUNDLED_TENANTS = List.of("sasovo", "dagestanskie-ogni", "sosnovka", "michurinsk");

    private final JsonMapper mapper = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads a template from JSON text. */
    public RoadmapTemplate read(String json) {
        Objects.requireNonNull(json, "Не передан текст шаблона");
        TemplateDocument document;
        try {
            document = mapper.readValue(json, TemplateDocument.class);
        } catch (JacksonException e) {
            throw new TemplateImportException(List.of(describe(e)), e);
        }
        return toDomain(document);
    }

    /** Reads a template from a UTF-8 JSON stream; the stream is not closed. */
    public RoadmapTemplate read(InputStream json) {
        Objects.requireNonNull(json, "Не передан файл шаблона");
        try {
            return read(new String(json.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Не удалось прочитать файл шаблона", e);
        }
    }

    /** Reads one of the {@link #BUNDLED_TENANTS shipped templates}; its {@code tenant} must match the slug. */
    public RoadmapTemplate readBundled(String tenantSlug) {
        if (!BUNDLED_TENANTS.contains(tenantSlug)) {
            throw new IllegalArgumentException("Шаблона для муниципалитета «" + tenantSlug + "» в поставке нет; есть: "
                    + String.join(", ", BUNDLED_TENANTS));
        }
        String resource = BUNDLED_LOCATION + tenantSlug + ".json";
        try (InputStream in = JsonTemplateReader.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("В поставке нет файла шаблона " + resource);
            }
            RoadmapTemplate template = read(in);
            if (!template.tenantSlug().equals(tenantSlug)) {
                throw new IllegalStateException("Файл " + resource + " содержит шаблон муниципалитета «"
                        + template.tenantSlug() + "»");
            }
            return template;
        } catch (IOException e) {
            throw new UncheckedIOException("Не удалось прочитать файл шаблона " + resource, e);
        }
    }

    private RoadmapTemplate toDomain(TemplateDocument document) {
        List<String> problems = new ArrayList<>();
        if (!TemplateDocument.FORMAT.equals(document.format())) {
            problems.add("поле «format» должно быть «" + TemplateDocument.FORMAT + "», а не «" + document.format() + "»");
        }
        if (document.tenant() == null) {
            problems.add("не указано поле «tenant» (код муниципалитета)");
        }
        if (document.title() == null) {
            problems.add("не указано поле «title» (наименование дорожной карты)");
        }
        PlanPeriod period = period(document.period(), problems);
        List<TemplateSection> sections = new ArrayList<>();
        if (document.sections() == null || document.sections().isEmpty()) {
            problems.add("не указано ни одного раздела («sections»)");
        } else {
            for (int s = 0; s < document.sections().size(); s++) {
                TemplateSection section = section(document.sections().get(s), s, problems);
                if (section != null) {
                    sections.add(section);
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new TemplateImportException(problems);
        }
        try {
            return new RoadmapTemplate(document.tenant(), document.title(), document.basis(), period, sections);
        } catch (TemplateValidationException e) {
            throw new TemplateImportException(e.problems(), e);
        }
    }

    private static PlanPeriod period(PeriodDocument period, List<String> problems) {
        if (period == null) {
            problems.add("не указан период плана («period» с полями «from» и «to»)");
            return null;
        }
        LocalDate from = date(period.from(), "period.from", problems);
        LocalDate to = date(period.to(), "period.to", problems);
        if (from == null || to == null) {
            return null;
        }
        try {
            return PlanPeriod.of(from, to);
        } catch (IllegalArgumentException e) {
            problems.add("период плана: " + e.getMessage());
            return null;
        }
    }

    private static LocalDate date(String value, String field, List<String> problems) {
        if (value == null) {
            problems.add("не указано поле «" + field + "»");
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            problems.add("поле «" + field + "»: дата «" + value + "» должна быть в виде ГГГГ-ММ-ДД");
            return null;
        }
    }

    private static TemplateSection section(SectionDocument section, int index, List<String> problems) {
        String where = "раздел " + (index + 1);
        if (section == null) {
            problems.add(where + ": пустой раздел");
            return null;
        }
        if (section.items() == null || section.items().isEmpty()) {
            problems.add(where + ": не указано ни одного пункта («items»)");
            return null;
        }
        List<TemplateItem> items = new ArrayList<>();
        for (int i = 0; i < section.items().size(); i++) {
            TemplateItem item = item(section.items().get(i), where + ", позиция " + (i + 1), problems);
            if (item != null) {
                items.add(item);
            }
        }
        if (items.size() != section.items().size()) {
            return null;
        }
        try {
            return new TemplateSection(section.number(), section.title(), items);
        } catch (TemplateValidationException e) {
            e.problems().forEach(p -> problems.add(where + ": " + p));
            return null;
        }
    }

    private static TemplateItem item(ItemDocument item, String where, List<String> problems) {
        if (item == null) {
            problems.add(where + ": пустой пункт");
            return null;
        }
        int before = problems.size();
        if (item.title() == null) {
            problems.add(where + ": не указано поле «title» (наименование мероприятия)");
        }
        if (item.schedule() == null) {
            problems.add(where + ": не указано поле «schedule» (срок)");
        }
        List<Target> targets = new ArrayList<>();
        if (item.targets() != null) {
            for (int t = 0; t < item.targets().size(); t++) {
                Target target = target(item.targets().get(t), where + ", целевое значение " + (t + 1), problems);
                targets.add(target);
            }
        }
        EventBinding binding = null;
        if (item.binding() != null) {
            try {
                binding = new EventBinding(item.binding());
            } catch (TemplateValidationException e) {
                problems.add(where + ": " + e.getMessage());
            }
        }
        if (problems.size() > before) {
            return null;
        }
        boolean perSchool = item.trackedPerSchool() != null
                ? item.trackedPerSchool()
                : ResponsibleParties.includesSchools(item.responsible());
        try {
            return new TemplateItem(item.number(), item.title(), item.schedule(), targets, item.responsible(), perSchool,
                    item.result(), item.note(), binding);
        } catch (TemplateValidationException e) {
            e.problems().forEach(p -> problems.add(where + ": " + p));
            return null;
        }
    }

    private static Target target(TargetDocument target, String where, List<String> problems) {
        if (target == null || target.value() == null) {
            problems.add(where + ": не указано значение («value»)");
            return null;
        }
        Comparison comparison = Comparison.AT_LEAST;
        if (target.comparison() != null) {
            try {
                comparison = Comparison.valueOf(target.comparison());
            } catch (IllegalArgumentException e) {
                problems.add(where + ": способ сравнения «" + target.comparison() + "» неизвестен, допустимы: "
                        + Arrays.stream(Comparison.values()).map(Enum::name).collect(Collectors.joining(", ")));
                return null;
            }
        }
        return new Target(target.value(), target.unit(), comparison);
    }

    private static String describe(JacksonException e) {
        TokenStreamLocation location = e.getLocation();
        String at = location == null || location.getLineNr() < 0
                ? ""
                : " (строка " + location.getLineNr() + ", столбец " + location.getColumnNr() + ")";
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "неизвестное поле «" + unknown.getPropertyName() + "»" + at;
        }
        if (e instanceof StreamReadException && !(e instanceof DatabindException)) {
            return "файл не является корректным JSON" + at + ": " + e.getOriginalMessage();
        }
        String path = e.getPath() == null || e.getPath().isEmpty()
                ? ""
                : " в поле «" + e.getPath().stream()
                        .map(r -> r.getPropertyName() != null ? r.getPropertyName() : "[" + (r.getIndex() + 1) + "]")
                        .collect(Collectors.joining(".")).replace(".[", "[") + "»";
        return "неверный тип значения" + path + at + ": " + e.getOriginalMessage();
    }
}
