package ru.nastavnik.monitoring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ru.nastavnik.platform.EvidenceEvent;
import ru.nastavnik.platform.TenantId;

/**
 * The coordinator approved an analytical report (аналитическая справка). Publication drafts a post from its
 * headlines; the roadmap completes items bound to it.
 */
public record ReportApproved(TenantId tenantId, UUID reportId, String title, LocalDate reportDate, LocalDate approvedOn,
		List<Headline> headlines, String conclusions) implements EvidenceEvent {

	public static final String KEY = "monitoring.report-approved";

	/** One indicator's value against its target, as the report states it. */
	public record Headline(String indicatorCode, String indicatorName, BigDecimal value, BigDecimal target, String unit) {
	}

	@Override
	public String evidenceKey() {
		return KEY;
	}

	@Override
	public UUID evidenceId() {
		return reportId;
	}

	@Override
	public String evidenceSummary() {
		return "Утверждена аналитическая справка «" + title + "» на "
				+ reportDate.format(java.time.format.DateTimeFormatter.ofPattern("dd.MM.yyyy"));
	}

	@Override
	public UUID organizationId() {
		return null;
	}

	@Override
	public LocalDate observedOn() {
		return approvedOn;
	}
}
