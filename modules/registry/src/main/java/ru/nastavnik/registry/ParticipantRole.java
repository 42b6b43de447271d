package ru.nastavnik.registry;

/** The roles a participant takes in mentorship. */
public enum ParticipantRole {
	MENTOR("наставник"), MENTEE("наставляемый");

	private final String title;

	ParticipantRole(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
