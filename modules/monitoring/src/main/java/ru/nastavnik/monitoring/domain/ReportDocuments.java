package ru.nastavnik.monitoring.domain;

/** Writes an analytical report as an office document. */
public interface ReportDocuments {

	byte[] docx(Report report);

	byte[] pdf(Report report);
}
