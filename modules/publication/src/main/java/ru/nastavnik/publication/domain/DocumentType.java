package ru.nastavnik.publication.domain;

/** Kinds of documents in the public «Документы» section. */
public enum DocumentType {
	REGULATION("Положение"),
	ORDER("Приказ"),
	ROADMAP("Дорожная карта"),
	OTHER("Другой документ");

	private final String title;

	DocumentType(String title) {
		this.title = title;
	}

	public String title() {
		return title;
	}
}
