package ru.nastavnik.roadmap.domain.template;

import java.util.List;
import java.util.Optional;

/** Port: the exchange format of templates (TEMPLATE-FORMAT.md) and the templates shipped with the product. */
public interface TemplateFormat {

    /**
     * Reads a template from its JSON text.
     *
     * @throws TemplateValidationException with every problem found, in Russian, naming its place
     */
    RoadmapTemplate read(String json);

    /** The canonical JSON text of a template. */
    String write(RoadmapTemplate template);

    /** The template shipped for this tenant slug, if any. */
    Optional<RoadmapTemplate> bundled(String tenantSlug);

    /** The slugs that have a shipped template. */
    List<String> bundledTenants();
}
