package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of import jobs (port). Progress is written in its own short transactions, so a poll sees it. */
public interface ImportJobStore {

    void create(UUID id, String fileName, Actor actor);

    void progress(UUID id, ImportStatus status, int rowsProcessed);

    void rejected(UUID id, ImportReport report, int rowsProcessed);

    void done(UUID id, int rows, UpsertOutcome outcome);

    void failed(UUID id, String message);

    Optional<ImportJob> find(UUID id);

    List<ImportJob> recent(int limit);
}
