package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** All indicator values frozen at a reporting date; never changes afterwards. */
public record Snapshot(UUID id, LocalDate date, String title, Instant takenAt, List<Value> values) {

	/** One indicator's frozen value for the municipality ({@code organizationId} null) or one school. */
	public record Value(String code, String name, UUID organizationId, int numerator, int denominator,
			BigDecimal value, BigDecimal target, Boolean onTrack) {
	}
}
