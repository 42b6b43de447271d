package ru.nastavnik.pairing.domain.matching;

import java.util.Objects;
import java.util.UUID;

/** A (mentor, mentee) pair of participant ids, used for the curator's locked and forbidden pairs. */
public record PairKey(UUID mentorId, UUID menteeId) {
    public PairKey {
        Objects.requireNonNull(mentorId, "mentorId");
        Objects.requireNonNull(menteeId, "menteeId");
    }
}
