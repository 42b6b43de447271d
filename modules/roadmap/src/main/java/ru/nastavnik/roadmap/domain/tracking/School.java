package ru.nastavnik.roadmap.domain.tracking;

import java.util.Objects;
import java.util.UUID;

/**
 * A school (educational organisation) of the tenant, as the roadmap knows it from the registry's events.
 *
 * @param id the registry's organisation id
 * @param name full name
 * @param shortName short name, may be {@code null}
 * @param kind kind of organisation as the registry names it, may be {@code null}
 */
public record School(UUID id, String name, String shortName, String kind) {

    public School {
        Objects.requireNonNull(id, "Не указан идентификатор организации");
        Objects.requireNonNull(name, "Не указано наименование организации");
    }

    /** The short name when there is one. */
    public String displayName() {
        return shortName == null || shortName.isBlank() ? name : shortName;
    }
}
