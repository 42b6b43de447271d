package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Every municipality of a region side by side, aggregates only: indicator values against targets, roadmap progress,
 * active pairs by form. Nothing here identifies a person.
 */
public record RegionalSummary(String regionCode, String regionName, LocalDate date, List<Municipality> municipalities) {

	public record Municipality(String slug, String name, List<IndicatorValue> indicators, RoadmapTotals roadmap,
			Map<String, Integer> pairsByForm) {
	}
}
