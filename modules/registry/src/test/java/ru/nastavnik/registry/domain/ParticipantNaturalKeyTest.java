package ru.nastavnik.registry.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class ParticipantNaturalKeyTest {

    private static final LocalDate BIRTH = LocalDate.of(2012, 5, 12);

    @Test
    void namesAreNormalisedSoDifferentlyTypedNamesAreTheSameKey() {
        var typed = new ParticipantNaturalKey("org-1", "  Петрова -  Водкина ", "Алёна", "Семёновна", BIRTH);
        var other = new ParticipantNaturalKey("org-1", "ПЕТРОВА–ВОДКИНА", "алена", "семеновна", BIRTH);

        assertThat(typed).isEqualTo(other).hasSameHashCodeAs(other);
        assertThat(typed.asString()).isEqualTo("org-1|петрова-водкина|алена|семеновна|2012-05-12");
    }

    @Test
    void decomposedUnicodeAndNonBreakingSpacesDoNotMatter() {
        var composed = new ParticipantNaturalKey("org-1", "Йодов", "Пётр", null, BIRTH);
        var decomposed = new ParticipantNaturalKey("org-1", "И\u0306одов\u00a0", "Пе\u0308тр", "", BIRTH);
        assertThat(decomposed).isEqualTo(composed);
        assertThat(composed.patronymic()).isEmpty();
    }

    @Test
    void organisationAndBirthDateAndPatronymicDistinguish() {
        var key = new ParticipantNaturalKey("org-1", "Иванов", "Иван", "Иванович", BIRTH);
        assertThat(key).isNotEqualTo(new ParticipantNaturalKey("org-2", "Иванов", "Иван", "Иванович", BIRTH));
        assertThat(key).isNotEqualTo(new ParticipantNaturalKey("org-1", "Иванов", "Иван", "Иванович", BIRTH.plusDays(1)));
        assertThat(key).isNotEqualTo(new ParticipantNaturalKey("org-1", "Иванов", "Иван", "", BIRTH));
    }

    @Test
    void surnameAndNameAreRequired() {
        assertThatThrownBy(() -> new ParticipantNaturalKey("org-1", " ", "Иван", null, BIRTH))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aValidatedRowGivesItsKey() {
        ParticipantRow row = ImportFixtures.rows(ImportFixtures.validate(ImportFixtures.pupilMentee())).get(0);
        assertThat(row.naturalKey().asString()).isEqualTo("org-1|петров|семен|игоревич|2012-05-12");
    }

    @Test
    void organisationDirectoryRejectsAmbiguousNames() {
        assertThatThrownBy(() -> OrganisationDirectory.of(java.util.List.of(
                new OrganisationRef("a", "СОШ №1"), new OrganisationRef("b", "сош № 1"))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
