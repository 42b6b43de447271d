package ru.nastavnik.pairing.domain.matching;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * A participant who needs a mentor in one matching run.
 *
 * @param participantId  registry id; the same person may also appear as a {@link MentorCandidate}
 * @param category       participant category
 * @param organisationId organisation the mentee belongs to
 * @param grade          school grade for pupils, {@code null} otherwise or when unknown
 * @param birthDate      nullable; used for seniority when grades are absent
 * @param requests       requests / difficulties the mentee stated (compared case-insensitively with competencies)
 */
public record MenteeCandidate(
        UUID participantId,
        Category category,
        UUID organisationId,
        Integer grade,
        LocalDate birthDate,
        Set<String> requests) {

    public MenteeCandidate {
        Objects.requireNonNull(participantId, "participantId");
        Objects.requireNonNull(category, "category");
        requests = requests == null ? Set.of() : Set.copyOf(requests);
    }
}
