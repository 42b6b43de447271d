package ru.nastavnik.roadmap.adapter.out.templates;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import ru.nastavnik.roadmap.adapter.out.templates.TemplateDocument.ItemDocument;
import ru.nastavnik.roadmap.adapter.out.templates.TemplateDocument.PeriodDocument;
import ru.nastavnik.roadmap.adapter.out.templates.TemplateDocument.SectionDocument;
import ru.nastavnik.roadmap.adapter.out.templates.TemplateDocument.TargetDocument;
import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateItem;
import ru.nastavnik.roadmap.domain.template.TemplateSection;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a roadmap template in its JSON form ({@code modules/roadmap/TEMPLATE-FORMAT.md}), so a coordinator can
 * export one tenant's template and import it into another with {@link JsonTemplateReader}.
 *
 * <p>The output is canonical: fields in a fixed order, two-space indentation, {@code \n} line ends, UTF-8 text
 * unescaped, {@code trackedPerSchool} always explicit, {@code targets} and {@code binding} only when present.
 * The shipped files under {@code roadmap/templates/} are in this form. Thread-safe.
 */
public final class JsonTemplateWriter {

    private final ObjectWriter writer;

    public JsonTemplateWriter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectNameValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
        this.writer = JsonMapper.builder().build().writer().with(printer);
    }

    /** The template as JSON text, ending with a line break. */
    public String write(RoadmapTemplate template) {
        return writer.writeValueAsString(toDocument(template)) + "\n";
    }

    /** Writes the template as UTF-8 JSON; the stream is not closed. */
    public void write(RoadmapTemplate template, OutputStream out) {
        try {
            out.write(write(template).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Не удалось записать шаблон", e);
        }
    }

    private static TemplateDocument toDocument(RoadmapTemplate template) {
        Objects.requireNonNull(template, "Не передан шаблон");
        return new TemplateDocument(
                TemplateDocument.FORMAT,
                template.tenantSlug(),
                template.title(),
                template.basis(),
                new PeriodDocument(template.period().from().toString(), template.period().to().toString()),
                template.sections().stream().map(JsonTemplateWriter::section).toList());
    }

    private static SectionDocument section(TemplateSection section) {
        return new SectionDocument(section.number(), section.title(),
                section.items().stream().map(JsonTemplateWriter::item).toList());
    }

    private static ItemDocument item(TemplateItem item) {
        return new ItemDocument(
                item.number(),
                item.title(),
                item.scheduleText(),
                item.targets().stream()
                        .map(t -> new TargetDocument(t.value(), t.unit(), t.comparison().name()))
                        .toList(),
                item.responsible(),
                item.trackedPerSchool(),
                item.result(),
                item.note(),
                item.binding() == null ? null : item.binding().key());
    }
}
