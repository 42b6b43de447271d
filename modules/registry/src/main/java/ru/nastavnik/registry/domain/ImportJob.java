package ru.nastavnik.registry.domain;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The state of one bulk import (one uploaded file), as the import page shows it. */
public record ImportJob(UUID id, String fileName, String username, Instant startedAt, Instant finishedAt,
                        ImportStatus status, int rowsProcessed, int created, int updated, int unchanged,
                        int totalErrors, List<RowError> errors, String message) {

    public ImportJob {
        errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public boolean finished() {
        return status.finished();
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
