package ru.nastavnik.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static ru.nastavnik.registry.domain.TextNormalizationEquivalenceTest.ALPHABET;
import static ru.nastavnik.registry.domain.TextNormalizationEquivalenceTest.escape;
import static ru.nastavnik.registry.domain.TextNormalizationEquivalenceTest.randomText;

import java.time.LocalDate;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The natural key string the import computes for every row in one buffer is byte for byte the
 * {@code natural_key} the database holds: {@link ParticipantNaturalKey#asString()}, and the formula of the
 * previous implementation over {@link LegacyTextNormalization#fold(String)}.
 */
class NaturalKeyEquivalenceTest {

    static String legacyKey(String org, String surname, String name, String patronymic, LocalDate birth) {
        return org + '|' + LegacyTextNormalization.fold(surname) + '|' + LegacyTextNormalization.fold(name) + '|'
                + LegacyTextNormalization.fold(patronymic) + '|' + birth;
    }

    @Test
    void theKnownExample() {
        LocalDate birth = LocalDate.of(2012, 5, 12);
        assertThat(ParticipantNaturalKey.asString("org-1", "  Петрова -  Водкина ", "Алёна", "Семёновна", birth))
                .isEqualTo("org-1|петрова-водкина|алена|семеновна|2012-05-12");
        assertThat(ParticipantNaturalKey.asString("org-1", "Петров", "Семён", null, LocalDate.of(7, 1, 2)))
                .isEqualTo("org-1|петров|семен||0007-01-02");
    }

    @Test
    void randomNamesAndDatesGiveTheSameStringAsTheRecordAndAsBefore() {
        Random random = new Random(11);
        String[] orgs = {"org-1", "b3f1c2de-0000-4000-8000-000000000001", "", "a|b", "Ё"};
        for (int i = 0; i < 200_000; i++) {
            String surname = "Я" + randomText(random, ALPHABET, 10);
            String name = randomText(random, ALPHABET, 6) + "ж";
            String patronymic = random.nextInt(4) == 0 ? null : randomText(random, ALPHABET, 8);
            LocalDate birth = LocalDate.ofEpochDay(random.nextLong(LocalDate.of(-30, 1, 1).toEpochDay(),
                    LocalDate.of(12_000, 1, 1).toEpochDay()));
            if (i % 3 == 0) {
                birth = LocalDate.of(1900 + random.nextInt(130), 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            String org = orgs[random.nextInt(orgs.length)];
            String fast = ParticipantNaturalKey.asString(org, surname, name, patronymic, birth);
            String what = escape(surname) + " " + escape(name) + " " + (patronymic == null ? "null" : escape(patronymic));
            assertThat(fast).as(what).isEqualTo(new ParticipantNaturalKey(org, surname, name, patronymic, birth).asString());
            assertThat(fast).as(what).isEqualTo(legacyKey(org, surname, name, patronymic, birth));
        }
    }

    @Test
    void surnameAndNameAreRequiredAsByTheRecord() {
        LocalDate birth = LocalDate.of(2012, 5, 12);
        assertThatThrownBy(() -> ParticipantNaturalKey.asString("org-1", " ", "Иван", null, birth))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParticipantNaturalKey.asString("org-1", "Иванов", "\u00a0", null, birth))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ParticipantNaturalKey.asString("org-1", null, "Иван", null, birth))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
