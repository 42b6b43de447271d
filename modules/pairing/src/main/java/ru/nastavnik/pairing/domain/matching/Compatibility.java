package ru.nastavnik.pairing.domain.matching;

import java.util.Map;
import java.util.UUID;

/**
 * Questionnaire compatibility of a possible pair, a score in [0, 1] computed by the caller from the
 * compatibility questionnaire taken before pairing. Must return {@link #UNKNOWN_SCORE} when either side
 * has not taken the questionnaire.
 */
@FunctionalInterface
public interface Compatibility {

    /** Score used when compatibility is unknown: neither a bonus nor a penalty. */
    double UNKNOWN_SCORE = 0.5;

    /** Compatibility when no questionnaire results exist at all. */
    Compatibility UNKNOWN = (mentorId, menteeId) -> UNKNOWN_SCORE;

    /** @return a score in [0, 1] */
    double score(UUID mentorId, UUID menteeId);

    /** Compatibility from known scores; pairs not in the map score {@link #UNKNOWN_SCORE}. */
    static Compatibility of(Map<PairKey, Double> scores) {
        Map<PairKey, Double> copy = Map.copyOf(scores);
        return (mentorId, menteeId) -> copy.getOrDefault(new PairKey(mentorId, menteeId), UNKNOWN_SCORE);
    }
}
