package ru.nastavnik.publication.domain;

import java.time.Instant;
import java.util.UUID;

/** A file of a publication (without its content), of a type recognised from the content. */
public record Attachment(UUID id, UUID publicationId, String fileName, FileType type, long size, Instant createdAt) {
}
