package ru.nastavnik.registry.domain;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Objects;

/**
 * One valid row of an imported participant list. Absent optional values are {@code null} (lists are empty).
 *
 * @param sourceRow          the row number in the uploaded file (for messages of later steps)
 * @param surname            as typed, trimmed
 * @param name               as typed, trimmed
 * @param patronymic         as typed, trimmed; {@code null} when none
 * @param category           the participant's category
 * @param birthDate          date of birth
 * @param schoolClass        pupils only, otherwise {@code null}
 * @param organisation       the registered organisation the participant belongs to
 * @param pedagogicalStart   teachers only: start of pedagogical activity, otherwise {@code null}
 * @param company            employers' representatives only, otherwise {@code null}
 * @param role               mentor, mentee or both
 * @param mentorCompetencies mentors only, non-empty for mentors
 * @param mentorCapacity     mentors only: how many mentees the mentor can take (1–10), otherwise {@code null}
 * @param mentorTrainingDate mentors only, optional
 * @param menteeRequests     mentees only, non-empty for mentees
 * @param consentDate        date of the consent to personal-data processing
 * @param consentGiver       who signed the consent
 * @param legalRepresentative full name of the representative when {@code consentGiver} is the representative
 * @param email              optional
 * @param phone              optional, normalised to {@code +7XXXXXXXXXX}
 */
public record ParticipantRow(
        int sourceRow,
        String surname,
        String name,
        String patronymic,
        ParticipantCategory category,
        LocalDate birthDate,
        SchoolClass schoolClass,
        OrganisationRef organisation,
        LocalDate pedagogicalStart,
        String company,
        ParticipantRole role,
        List<String> mentorCompetencies,
        Integer mentorCapacity,
        LocalDate mentorTrainingDate,
        List<String> menteeRequests,
        LocalDate consentDate,
        ConsentGiver consentGiver,
        String legalRepresentative,
        String email,
        String phone) {

    /** Age below which a teacher is a «young specialist» (with {@link #YOUNG_TEACHER_EXPERIENCE_YEARS}). */
    public static final int YOUNG_TEACHER_AGE = 35;
    public static final int YOUNG_TEACHER_EXPERIENCE_YEARS = 3;

    public ParticipantRow {
        Objects.requireNonNull(surname, "surname");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(organisation, "organisation");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(consentDate, "consentDate");
        Objects.requireNonNull(consentGiver, "consentGiver");
        mentorCompetencies = List.copyOf(mentorCompetencies);
        menteeRequests = List.copyOf(menteeRequests);
    }

    public ParticipantNaturalKey naturalKey() {
        return new ParticipantNaturalKey(organisation.id(), surname, name, patronymic, birthDate);
    }

    /** {@code naturalKey().asString()} without the intermediate record (the bulk write asks for it per row). */
    public String naturalKeyString() {
        return ParticipantNaturalKey.asString(organisation.id(), surname, name, patronymic, birthDate);
    }

    /** «Образцова Анна Сергеевна». */
    public String fullName() {
        return patronymic == null ? surname + ' ' + name : surname + ' ' + name + ' ' + patronymic;
    }

    /** Full years of age on a date. */
    public int ageOn(LocalDate date) {
        return Period.between(birthDate, date).getYears();
    }

    /** Full years of pedagogical experience on a date, counted from the start date; 0 for non-teachers. */
    public int pedagogicalExperienceOn(LocalDate date) {
        if (pedagogicalStart == null || date.isBefore(pedagogicalStart)) {
            return 0;
        }
        return Period.between(pedagogicalStart, date).getYears();
    }

    /** A teacher younger than 35 with less than 3 full years of pedagogical experience on the date. */
    public boolean isYoungTeacherOn(LocalDate date) {
        return category == ParticipantCategory.TEACHER
                && ageOn(date) < YOUNG_TEACHER_AGE
                && pedagogicalExperienceOn(date) < YOUNG_TEACHER_EXPERIENCE_YEARS;
    }
}
