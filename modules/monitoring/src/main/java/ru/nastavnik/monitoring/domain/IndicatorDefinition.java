package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * A target indicator as data, not code: who counts (the numerator) as a share of which figure (the denominator),
 * with targets per date.
 *
 * @param source where the indicator and its targets come from (the tenant's order, the methodology)
 */
public record IndicatorDefinition(UUID id, String code, String name, String description, String source, int sortOrder,
		Numerator numerator, Denominator denominator, List<Target> targets) {

	public IndicatorDefinition {
		targets = targets.stream().sorted(Comparator.comparing(Target::date)).toList();
	}

	/**
	 * The target in force at a date: the last one whose date has come (what should already be reached), or, before
	 * the first, the first one (what is being worked towards).
	 */
	public Optional<Target> targetAt(LocalDate date) {
		Target inForce = null;
		for (Target target : targets) {
			if (!target.date().isAfter(date)) {
				inForce = target;
			}
		}
		return Optional.ofNullable(inForce).or(() -> targets.stream().findFirst());
	}

	public IndicatorValue evaluate(LocalDate date, InvolvementCounts counts, ContingentFigures contingent) {
		int part = counts.count(numerator);
		Integer whole = denominator.fromContingent() ? contingent.figure(denominator)
				: counts.count(new Numerator(null, PairRole.MENTOR, null, null, null, null));
		var value = whole == null ? null : Percent.of(part, whole);
		var target = targetAt(date);
		var targetValue = target.map(Target::value).orElse(null);
		Boolean onTrack = value == null || targetValue == null ? null : value.compareTo(targetValue) >= 0;
		return new IndicatorValue(code, name, part, whole == null ? 0 : whole, value, targetValue,
				target.map(Target::date).orElse(null), onTrack);
	}

	public IndicatorDefinition withTargets(List<Target> newTargets) {
		return new IndicatorDefinition(id, code, name, description, source, sortOrder, numerator, denominator, newTargets);
	}
}
