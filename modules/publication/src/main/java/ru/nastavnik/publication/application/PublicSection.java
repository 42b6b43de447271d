package ru.nastavnik.publication.application;

import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import ru.nastavnik.platform.NotFoundProblem;
import ru.nastavnik.publication.domain.Attachment;
import ru.nastavnik.publication.domain.Attachments;
import ru.nastavnik.publication.domain.Publication;
import ru.nastavnik.publication.domain.Publications;

/**
 * What the public may read, in the read-only scope of one municipality: published items only. An unpublished item,
 * or a file of one, is "not found" — exactly as if it did not exist.
 */
@Service
@Transactional(readOnly = true)
public class PublicSection {

	private final Publications publications;

	private final Attachments attachments;

	PublicSection(Publications publications, Attachments attachments) {
		this.publications = publications;
		this.attachments = attachments;
	}

	public List<Publication> published() {
		return publications.published();
	}

	/** What the feed depends on, cheaply: for its {@code ETag} and {@code Last-Modified} (conditional GET). */
	public Publications.FeedVersion feedVersion() {
		return publications.feedVersion();
	}

	/** A published item whose public URL segment is {@code segment} (e.g. {@code cases}). */
	public Publication item(String segment, UUID id) {
		return publications.publishedById(id).filter(p -> p.kind().segment().equals(segment))
			.orElseThrow(() -> new NotFoundProblem("Материал не найден или не опубликован"));
	}

	public List<Attachment> attachmentsOf(Publication published) {
		return attachments.of(published.id());
	}

	/** A file of a published item. */
	public PublicationService.FileDownload file(UUID attachmentId) {
		Attachment a = attachments.byId(attachmentId)
			.filter(x -> publications.publishedById(x.publicationId()).isPresent())
			.orElseThrow(() -> new NotFoundProblem("Файл не найден"));
		return new PublicationService.FileDownload(a, attachments.content(a.id()));
	}
}
