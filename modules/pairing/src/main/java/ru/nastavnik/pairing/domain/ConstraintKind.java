package ru.nastavnik.pairing.domain;

/** A curator's constraint on a pair for the next matching runs. */
public enum ConstraintKind {
	/** The pair is kept in every run (закреплена куратором). */
	LOCKED("закреплена"),
	/** The pair is never proposed (запрещена куратором). */
	FORBIDDEN("запрещена");

	private final String title;

	ConstraintKind(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
