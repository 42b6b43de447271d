package ru.nastavnik.pairing.domain;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What the tenant's active pairs take, in every programme: each mentor's mentees (against their capacity) and the
 * mentees already fixed by an order. Matching, the curator's locks and issuing an order all count the same.
 */
public record ActivePairs(Map<UUID, Integer> menteesByMentor, Set<UUID> engagedMentees) {

	public ActivePairs {
		menteesByMentor = Map.copyOf(menteesByMentor);
		engagedMentees = Set.copyOf(engagedMentees);
	}

	/** From the tenant's pairs in status active. */
	public static ActivePairs of(Collection<MentorshipPair> active) {
		var load = new HashMap<UUID, Integer>();
		var engaged = new HashSet<UUID>();
		for (MentorshipPair pair : active) {
			if (pair.status() != PairStatus.ACTIVE) {
				throw new IllegalArgumentException("not an active pair: " + pair.id());
			}
			load.merge(pair.mentorId(), pair.mentees().size(), Integer::sum);
			engaged.addAll(pair.menteeIds());
		}
		return new ActivePairs(load, engaged);
	}

	/** How many mentees the mentor has in active pairs. */
	public int load(UUID mentorId) {
		return menteesByMentor.getOrDefault(mentorId, 0);
	}

	public boolean engaged(UUID menteeId) {
		return engagedMentees.contains(menteeId);
	}
}
