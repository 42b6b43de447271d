package ru.nastavnik.registry.domain;

import java.util.Objects;

/**
 * An organisation registered in the tenant, as far as import needs it.
 *
 * @param id        stable identifier supplied by the caller (part of the {@link ParticipantNaturalKey})
 * @param shortName the short name as registered, e.g. «МБОУ СОШ №1»
 */
public record OrganisationRef(String id, String shortName) {
    public OrganisationRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shortName, "shortName");
    }
}
