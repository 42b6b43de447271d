package ru.nastavnik.roadmap.domain.tracking;

import java.time.Instant;
import java.util.UUID;

/** A file attached to document evidence. */
public record StoredFile(UUID id, String fileName, String contentType, byte[] content, Instant createdAt) {

    public int size() {
        return content.length;
    }
}
