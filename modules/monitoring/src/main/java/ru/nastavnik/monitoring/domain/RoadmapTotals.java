package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;

/** A roadmap's totals (from the roadmap's progress events). */
public record RoadmapTotals(int occurrences, int done, int inProgress, int overdue, int cancelled) {

	public static final RoadmapTotals NONE = new RoadmapTotals(0, 0, 0, 0, 0);

	public RoadmapTotals plus(RoadmapTotals o) {
		return new RoadmapTotals(occurrences + o.occurrences, done + o.done, inProgress + o.inProgress,
				overdue + o.overdue, cancelled + o.cancelled);
	}

	/** Done as a share of what is not cancelled. */
	public BigDecimal progress() {
		return Percent.of(done, occurrences - cancelled);
	}
}
