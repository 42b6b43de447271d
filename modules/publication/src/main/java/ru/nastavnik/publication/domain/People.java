package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port of the projection of the registry's participants (current tenant). */
public interface People {

	/**
	 * Upserts participants' facts (one, or a chunk of an import) in one statement; returns, as they were before, those
	 * who had publication consent on record and no longer have.
	 */
	List<Person> record(List<Person> people);

	/**
	 * Records that a chunk of the registry's events is being applied, in the applying transaction; {@code false} when it
	 * has been applied before (the chunk was delivered again), and then nothing is to be done.
	 */
	boolean firstApplication(UUID batchId);

	Optional<Person> byId(UUID participantId);

	/** Names of the tenant's registered minors: what the privacy guard searches for. */
	List<PersonNameMatcher.Name> minors();

	/** Adults with publication consent on record: who may be published as a best mentor. */
	List<Person> publishable();

	/** Sets the publication consent, creating a nameless row when the participant is not known yet. */
	void consent(UUID participantId, boolean publicationConsent);

	/** Erases the name (the participant was anonymised). */
	void erase(UUID participantId);
}
