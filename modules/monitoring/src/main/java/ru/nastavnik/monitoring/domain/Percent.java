package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Shares as percentages with one decimal, as the reports state them (24 of 153 → 15.7). */
public final class Percent {

	private Percent() {
	}

	/** {@code null} when there is nothing to divide by. */
	public static BigDecimal of(long part, long whole) {
		if (whole <= 0) {
			return null;
		}
		return BigDecimal.valueOf(part).multiply(BigDecimal.valueOf(100)).divide(BigDecimal.valueOf(whole), 1,
				RoundingMode.HALF_UP);
	}
}
