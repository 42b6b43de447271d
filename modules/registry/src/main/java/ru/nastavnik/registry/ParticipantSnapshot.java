package ru.nastavnik.registry;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Set;
import java.util.UUID;

/**
 * What other modules may know of a participant: carried whole by {@link ParticipantRegistered} and
 * {@link ParticipantChanged} so that consumers keep their own projection (event-carried state transfer). No date of
 * birth, contacts or documents — an age band, the month of birth (for the «mentor is senior» rule of pairing) and, for
 * pupils, the grade.
 *
 * @param youngTeacher      a teacher under 35 with under 3 years of experience (derived by the registry)
 * @param minor             under 18 (nothing about a minor is ever published)
 * @param processingConsent consent to processing for the programme is on record and not withdrawn
 * @param publicationConsent consent to publication is on record and not withdrawn
 * @param mentorCapacity    how many mentees a mentor can take; {@code null} if not a mentor
 * @param birthMonth        the month and year of birth, the least that decides who of two people is older; {@code null}
 *                          once anonymised (the registry keeps only the year then) or when the producer does not know it
 */
public record ParticipantSnapshot(UUID participantId, UUID organizationId, PersonName name, ParticipantCategory category,
		Integer grade, AgeBand ageBand, boolean minor, boolean youngTeacher, Set<ParticipantRole> roles,
		Set<String> competencies, Set<String> requests, Integer mentorCapacity, boolean mentorTrained,
		boolean positiveExperience, boolean processingConsent, boolean publicationConsent, LocalDate joinedOn,
		boolean active, YearMonth birthMonth) {

	/** A snapshot without the month of birth (a producer that does not know it; seniority then goes by grade only). */
	public ParticipantSnapshot(UUID participantId, UUID organizationId, PersonName name, ParticipantCategory category,
			Integer grade, AgeBand ageBand, boolean minor, boolean youngTeacher, Set<ParticipantRole> roles,
			Set<String> competencies, Set<String> requests, Integer mentorCapacity, boolean mentorTrained,
			boolean positiveExperience, boolean processingConsent, boolean publicationConsent, LocalDate joinedOn,
			boolean active) {
		this(participantId, organizationId, name, category, grade, ageBand, minor, youngTeacher, roles, competencies,
				requests, mentorCapacity, mentorTrained, positiveExperience, processingConsent, publicationConsent, joinedOn,
				active, null);
	}

	/** The same snapshot without the month of birth, for a consumer that keeps events but has no use for it. */
	public ParticipantSnapshot withoutBirthMonth() {
		return new ParticipantSnapshot(participantId, organizationId, name, category, grade, ageBand, minor, youngTeacher,
				roles, competencies, requests, mentorCapacity, mentorTrained, positiveExperience, processingConsent,
				publicationConsent, joinedOn, active, null);
	}
}
