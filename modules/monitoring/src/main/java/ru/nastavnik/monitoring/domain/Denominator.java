package ru.nastavnik.monitoring.domain;

/** Which figure an indicator is a share of: one of the registry's contingent figures, or the active mentors. */
public enum Denominator {

	PUPILS_TOTAL("обучающихся (всего)"),
	PUPILS_10_19("обучающихся в возрасте 10–19 лет"),
	PUPILS_15_19("обучающихся в возрасте 15–19 лет"),
	TEACHERS("педагогических работников"),
	YOUNG_TEACHERS("молодых педагогов"),
	ACTIVE_MENTORS("наставников в действующих парах");

	private final String title;

	Denominator(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}

	/** Whether the figure comes from the contingent (else from the involvement counters). */
	public boolean fromContingent() {
		return this != ACTIVE_MENTORS;
	}
}
