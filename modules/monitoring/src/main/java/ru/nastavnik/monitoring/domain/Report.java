package ru.nastavnik.monitoring.domain;

import java.time.LocalDate;
import java.util.UUID;

/** An analytical report: its content frozen when generated, conclusions edited by the coordinator, then approved. */
public record Report(UUID id, String title, LocalDate date, Status status, ReportContent content, String conclusions,
		LocalDate createdOn, LocalDate approvedOn) {

	public enum Status {
		DRAFT("черновик"), APPROVED("утверждена");

		private final String title;

		Status(String title) {
			this.title = title;
		}

		public String title() {
			return title;
		}
	}

	public boolean approved() {
		return status == Status.APPROVED;
	}

	public Report withConclusions(String text) {
		if (approved()) {
			throw new IllegalStateException("approved");
		}
		return new Report(id, title, date, status, content, text, createdOn, approvedOn);
	}

	public Report approve(LocalDate on) {
		if (approved()) {
			throw new IllegalStateException("approved");
		}
		return new Report(id, title, date, Status.APPROVED, content, conclusions, createdOn, on);
	}
}
