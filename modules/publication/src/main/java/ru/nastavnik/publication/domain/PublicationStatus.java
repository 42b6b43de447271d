package ru.nastavnik.publication.domain;

/** Where a publication is in its workflow. Only {@link #PUBLISHED} is ever shown publicly or crosses a tenant. */
public enum PublicationStatus {
	DRAFT("Черновик", "progress"),
	SUBMITTED("На рассмотрении", "warn"),
	RETURNED("Возвращено на доработку", "danger"),
	APPROVED("Одобрено", "progress"),
	PUBLISHED("Опубликовано", "ok"),
	WITHDRAWN("Снято с публикации", "cancelled");

	private final String title;

	private final String badge;

	PublicationStatus(String title, String badge) {
		this.title = title;
		this.badge = badge;
	}

	public String title() {
		return title;
	}

	/** The CSS badge class of the status. */
	public String badge() {
		return badge;
	}
}
