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
        String cleanSurname = TextNormalization.clean(surname);
        String cleanName = TextNormalization.clean(name);
        String cleanPatronymic = TextNormalization.clean(patronymic);
        int year = birthDate.getYear();
        // LocalDate.toString() writes a year 0–9999 as four digits; any other year is left to it.
        String otherDate = year >= 0 && year <= 9999 ? null : birthDate.toString();
        char[] key = new char[organisationId.length() + cleanSurname.length() + cleanName.length()
                + cleanPatronymic.length() + 4 + (otherDate == null ? 10 : otherDate.length())];
        organisationId.getChars(0, organisationId.length(), key, 0);
        int at = organisationId.length();
        key[at++] = '|';
        int end = TextNormalization.foldCleaned(cleanSurname, key, at);
        boolean noSurname = end == at;
        key[end++] = '|';
        at = TextNormalization.foldCleaned(cleanName, key, end);
        if (noSurname || at == end) {
            throw new IllegalArgumentException("surname and name are required");
        }
        key[at++] = '|';
        at = TextNormalization.foldCleaned(cleanPatronymic, key, at);
        key[at++] = '|';
        if (otherDate == null) {
            at = digits(key, at, year, 4);
            key[at++] = '-';
            at = digits(key, at, birthDate.getMonthValue(), 2);
            key[at++] = '-';
            at = digits(key, at, birthDate.getDayOfMonth(), 2);
        } else {
            otherDate.getChars(0, otherDate.length(), key, at);
            at += otherDate.length();
        }
        return new String(key, 0, at);
    }

    /** Writes {@code value} as {@code width} (2 or 4) zero-padded digits; returns the end. */
    private static int digits(char[] out, int at, int value, int width) {
        for (int divisor = width == 4 ? 1000 : 10; divisor > 0; divisor /= 10) {
            out[at++] = (char) ('0' + value / divisor % 10);
        }
        return at;
    }

    @Override
    public String toString() {
        return asString();
    }
}
