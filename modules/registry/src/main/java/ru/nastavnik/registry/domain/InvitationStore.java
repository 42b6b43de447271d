package ru.nastavnik.registry.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The invitations of the tenant (row-level security; a participant's transaction sees only its own). */
public interface InvitationStore {

	void add(Invitation invitation);

	Optional<Invitation> byTokenHash(String tokenHash);

	Optional<Invitation> find(UUID id);

	/** The participant's invitations, newest first. */
	List<Invitation> ofParticipant(UUID participantId);

	/** Marks it used by the account, only if still pending at {@code now}; whether it was. */
	boolean use(UUID id, UUID accountId, Instant now);

	/** Revokes it, only if still pending at {@code now}; whether it was. */
	boolean revoke(UUID id, String by, Instant now);

	/** Revokes every pending invitation of the participant; how many. */
	int revokePending(UUID participantId, String by, Instant now);
}
