package ru.nastavnik.registry;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import ru.nastavnik.platform.CorrelatedEvent;
import ru.nastavnik.platform.EvidenceEvent;
import ru.nastavnik.platform.TenantId;

/**
 * One successful bulk import (one per file): how many participants it created, updated or left unchanged, by
 * category and role. Also the evidence for roadmap items such as «формирование базы наставляемых». Published after
 * the import's {@link ParticipantsRegistered} / {@link ParticipantsChanged} chunks, with the same correlation.
 *
 * @param organizationId the organisation of the file, or {@code null} when the file spans several
 */
public record ParticipantsImported(TenantId tenantId, UUID importId, UUID organizationId, String organizationName,
		int created, int updated, int unchanged, Map<ParticipantCategory, Integer> byCategory,
		Map<ParticipantRole, Integer> byRole, LocalDate importedOn) implements EvidenceEvent, CorrelatedEvent {

	public static final String KEY = "registry.participants-imported";

	@Override
	public String evidenceKey() {
		return KEY;
	}

	@Override
	public UUID correlationId() {
		return importId;
	}

	@Override
	public UUID evidenceId() {
		return importId;
	}

	@Override
	public String evidenceSummary() {
		return "Импорт участников" + (organizationName == null ? "" : " (" + organizationName + ")") + ": добавлено "
				+ created + ", обновлено " + updated + ", без изменений " + unchanged;
	}

	@Override
	public LocalDate observedOn() {
		return importedOn;
	}
}
