package ru.nastavnik.pairing.domain;

import java.util.UUID;

/** An educational organisation (or employer) as the registry's events told this module. */
public record Organization(UUID id, String name, String shortName, String kind) {

	public String title() {
		return shortName == null || shortName.isBlank() ? name : shortName;
	}
}
