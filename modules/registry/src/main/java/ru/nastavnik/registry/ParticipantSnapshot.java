package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules may know of a participant: carried whole by {@link ParticipantRegistered} and
 * {@link ParticipantChanged} so that consumers keep their own projection (event-carried state transfer). No date of
 * birth, contacts or documents — an age band and, for pupils, the grade.
 *
 * @param youngTeacher      a teacher under 35 with under 3 years of experience (derived by the registry)
 * @param minor             under 18 (nothing about a minor is ever published)
 * @param processingConsent consent to processing for the programme is on record and not withdrawn
 * @param publicationConsent consent to publication is on record and not withdrawn
 * @param mentorCapacity    how many mentees a mentor can take; {@code null} if not a mentor
 */
public record ParticipantSnapshot(UUID participantId, UUID organizationId, PersonName name, ParticipantCategory category,
		Integer grade, AgeBand ageBand, boolean minor, boolean youngTeacher, Set<ParticipantRole> roles,
		Set<String> competencies, Set<String> requests, Integer mentorCapacity, boolean mentorTrained,
		boolean positiveExperience, boolean processingConsent, boolean publicationConsent, LocalDate joinedOn,
		boolean active) {
}
