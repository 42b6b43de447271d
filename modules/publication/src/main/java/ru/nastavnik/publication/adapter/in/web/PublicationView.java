package ru.nastavnik.publication.adapter.in.web;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import ru.nastavnik.publication.domain.Attachment;
import ru.nastavnik.publication.domain.Publication;

/** A publication as the API shows it. Rich-text fields are sanitised HTML. */
@Schema(description = "Материал раздела «Целевая модель наставничества»")
public record PublicationView(UUID id, String kind, String kindTitle, String status, String statusTitle, String title,
		String summary, String body, String formCode, String formName, UUID organizationId, String organizationName,
		String problem, String actions, String results, List<String> tags, boolean recommendedForRegion,
		String reviewComment, UUID mentorId, String documentType, String authorName, Instant createdAt,
		Instant updatedAt, Instant publishedAt, Instant withdrawnAt, String withdrawalReason) {

	static PublicationView of(Publication p) {
		return new PublicationView(p.id(), p.kind().name(), p.kind().title(), p.status().name(), p.status().title(),
				p.title(), p.summary(), p.body(), p.formCode(), p.formLabel(), p.organizationId(), p.organizationName(),
				p.problem(), p.actions(), p.results(), p.tagList(), p.recommended(), p.reviewComment(), p.mentorId(),
				p.documentType() == null ? null : p.documentType().name(), p.authorName(), p.createdAt(), p.updatedAt(),
				p.publishedAt(), p.withdrawnAt(), p.withdrawalReason());
	}

	/** As it may leave the tenant (published content only): without the author, review comments or registry ids. */
	static PublicationView ofPublished(Publication p) {
		var v = of(p);
		return new PublicationView(v.id(), v.kind(), v.kindTitle(), v.status(), v.statusTitle(), v.title(), v.summary(),
				v.body(), v.formCode(), v.formName(), v.organizationId(), v.organizationName(), v.problem(), v.actions(),
				v.results(), v.tags(), v.recommendedForRegion(), null, null, v.documentType(), null, null, null,
				v.publishedAt(), null, null);
	}

	/** A file of a publication. */
	@Schema(description = "Файл материала")
	public record AttachmentView(UUID id, UUID publicationId, String fileName, String type, long sizeBytes,
			Instant createdAt) {

		static AttachmentView of(Attachment a) {
			return new AttachmentView(a.id(), a.publicationId(), a.fileName(), a.type().label(), a.size(), a.createdAt());
		}
	}

	/** A published case recommended for the region, with its municipality. */
	@Schema(description = "Лучшая практика, рекомендованная для региона")
	public record RegionalCaseView(String municipality, String municipalityName, PublicationView item) {
	}
}
