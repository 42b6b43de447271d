package ru.nastavnik.pairing.domain;

public enum OrderStatus {
	DRAFT("проект"), ISSUED("издан");

	private final String title;

	OrderStatus(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
