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

    /**
     * {@code new ParticipantNaturalKey(organisationId, surname, name, patronymic, birthDate).asString()}, built in
     * one buffer: the import computes it for every row, and the record with its three folded strings would only be
     * garbage.
     */
    public static String asString(String organisationId, String surname, String name, String patronymic,
                                  LocalDate birthDate) {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(birthDate, "birthDate");
        StringBuilder key = new StringBuilder(organisationId.length() + 64).append(organisationId).append('|');
        int start = key.length();
        TextNormalization.foldInto(surname, key);
        boolean noSurname = key.length() == start;
        key.append('|');
        start = key.length();
        TextNormalization.foldInto(name, key);
        if (noSurname || key.length() == start) {
            throw new IllegalArgumentException("surname and name are required");
        }
        key.append('|');
        TextNormalization.foldInto(patronymic, key);
        key.append('|');
        int year = birthDate.getYear();
        if (year >= 0 && year <= 9999) {
            // LocalDate.toString() of such a year, without its own StringBuilder.
            appendDigits(key, year, 4).append('-');
            appendDigits(key, birthDate.getMonthValue(), 2).append('-');
            appendDigits(key, birthDate.getDayOfMonth(), 2);
        } else {
            key.append(birthDate);
        }
        return key.toString();
    }

    private static StringBuilder appendDigits(StringBuilder sb, int value, int width) {
        for (int divisor = width == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
            sb.append((char) ('0' + value / divisor % 10));
        }
        return sb;
    }

    @Override
    public String toString() {
        return asString();
    }
}
