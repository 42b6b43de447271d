package ru.nastavnik.pairing.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Port: this module's own projection of the registry's participants and organisations, kept from the registry's
 * events. Every write is idempotent (an event may arrive twice) and tolerates out-of-order arrival: a
 * {@code ParticipantRegistered} never overwrites what a {@code ParticipantChanged} wrote, profile events for an
 * unknown participant leave a stub that the snapshot fills in, and anonymisation is final. Registrations and changes
 * are written a set at a time: a single one is a set of one.
 */
public interface CandidateProjection {

	/** The registry's full state of a participant. */
	record Snapshot(UUID id, UUID organizationId, String surname, String name, String patronymic, String category,
			Integer grade, String ageBand, YearMonth birthMonth, boolean mentor, boolean mentee, Set<String> competencies,
			Set<String> requests, Integer capacity, boolean trained, boolean processingConsent, boolean active) {
	}

	/** Registrations (one, or a chunk of an import), in one statement; never over a later change. */
	void registered(List<Snapshot> snapshots);

	/** Changes (one, or a chunk of an import), in one statement. */
	void changed(List<Snapshot> snapshots);

	/**
	 * Records that a chunk of the registry's events is being applied, in the applying transaction; {@code false} when it
	 * has been applied before (the chunk was delivered again), and then nothing is to be done.
	 */
	boolean firstApplication(UUID batchId);

	void mentorProfile(UUID participantId, Set<String> competencies, Integer capacity, boolean trained);

	void menteeProfile(UUID participantId, Set<String> requests);

	void processingConsent(UUID participantId, boolean given);

	void left(UUID participantId, LocalDate leftOn);

	void anonymised(UUID participantId);

	void organization(Organization organization);

	Optional<Candidate> find(UUID participantId);

	List<Candidate> all(Optional<UUID> organizationId);

	Map<UUID, Candidate> byIds(Collection<UUID> ids);

	/** Matchable mentors and mentees for a programme of an organisation (see {@code MatchingService}). */
	List<Candidate> matchableIn(UUID organizationId, Set<String> crossOrganizationMentorCategories);

	List<Organization> organizations();

	Optional<Organization> findOrganization(UUID id);
}
