package ru.nastavnik.publication.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Port of the files of publications (current tenant). */
public interface Attachments {

	void save(Attachment attachment, byte[] content);

	Optional<Attachment> byId(UUID id);

	List<Attachment> of(UUID publicationId);

	byte[] content(UUID id);

	void delete(UUID id);
}
