package ru.nastavnik.monitoring.domain;

/**
 * The contingent of one or more organisations for a school year: the denominators. {@code pupils15to19} may be
 * unknown ({@code null}) when an organisation did not report it.
 */
public record ContingentFigures(int pupilsTotal, int pupils10to19, Integer pupils15to19, int teachers, int youngTeachers) {

	public static final ContingentFigures NONE = new ContingentFigures(0, 0, 0, 0, 0);

	public ContingentFigures plus(ContingentFigures other) {
		Integer p15 = pupils15to19 == null || other.pupils15to19 == null ? null : pupils15to19 + other.pupils15to19;
		return new ContingentFigures(pupilsTotal + other.pupilsTotal, pupils10to19 + other.pupils10to19, p15,
				teachers + other.teachers, youngTeachers + other.youngTeachers);
	}

	/** The contingent figure for a denominator; {@code null} when not reported. */
	public Integer figure(Denominator denominator) {
		return switch (denominator) {
			case PUPILS_TOTAL -> pupilsTotal;
			case PUPILS_10_19 -> pupils10to19;
			case PUPILS_15_19 -> pupils15to19;
			case TEACHERS -> teachers;
			case YOUNG_TEACHERS -> youngTeachers;
			case ACTIVE_MENTORS -> throw new IllegalArgumentException("not a contingent figure");
		};
	}
}
