package ru.nastavnik.monitoring.domain;

/**
 * What a school needs to run the target model. Derived items the system observes from events; the others a
 * coordinator confirms by hand (any item may be confirmed by hand when it happened outside the system).
 */
public enum ReadinessItem {

	CURATOR("Назначен куратор внедрения целевой модели (приказ ОО)", true, true),
	POLOZHENIE("Принято положение о наставничестве в ОО", false, true),
	ROADMAP("Принята дорожная карта внедрения целевой модели", true, false),
	PROGRAMME("Открыта программа наставничества", true, true),
	PAIRS_ORDER("Издан приказ о закреплении наставнических пар", true, true);

	private final String title;

	private final boolean derived;

	private final boolean document;

	ReadinessItem(String title, boolean derived, boolean document) {
		this.title = title;
		this.derived = derived;
		this.document = document;
	}

	public String title() {
		return title;
	}

	/** Observed from other modules' events. */
	public boolean derived() {
		return derived;
	}

	/** One of the school's documents regulating mentorship (what Sasovo's report found missing in 15 % of schools). */
	public boolean document() {
		return document;
	}
}
