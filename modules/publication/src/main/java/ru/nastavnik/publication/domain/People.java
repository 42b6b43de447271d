package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port of the projection of the registry's participants (current tenant). */
public interface People {

	/** Upserts a participant's facts; returns the state before, if any. */
	Optional<Person> record(Person person);

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
