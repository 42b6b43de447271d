package ru.nastavnik.pairing.domain;

public enum ProgrammeStatus {
	OPEN("реализуется"), CLOSED("завершена");

	private final String title;

	ProgrammeStatus(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
