package ru.nastavnik.monitoring.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Russian conventions in generated texts: {@code 15,7 %}, {@code 31.12.2024}, {@code 24 человека}. */
public final class RussianText {

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

	private RussianText() {
	}

	public static String percent(BigDecimal value) {
		if (value == null) {
			return "—";
		}
		return value.setScale(1, RoundingMode.HALF_UP).toPlainString().replace('.', ',') + "\u00a0%";
	}

	public static String date(LocalDate date) {
		return date == null ? "" : DATE.format(date);
	}

	/** {@code 1 человек, 2 человека, 5 человек}. */
	public static String people(long n) {
		return n + " " + plural(n, "человек", "человека", "человек");
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
