package ru.nastavnik.publication;

import java.time.LocalDate;
import java.util.UUID;

import ru.nastavnik.platform.EvidenceEvent;
import ru.nastavnik.platform.TenantId;

/** A best-practice case was published in the tenant's public section. */
public record CasePublished(TenantId tenantId, UUID caseId, String title, String formCode, UUID organizationId,
		LocalDate publishedOn, boolean recommendedForRegion) implements EvidenceEvent {

	public static final String KEY = "publication.case-published";

	@Override
	public String evidenceKey() {
		return KEY;
	}

	@Override
	public UUID evidenceId() {
		return caseId;
	}

	@Override
	public String evidenceSummary() {
		return "Опубликована лучшая практика «" + title + "»";
	}

	@Override
	public LocalDate observedOn() {
		return publishedOn;
	}
}
