package ru.nastavnik.pairing.domain.matching;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A participant who may act as a mentor in one matching run.
 *
 * @param participantId  registry id; the same person may also appear as a {@link MenteeCandidate}
 * @param category       participant category
 * @param organisationId educational organisation (or employer) the mentor belongs to
 * @param grade          school grade for pupils, {@code null} otherwise or when unknown
 * @param birthDate      nullable; used for seniority when grades are absent
 * @param competencies   what the mentor can help with (free text, compared case-insensitively)
 * @param capacity       how many mentees the mentor takes at most (0 = none this time)
 * @param trained        whether the mentor completed mentor training
 */
public record MentorCandidate(
        UUID participantId,
        Category category,
        UUID organisationId,
        Integer grade,
        LocalDate birthDate,
        Set<String> competencies,
        int capacity,
        boolean trained) {

    public MentorCandidate {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(category, "category");
        competencies = competencies == null ? Set.of() : Set.copyOf(competencies);
        if (capacity < 0) {
            throw new IllegalArgumentException("ёмкость наставника не может быть отрицательной: " + capacity);
        }
    }
}
