package ru.nastavnik.pairing.domain;

public enum MilestoneStatus {
	PLANNED("запланирован"), IN_PROGRESS("выполняется"), DONE("выполнен"), CANCELLED("отменён");

	private final String title;

	MilestoneStatus(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
