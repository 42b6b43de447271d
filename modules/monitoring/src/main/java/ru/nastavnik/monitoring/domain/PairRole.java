package ru.nastavnik.monitoring.domain;

/** The role a participant has in a pair or group. */
public enum PairRole {

	MENTOR("наставник"), MENTEE("наставляемый");

	private final String title;

	PairRole(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
