package ru.nastavnik.registry.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.UUID;

import ru.nastavnik.registry.ConsentPurpose;

/**
 * A consent (152-ФЗ) of a participant for one purpose: who gave it (the person or a legal representative, named),
 * the date of the signed document, and when it was withdrawn.
 */
public record Consent(UUID id, ConsentPurpose purpose, LocalDate givenOn, boolean byLegalRepresentative,
                      String representativeName, LocalDate withdrawnOn) {

    public Consent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(purpose, "purpose");
        Objects.requireNonNull(givenOn, "givenOn");
    }

    public static Consent given(ConsentPurpose purpose, LocalDate givenOn, boolean byLegalRepresentative,
                                String representativeName) {
        return new Consent(UUID.randomUUID(), purpose, givenOn, byLegalRepresentative,
                byLegalRepresentative ? representativeName : null, null);
    }

    /** Given and not withdrawn. */
    public boolean isValid() {
        return withdrawnOn == null;
    }

    public Consent withdrawn(LocalDate on) {
        return new Consent(id, purpose, givenOn, byLegalRepresentative, representativeName, on);
    }

    /** The same consent with the representative's name erased (anonymisation). */
    public Consent withoutRepresentativeName() {
        return new Consent(id, purpose, givenOn, byLegalRepresentative, null, withdrawnOn);
    }
}
