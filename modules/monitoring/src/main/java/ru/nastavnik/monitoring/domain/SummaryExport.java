package ru.nastavnik.monitoring.domain;

/** Writes the regional summary as a spreadsheet. */
public interface SummaryExport {

	byte[] xlsx(RegionalSummary summary);
}
