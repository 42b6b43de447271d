package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Turns one participant's facts and pair memberships into their contribution to the involvement counters: for each
 * bucket (form × role, with '*' for any form or role) the merged intervals in which they count. Merging first is what
 * makes a participant count once however many pairs they are in. The counters hold +1 at an interval's start and -1
 * at its end; a change to a participant is applied as the difference between their old and new contribution, so
 * applying the same event twice changes nothing.
 */
public final class Involvement {

	private Involvement() {
	}

	/** One interval in which a participant counts in a bucket, for their organisation. */
	public record Contribution(UUID organizationId, InvolvementBucket bucket, LocalDate from, LocalDate to) {
	}

	/** A counter cell: a bucket of an organisation on a day. */
	public record DeltaKey(UUID organizationId, InvolvementBucket bucket, LocalDate day) {
	}

	public static List<Contribution> of(ParticipantFacts facts, List<Membership> memberships) {
		if (facts == null || memberships.isEmpty()) {
			return List.of();
		}
		Map<List<String>, List<LocalDate[]>> byKey = new LinkedHashMap<>();
		for (Membership m : memberships) {
			LocalDate to = m.to();
			if (facts.leftOn() != null && (to == null || facts.leftOn().isBefore(to))) {
				to = facts.leftOn();
			}
			if (to != null && !to.isAfter(m.from())) {
				continue;
			}
			var interval = new LocalDate[] { m.from(), to };
			for (String form : List.of(m.formCode(), InvolvementBucket.ANY)) {
				for (String role : List.of(m.role().name(), InvolvementBucket.ANY)) {
					byKey.computeIfAbsent(List.of(form, role), k -> new ArrayList<>()).add(interval);
				}
			}
		}
		var out = new ArrayList<Contribution>();
		String band = facts.ageBand() == null ? InvolvementBucket.UNKNOWN_BAND : facts.ageBand();
		byKey.forEach((key, intervals) -> {
			var bucket = new InvolvementBucket(key.get(0), key.get(1), facts.category(), band, facts.youngTeacher(),
					facts.trained());
			for (LocalDate[] merged : merge(intervals)) {
				out.add(new Contribution(facts.organizationId(), bucket, merged[0], merged[1]));
			}
		});
		return out;
	}

	/** Overlapping or touching intervals become one; {@code null} as the end means still active. */
	static List<LocalDate[]> merge(List<LocalDate[]> intervals) {
		var sorted = new ArrayList<>(intervals);
		sorted.sort(Comparator.comparing(i -> i[0]));
		var out = new ArrayList<LocalDate[]>();
		LocalDate[] current = null;
		for (LocalDate[] next : sorted) {
			if (current != null && (current[1] == null || !next[0].isAfter(current[1]))) {
				if (current[1] != null && (next[1] == null || next[1].isAfter(current[1]))) {
					current[1] = next[1];
				}
			}
			else {
				current = new LocalDate[] { next[0], next[1] };
				out.add(current);
			}
		}
		return out;
	}

	/** The counter cells of a contribution: +1 on the first day, -1 on the day it ends. */
	public static Map<DeltaKey, Integer> deltas(List<Contribution> contributions) {
		var out = new HashMap<DeltaKey, Integer>();
		for (Contribution c : contributions) {
			out.merge(new DeltaKey(c.organizationId(), c.bucket(), c.from()), 1, Integer::sum);
			if (c.to() != null) {
				out.merge(new DeltaKey(c.organizationId(), c.bucket(), c.to()), -1, Integer::sum);
			}
		}
		return out;
	}

	/** What to add to the counters when a participant's contribution goes from {@code before} to {@code after}. */
	public static Map<DeltaKey, Integer> difference(List<Contribution> before, List<Contribution> after) {
		var out = new HashMap<>(deltas(after));
		deltas(before).forEach((key, delta) -> out.merge(key, -delta, Integer::sum));
		out.values().removeIf(Objects::isNull);
		out.entrySet().removeIf(e -> e.getValue() == 0);
		return out;
	}

	/** The counters at a date from counter cells: the sum of every delta up to and including it. */
	public static InvolvementCounts at(LocalDate date, Map<DeltaKey, Integer> cells) {
		var sums = new HashMap<InvolvementBucket, Integer>();
		cells.forEach((key, delta) -> {
			if (!key.day().isAfter(date)) {
				sums.merge(key.bucket(), delta, Integer::sum);
			}
		});
		sums.values().removeIf(v -> v == 0);
		return new InvolvementCounts(sums);
	}
}
