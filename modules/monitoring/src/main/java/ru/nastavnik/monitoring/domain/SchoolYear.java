package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;

/** The Russian school year, 1 September to 31 August, named by the year it starts in (2020 = 2020/21). */
public final class SchoolYear {

	private SchoolYear() {
	}

	public static int startOf(LocalDate date) {
		return date.getMonthValue() >= 9 ? date.getYear() : date.getYear() - 1;
	}

	/** {@code 2019-2020} */
	public static String label(int start) {
		return start + "-" + (start + 1);
	}
}
