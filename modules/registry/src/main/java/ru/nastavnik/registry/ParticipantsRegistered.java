package ru.nastavnik.registry;

import java.util.List;
import java.util.UUID;

import ru.nastavnik.platform.CorrelatedEvent;
import ru.nastavnik.platform.TenantId;

/**
 * Participants an import registered: one chunk of the import (at most a few thousand people), each with the whole state
 * a {@link ParticipantRegistered} carries for one — including the processing consent the file gave, so no
 * {@link ConsentGiven} follows. A registration by hand stays a {@link ParticipantRegistered}.
 *
 * @param importId the import (its {@link ParticipantsImported} follows the chunks); the correlation of its events
 * @param batchId  this chunk: a consumer that has applied it once ignores it when it arrives again
 */
public record ParticipantsRegistered(TenantId tenantId, UUID importId, UUID batchId,
		List<ParticipantSnapshot> participants) implements CorrelatedEvent {

	public ParticipantsRegistered {
		participants = List.copyOf(participants);
	}

	@Override
	public UUID correlationId() {
		return importId;
	}
}
