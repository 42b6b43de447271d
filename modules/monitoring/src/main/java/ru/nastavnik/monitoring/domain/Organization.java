package ru.nastavnik.monitoring.domain;

import java.util.UUID;

/** An educational organisation as monitoring knows it (from the registry's events). */
public record Organization(UUID id, String name, String shortName) {

	public String label() {
		return shortName == null || shortName.isBlank() ? name : shortName;
	}
}
