package ru.nastavnik.publication.domain;

import java.util.UUID;

/**
 * What this module knows of a registry participant (its own projection of the registry's events): the name, whether
 * a minor, and whether publication consent is on record. Names of anonymised participants are erased.
 */
public record Person(UUID participantId, UUID organizationId, String surname, String name, String patronymic,
		boolean minor, boolean mentor, boolean positiveExperience, boolean publicationConsent, boolean active) {

	public String fullName() {
		if (surname == null) {
			return "";
		}
		return patronymic == null || patronymic.isBlank() ? surname + " " + name : surname + " " + name + " " + patronymic;
	}

	public boolean named() {
		return surname != null && name != null;
	}

	public PersonNameMatcher.Name matcherName() {
		return new PersonNameMatcher.Name(participantId, surname, name);
	}

	/** May be published as a best mentor: an adult, named, with publication consent on record. */
	public boolean publishable() {
		return named() && !minor && publicationConsent;
	}
}
