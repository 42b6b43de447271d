package ru.nastavnik.platform;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * Accounts of the {@link Role#PARTICIPANT} role, for the module that invites participants (the registry; decision
 * 0010). An account belongs to one tenant and is bound to exactly one participant (for a legal representative: the
 * minor they act for); a participant has at most one enabled account. Passwords are hashed by the same encoder as
 * staff passwords and must pass the participant password rules ({@link #checkPassword}).
 */
public interface ParticipantAccounts {

	/** The account bound to a participant, as other modules may see it (no password hash). */
	record ParticipantAccount(UUID accountId, String username, String displayName, UUID participantId,
			boolean representative, boolean enabled, Instant createdAt) {
	}

	/** A new account: who chose which username and password, for which participant of which tenant. */
	record NewParticipantAccount(TenantId tenantId, UUID participantId, boolean representative, String username,
			String password, String passwordRepeat, String displayName) {
	}

	/**
	 * Creates the account; every fault at once as a {@link BusinessRuleProblem} with fields {@code username},
	 * {@code password}, {@code passwordRepeat} (Russian, specific: which rule the password breaks). 409 when the
	 * participant already has an enabled account.
	 */
	ParticipantAccount create(NewParticipantAccount request);

	/**
	 * Demo data only: an account with a fixed demo password, bypassing the password rules (the demo accounts all use
	 * {@code demo}). Does nothing when the username or the participant's account already exists.
	 */
	Optional<ParticipantAccount> createDemo(TenantId tenantId, UUID participantId, boolean representative,
			String username, String password, String displayName);

	/** The enabled account bound to the participant, if any. */
	Optional<ParticipantAccount> of(TenantId tenantId, UUID participantId);

	/** Disables the participant's account (revoked access, anonymised participant); whether one was enabled. */
	boolean disable(TenantId tenantId, UUID participantId);

	/** The participant password rules; empty when the password is acceptable, else the Russian reason. */
	Optional<String> checkPassword(String username, String password);
}
