package ru.nastavnik.pairing.domain.matching;

import java.util.UUID;

/**
 * A feasible mentor the solver did not choose for a mentee, for the curator's edits.
 *
 * @param mentorId          mentor's participant id
 * @param fit               fit of that pair, 0..{@value FitScore#MAX}
 * @param mentorHasFreeSlot whether the mentor still has capacity in the result (else taking it displaces someone)
 */
public record Alternative(UUID mentorId, int fit, boolean mentorHasFreeSlot) {
}
