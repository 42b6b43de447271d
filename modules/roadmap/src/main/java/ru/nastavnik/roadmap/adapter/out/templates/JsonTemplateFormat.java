package ru.nastavnik.roadmap.adapter.out.templates;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.domain.template.RoadmapTemplate;
import ru.nastavnik.roadmap.domain.template.TemplateFormat;
import ru.nastavnik.roadmap.domain.template.TemplateValidationException;

/** The JSON exchange format of templates, by {@link JsonTemplateReader} and {@link JsonTemplateWriter}. */
@Component
class JsonTemplateFormat implements TemplateFormat {

    private final JsonTemplateReader reader = new JsonTemplateReader();

    private final JsonTemplateWriter writer = new JsonTemplateWriter();

    @Override
    public RoadmapTemplate read(String json) {
        try {
            return reader.read(json);
        } catch (TemplateImportException e) {
            throw new TemplateValidationException(e.problems());
        }
    }

    @Override
    public String write(RoadmapTemplate template) {
        return writer.write(template);
    }

    @Override
    public Optional<RoadmapTemplate> bundled(String tenantSlug) {
        return JsonTemplateReader.BUNDLED_TENANTS.contains(tenantSlug)
                ? Optional.of(reader.readBundled(tenantSlug))
                : Optional.empty();
    }

    @Override
    public List<String> bundledTenants() {
        return JsonTemplateReader.BUNDLED_TENANTS;
    }
}
