package ru.nastavnik.publication.domain;

import java.util.UUID;

/** An educational organisation of the tenant, as the registry announced it. */
public record Organization(UUID id, String name, String shortName) {

	public String label() {
		return shortName == null || shortName.isBlank() ? name : shortName;
	}
}
