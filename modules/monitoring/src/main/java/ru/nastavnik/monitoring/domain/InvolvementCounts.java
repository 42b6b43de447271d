package ru.nastavnik.monitoring.domain;

import java.util.Map;

/** The involvement counters at one date (for a tenant or a school): how many participants each bucket holds. */
public record InvolvementCounts(Map<InvolvementBucket, Integer> buckets) {

	public static final InvolvementCounts EMPTY = new InvolvementCounts(Map.of());

	public InvolvementCounts {
		buckets = Map.copyOf(buckets);
	}

	/** Participants counted by the numerator, each once. */
	public int count(Numerator numerator) {
		return buckets.entrySet().stream().filter(e -> numerator.counts(e.getKey())).mapToInt(Map.Entry::getValue).sum();
	}
}
