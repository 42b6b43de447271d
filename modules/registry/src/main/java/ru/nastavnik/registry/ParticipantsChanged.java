package ru.nastavnik.registry;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.platform.CorrelatedEvent;
import ru.nastavnik.platform.TenantId;

/**
 * Participants whose facts an import changed: one chunk of the import, each with the whole new state a
 * {@link ParticipantChanged} carries for one. A change by hand stays a {@link ParticipantChanged}.
 *
 * @param importId the import; the correlation of its events
 * @param batchId  this chunk: a consumer that has applied it once ignores it when it arrives again
 */
public record ParticipantsChanged(TenantId tenantId, UUID importId, UUID batchId,
		List<ParticipantSnapshot> participants) implements CorrelatedEvent {

	public ParticipantsChanged {
		participants = List.copyOf(participants);
	}

	@Override
	public UUID correlationId() {
		return importId;
	}
}
