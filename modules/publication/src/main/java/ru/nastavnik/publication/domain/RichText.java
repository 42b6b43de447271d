package ru.nastavnik.publication.domain;

/** Port: makes author-supplied HTML safe to show (basic formatting, lists, links; no scripts, styles or frames). */
public interface RichText {

	String sanitize(String html);
}
