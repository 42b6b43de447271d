package ru.nastavnik.registry.domain;

import java.util.UUID;

/** One line of the participants list. */
public record ParticipantListItem(UUID id, long number, UUID organizationId, String organizationShortName,
                                  String fullName, ParticipantCategory category, String classLabel, boolean mentor,
                                  boolean mentee, boolean youngTeacher, boolean activeInProgrammes,
                                  ParticipantStatus status, boolean anonymised) {
}
