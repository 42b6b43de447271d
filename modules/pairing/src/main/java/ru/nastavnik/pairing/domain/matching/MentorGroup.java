package ru.nastavnik.pairing.domain.matching;

import java.util.List;
import java.util.UUID;

/**
 * All mentees given to one mentor (a group when more than one).
 *
 * @param mentorId mentor's participant id
 * @param capacity the mentor's capacity
 * @param pairs    the mentor's pairs, in mentee input order
 */
public record MentorGroup(UUID mentorId, int capacity, List<ProposedPair> pairs) {

    public MentorGroup {
        pairs = List.copyOf(pairs);
    }

    /** Capacity left after this result. */
    public int freeSlots() {
        return capacity - pairs.size();
    }
}
