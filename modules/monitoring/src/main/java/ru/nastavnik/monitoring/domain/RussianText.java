package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.time.LocalDate;

import ru.nastavnik.platform.web.RussianFormats;

/**
 * Russian conventions in monitoring's generated texts ({@code 15,7 %}, {@code 31.12.2024}, {@code 1 494 человека}):
 * numbers and dates through the platform's one formatter ({@link RussianFormats}), so that a report, a snapshot and the
 * live page write a figure alike; the plurals of Russian nouns here.
 */
public final class RussianText {

	private static final RussianFormats FORMATS = new RussianFormats();

	private RussianText() {
	}

	/** {@code 15,7 %}; {@code —} for no value. */
	public static String percent(BigDecimal value) {
		return FORMATS.percent(value);
	}

	/** {@code 1 494}. */
	public static String number(long n) {
		return FORMATS.number(n);
	}

	public static String date(LocalDate date) {
		return FORMATS.date(date);
	}

	/** {@code 1 человек, 2 человека, 1 495 человек}. */
	public static String people(long n) {
		return number(n) + " " + plural(n, "человек", "человека", "человек");
	}

	public static String plural(long n, String one, String few, String many) {
		long mod100 = n % 100;
		long mod10 = n % 10;
		if (mod100 >= 11 && mod100 <= 14) {
			return many;
		}
		if (mod10 == 1) {
			return one;
		}
		return mod10 >= 2 && mod10 <= 4 ? few : many;
	}
}
