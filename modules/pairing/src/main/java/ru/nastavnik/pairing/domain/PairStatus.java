package ru.nastavnik.pairing.domain;

/** Lifecycle of a pair or group: proposed → active (fixed by an order) → completed | dissolved. */
public enum PairStatus {
	PROPOSED("предложена"), ACTIVE("действует"), COMPLETED("завершена"), DISSOLVED("расформирована");

	private final String title;

	PairStatus(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
