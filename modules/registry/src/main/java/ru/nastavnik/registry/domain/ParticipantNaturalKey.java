package ru.nastavnik.registry.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The natural key of a participant, used to make re-import idempotent: a row whose key already exists updates
 * that participant instead of creating a new one.
 *
 * <p>Rule: <b>organisation id + normalised surname + normalised name + normalised patronymic + date of birth.</b>
 * Names are normalised with {@link TextNormalization#fold(String)} (NFC, trimmed, inner spaces collapsed, lower
 * case, «ё» → «е», hyphen variants unified); an absent patronymic is "". The organisation is its registered id
 * from the {@link OrganisationDirectory}, so «СОШ №1» and «сош № 1» in the file give the same key. The
 * constructor normalises, so keys built from differently typed names are {@code equals}.
 *
 * <p>Consequences: the same person in two organisations is two participants; changing a surname (marriage)
 * makes a new key — such a change is an edit in the registry, not a re-import.
 */
public record ParticipantNaturalKey(String organisationId, String surname, String name, String patronymic,
                                    LocalDate birthDate) {

    public ParticipantNaturalKey {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(birthDate, "birthDate");
        surname = TextNormalization.fold(surname);
        name = TextNormalization.fold(name);
        patronymic = TextNormalization.fold(patronymic);
        if (surname.isEmpty() || name.isEmpty()) {
            throw new IllegalArgumentException("surname and name are required");
        }
    }

    /** A single string for a unique database column: {@code orgId|surname|name|patronymic|yyyy-MM-dd}. */
    public String asString() {
        return organisationId + '|' + surname + '|' + name + '|' + patronymic + '|' + birthDate;
    }

    @Override
    public String toString() {
        return asString();
    }
}
