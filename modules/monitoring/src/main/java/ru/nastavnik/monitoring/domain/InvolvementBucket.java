package ru.nastavnik.monitoring.domain;

/**
 * One counter of the involvement projection: participants with these facts who are in an active pair of this form in
 * this role. {@link #ANY} as form or role merges all forms or roles (a participant counts once there).
 */
public record InvolvementBucket(String formCode, String pairRole, String category, String ageBand, boolean youngTeacher,
		boolean trained) {

	public static final String ANY = "*";

	/** An age band that is not known (the pair's order arrived before the registration). */
	public static final String UNKNOWN_BAND = "-";
}
