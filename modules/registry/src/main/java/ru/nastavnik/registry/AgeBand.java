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

	/** Pupils aged 10–19: the denominator of the methodology's main indicator. */
	public boolean isFrom10To19() {
		return this == FROM_10_TO_14 || this == FROM_15_TO_19;
	}
}
