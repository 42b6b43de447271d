package ru.nastavnik.registry.domain;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.registry.ParticipantRole;

/**
 * Filters of the participants list; {@code null} means «any». {@code search} matches the beginning of the surname
 * (or of the full name) after folding (case, «ё»). Young teachers and activity are judged on {@code referenceDate}.
 */
public record ParticipantQuery(ParticipantCategory category, ParticipantRole role, UUID organizationId, String search,
                               Boolean youngTeacher, Boolean active, LocalDate referenceDate, int page, int size) {

    public static final int MAX_SIZE = 200;

    public ParticipantQuery {
        if (page < 0) {
            page = 0;
        }
        if (size < 1 || size > MAX_SIZE) {
            size = size < 1 ? 20 : MAX_SIZE;
        }
        search = search == null || search.isBlank() ? null : TextNormalization.fold(search);
    }

    public ParticipantQuery withOrganization(UUID organization) {
        return new ParticipantQuery(category, role, organization, search, youngTeacher, active, referenceDate, page, size);
    }
}
