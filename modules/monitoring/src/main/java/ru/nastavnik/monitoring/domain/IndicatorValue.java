package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * An indicator's value at a date, with the target in force then.
 *
 * @param value    percent with one decimal; {@code null} when the denominator is zero or unknown
 * @param onTrack  value reaches the target; {@code null} without a target or a value
 */
public record IndicatorValue(String code, String name, int numerator, int denominator, BigDecimal value,
		BigDecimal target, LocalDate targetDate, Boolean onTrack) {
}
