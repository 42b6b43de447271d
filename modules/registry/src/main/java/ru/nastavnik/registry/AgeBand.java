package ru.nastavnik.registry;

/**
 * Age bands the indicators of the methodology count by; events carry the band, never the date of birth.
 */
public enum AgeBand {
	UNDER_10, FROM_10_TO_14, FROM_15_TO_19, FROM_20_TO_34, FROM_35;

	public static AgeBand ofAge(int years) {
		if (years < 10) {
			return UNDER_10;
		}
		if (years < 15) {
			return FROM_10_TO_14;
		}
		if (years < 20) {
			return FROM_15_TO_19;
		}
		return years < 35 ? FROM_20_TO_34 : FROM_35;
	}

	/** In Russian, for pages: «10–14 лет». */
	public String label() {
		return switch (this) {
			case UNDER_10 -> "до 10 лет";
			case FROM_10_TO_14 -> "10–14 лет";
			case FROM_15_TO_19 -> "15–19 лет";
			case FROM_20_TO_34 -> "20–34 года";
			case FROM_35 -> "35 лет и старше";
		};
	}

	/** Pupils aged 10–19: the denominator of the methodology's main indicator. */
	public boolean isFrom10To19() {
		return this == FROM_10_TO_14 || this == FROM_15_TO_19;
	}
}
