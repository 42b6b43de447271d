package ru.nastavnik.roadmap.domain.tracking;

import java.util.Optional;
import java.util.UUID;

/** Port: files of document evidence, stored in the tenant's data. */
public interface EvidenceFiles {

    void save(StoredFile file);

    Optional<StoredFile> byId(UUID id);
}
