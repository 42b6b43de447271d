package ru.nastavnik.pairing.domain.matching;

import java.util.UUID;

/**
 * A mentee left without a mentor.
 *
 * @param menteeId participant id
 * @param reason   machine-readable reason
 * @param message  Russian reason for the curator
 */
public record UnmatchedMentee(UUID menteeId, UnmatchedReason reason, String message) {
}
