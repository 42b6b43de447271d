package ru.nastavnik.pairing.domain.matching;

import java.util.UUID;

/**
 * A pair in the result.
 *
 * @param mentorId    mentor's participant id
 * @param menteeId    mentee's participant id
 * @param fit         fit of the pair
 * @param explanation why it fits
 * @param locked      fixed by the curator rather than chosen by the solver
 */
public record ProposedPair(UUID mentorId, UUID menteeId, FitScore fit, PairExplanation explanation,
                           boolean locked) {
}
