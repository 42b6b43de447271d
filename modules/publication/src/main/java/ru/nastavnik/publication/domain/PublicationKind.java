package ru.nastavnik.publication.domain;

/** What is published; each kind has its section on the public page and its segment in item URLs. */
public enum PublicationKind {
	CASE("Лучшая практика", "cases"),
	NEWS("Новость", "news"),
	INFO("Информационное сопровождение", "news"),
	BEST_MENTOR("Лучший наставник", "mentors"),
	MONITORING_RESULT("Результаты мониторинга", "monitoring"),
	DOCUMENT("Документ", "documents");

	private final String title;

	private final String segment;

	PublicationKind(String title, String segment) {
		this.title = title;
		this.segment = segment;
	}

	public String title() {
		return title;
	}

	/** The path segment of the public item page: {@code /public/{tenant}/<segment>/{id}}. */
	public String segment() {
		return segment;
	}

	/** Kinds a coordinator writes as posts (no review). */
	public boolean isPost() {
		return this == NEWS || this == INFO || this == MONITORING_RESULT;
	}
}
