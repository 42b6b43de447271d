package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of import jobs (port). Progress is written in its own short transactions, so a poll sees it. */
public interface ImportJobStore {

    void create(UUID id, String fileName, Actor actor);

    void progress(UUID id, ImportStatus status, int rowsProcessed);

    void rejected(UUID id, ImportReport report, int rowsProcessed);

    /** The file was accepted: {@code rows} rows are being written. */
    void writing(UUID id, int rows);

    /** How many of the accepted rows are written (in the import's transaction, reported from outside it). */
    void written(UUID id, int rows);

    /** Written, in the import's transaction: the outcome and how many event publications its events were stored as. */
    void done(UUID id, int rows, UpsertOutcome outcome, int eventPublications);

    void failed(UUID id, String message);

    Optional<ImportJob> find(UUID id);

    List<ImportJob> recent(int limit);
}
