package ru.nastavnik.registry.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * An invitation of a participant (or of the legal representative of a minor participant) to create their own
 * account: one-time, with an expiry, revocable. Only the hash of its token is kept ({@link InvitationToken}).
 *
 * @param representative whether the legal representative of the participant is invited (a minor's account is the
 *                       representative's, acting for the minor)
 * @param inviteeName    who is invited: the participant's full name or the representative's
 */
public record Invitation(UUID id, UUID participantId, boolean representative, String inviteeName, String tokenHash,
		Instant createdAt, String createdBy, Instant expiresAt, Instant usedAt, UUID accountId, Instant revokedAt,
		String revokedBy) {

	/** What state an invitation is in at an instant. */
	public enum Status {
		PENDING("ожидает"), USED("использовано"), EXPIRED("истёк срок"), REVOKED("отозвано");

		private final String title;

		Status(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	public static Invitation issue(UUID participantId, boolean representative, String inviteeName, String tokenHash,
			Instant now, String createdBy, Instant expiresAt) {
		return new Invitation(UUID.randomUUID(), participantId, representative, inviteeName, tokenHash, now, createdBy,
				expiresAt, null, null, null, null);
	}

	public Status statusAt(Instant now) {
		if (revokedAt != null) {
			return Status.REVOKED;
		}
		if (usedAt != null) {
			return Status.USED;
		}
		return now.isBefore(expiresAt) ? Status.PENDING : Status.EXPIRED;
	}
}
