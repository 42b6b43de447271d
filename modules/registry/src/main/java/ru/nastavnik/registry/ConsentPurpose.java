package ru.nastavnik.registry;

/** What a consent covers; publication is a purpose of its own. */
public enum ConsentPurpose {
	PROCESSING("обработка персональных данных для программы наставничества"),
	PUBLICATION("публикация сведений (лучшие наставники, кейсы)");

	private final String title;

	ConsentPurpose(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
