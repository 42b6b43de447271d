package ru.nastavnik.registry.domain;

import java.util.List;

/** Outcome of validating an uploaded file: every row valid, or nothing at all. */
public sealed interface ImportResult permits ImportResult.Accepted, ImportResult.Rejected {

    /**
     * Every data row is valid; the caller writes {@code rows} in one transaction.
     *
     * @param rows           the participants in file order
     * @param ignoredColumns headers of the file that are not template columns (their contents were not read)
     */
    record Accepted(List<ParticipantRow> rows, List<String> ignoredColumns) implements ImportResult {
        public Accepted {
            rows = List.copyOf(rows);
            ignoredColumns = List.copyOf(ignoredColumns);
        }
    }

    /** At least one problem; nothing may be written. */
    record Rejected(ImportReport report) implements ImportResult {
    }
}
