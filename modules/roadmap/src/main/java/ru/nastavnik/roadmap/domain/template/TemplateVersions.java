package ru.nastavnik.roadmap.domain.template;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port: the current tenant's template versions (row-level security limits every call to that tenant). */
public interface TemplateVersions {

    /** The highest-numbered version. */
    Optional<TemplateVersion> latest();

    Optional<TemplateVersion> byNumber(int number);

    Optional<TemplateVersion> byId(UUID id);

    /** All versions, newest first. */
    List<TemplateVersion> all();

    /** Stores version 1 unless the tenant already has any version; whether it was stored. */
    boolean insertFirst(TemplateVersion first);

    /**
     * Stores {@code draft} as the next version (its {@code number} is ignored); concurrent appends of one tenant are
     * serialised, so numbers never collide.
     */
    TemplateVersion append(TemplateVersion draft);
}
