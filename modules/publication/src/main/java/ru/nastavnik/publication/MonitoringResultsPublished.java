package ru.nastavnik.publication;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.EvidenceEvent;
import ru.nastavnik.platform.TenantId;

/**
 * The monitoring results («Результаты мониторинга») were published in the tenant's public section — the post drafted
 * from an approved analytical report ({@code reportId}), or one written by hand ({@code reportId} null). A roadmap item
 * about publishing the monitoring results (Sasovo's item 8) completes itself from it.
 */
public record MonitoringResultsPublished(TenantId tenantId, UUID publicationId, String title, UUID reportId,
		LocalDate publishedOn) implements EvidenceEvent {

	public static final String KEY = "publication.monitoring-results-published";

	@Override
	public String evidenceKey() {
		return KEY;
	}

	@Override
	public UUID evidenceId() {
		return publicationId;
	}

	@Override
	public String evidenceSummary() {
		return "Опубликованы результаты мониторинга «" + title + "»";
	}

	/** The whole municipality's results: no organisation. */
	@Override
	public UUID organizationId() {
		return null;
	}

	@Override
	public LocalDate observedOn() {
		return publishedOn;
	}
}
