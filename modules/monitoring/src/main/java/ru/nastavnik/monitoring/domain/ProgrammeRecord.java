package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A mentorship programme as monitoring knows it from pairing's events: what a questionnaire is filled in for.
 *
 * @param organizationName the organisation's short name (or name) from the registry's events; {@code null} if unknown
 * @param closedOn         when pairing closed it; {@code null} while it runs
 */
public record ProgrammeRecord(UUID id, UUID organizationId, String title, String organizationName, LocalDate closedOn) {

	/** How a person picks it from a list: «title (organisation)», «, завершена» once closed. */
	public String label() {
		String name = title == null || title.isBlank() ? "Программа без названия" : title;
		String where = organizationName == null ? "" : organizationName;
		String closed = closedOn == null ? "" : (where.isEmpty() ? "" : ", ") + "завершена";
		return where.isEmpty() && closed.isEmpty() ? name : name + " (" + where + closed + ")";
	}
}
