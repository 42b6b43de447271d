package ru.nastavnik.registry;

import java.util.UUID;

import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.TenantScopedEvent;

/**
 * A participant's identifying fields were erased (after the processing consent was withdrawn), irreversibly. Consumers
 * drop the names they hold. The non-identifying facts that the indicators count stay and travel in {@code participant}:
 * organisation, category, grade, age band, young teacher, roles, training, joined date — with the name replaced by
 * «Участник №N», no consents and {@code active = false}.
 *
 * @param participant the anonymised participant's snapshot; {@code null} only from the two-argument constructor kept
 *                    for consumers' tests
 */
public record ParticipantAnonymised(TenantId tenantId, UUID participantId, ParticipantSnapshot participant)
		implements TenantScopedEvent {

	/** Without the snapshot (the facts stay as the consumer last knew them). */
	public ParticipantAnonymised(TenantId tenantId, UUID participantId) {
		this(tenantId, participantId, null);
	}
}
