package ru.nastavnik.platform;

import java.time.Instant;
import java.util.UUID;

/**
 * Something a participant did themself, for the registry's audit log (decision 0010): the platform publishes their
 * sign-ins, pairing their answers to the compatibility questionnaire, monitoring their answers to a monitoring
 * questionnaire (that they answered — never what). The registry writes one audit entry per event, keyed by
 * {@code id}, so a redelivered event is written once. Carries no personal data beyond the account's username.
 *
 * @param id            the activity (becomes the audit entry's id)
 * @param participantId the participant the account is bound to
 * @param accountId     the participant's account
 * @param username      its username
 * @param kind          what was done
 * @param details       a short Russian description without personal data or answers
 * @param at            when
 */
public record ParticipantActivity(TenantId tenantId, UUID id, UUID participantId, UUID accountId, String username,
		Kind kind, String details, Instant at) implements TenantScopedEvent {

	public enum Kind {
		/** Signed in (the sign-in form, or an API call with HTTP Basic). */
		SIGNED_IN,
		/** Answered the programme's compatibility questionnaire (pairing). */
		QUESTIONNAIRE_ANSWERED,
		/** Answered a monitoring questionnaire of stage 1 or 2 (monitoring; anonymous answers, only the fact). */
		SURVEY_ANSWERED
	}

	/** An activity of the signed-in participant, now. */
	public static ParticipantActivity of(CurrentUser user, Kind kind, String details) {
		if (!user.isParticipant() || user.participantId() == null) {
			throw new IllegalArgumentException("not a participant account: " + user.username());
		}
		return new ParticipantActivity(user.tenantId(), UUID.randomUUID(), user.participantId(), user.accountId(),
				user.username(), kind, details, Instant.now());
	}
}
