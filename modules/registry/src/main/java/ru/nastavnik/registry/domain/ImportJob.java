package ru.nastavnik.registry.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The state of one bulk import (one uploaded file), as the import page shows it.
 *
 * @param rowsTotal         the rows to write, once the file is accepted ({@code null} before)
 * @param rowsWritten       the rows written so far (the import commits them all at once)
 * @param eventPublications how many event publications the import's events were stored as ({@code null}: not written)
 * @param followUp          whether the other sections have handled the import's events yet ({@code null}: not asked)
 */
public record ImportJob(UUID id, String fileName, String username, Instant startedAt, Instant finishedAt,
                        ImportStatus status, int rowsProcessed, int created, int updated, int unchanged,
                        int totalErrors, List<RowError> errors, String message, Integer rowsTotal, int rowsWritten,
                        Integer eventPublications, ImportFollowUp followUp) {

    public ImportJob {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean finished() {
        return status.finished();
    }

    /** Written, and the other sections have not yet handled all of its events. */
    public boolean catchingUp() {
        return status == ImportStatus.DONE && followUp != null && followUp.catchingUp();
    }

    public ImportJob withFollowUp(ImportFollowUp followUp) {
        return new ImportJob(id, fileName, username, startedAt, finishedAt, status, rowsProcessed, created, updated,
                unchanged, totalErrors, errors, message, rowsTotal, rowsWritten, eventPublications, followUp);
    }

    /**
     * «добавлено 1 100, обновлено 2, без изменений 5» or, for a file that changed nothing, «без изменений (5)»; the
     * numbers as the platform's formatter writes them.
     */
    public String outcome() {
        if (created == 0 && updated == 0) {
            return "без изменений (" + FORMATS.number(unchanged) + ")";
        }
        return "добавлено " + FORMATS.number(created) + ", обновлено " + FORMATS.number(updated) + ", без изменений "
                + FORMATS.number(unchanged);
    }

    private static final ru.nastavnik.platform.web.RussianFormats FORMATS = new ru.nastavnik.platform.web.RussianFormats();
}
