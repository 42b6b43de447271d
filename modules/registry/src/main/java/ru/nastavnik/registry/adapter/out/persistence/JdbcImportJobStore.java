package ru.nastavnik.registry.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.registry.domain.Actor;
import ru.nastavnik.registry.domain.ImportJob;
import ru.nastavnik.registry.domain.ImportJobStore;
import ru.nastavnik.registry.domain.ImportReport;
import ru.nastavnik.registry.domain.ImportStatus;
import ru.nastavnik.registry.domain.RowError;
import ru.nastavnik.registry.domain.UpsertOutcome;

/**
 * Import jobs in {@code registry.import_job}. The reported errors are kept as text, one per line, fields separated by
 * tabs (tabs and line breaks inside values become spaces).
 */
@Repository
class JdbcImportJobStore implements ImportJobStore {

    private final JdbcTemplate jdbc;

    JdbcImportJobStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void create(UUID id, String fileName, Actor actor) {
        jdbc.update("insert into registry.import_job (id, tenant_id, file_name, account_id, username, status) "
                + "values (?, ?, ?, ?, ?, ?)", id, TenantContext.require().value(), fileName, actor.accountId(),
                actor.username(), ImportStatus.QUEUED.name());
    }

    @Override
    public void progress(UUID id, ImportStatus status, int rowsProcessed) {
        jdbc.update("update registry.import_job set status = ?, rows_processed = ? where id = ?", status.name(),
                rowsProcessed, id);
    }

    @Override
    public void rejected(UUID id, ImportReport report, int rowsProcessed) {
        StringBuilder sb = new StringBuilder();
        for (RowError e : report.errors()) {
            sb.append(e.row()).append('\t').append(clean(e.column())).append('\t').append(clean(e.value())).append('\t')
                    .append(clean(e.message())).append('\n');
        }
        jdbc.update("update registry.import_job set status = ?, rows_processed = ?, total_errors = ?, errors = ?, "
                + "message = ?, finished_at = now() where id = ?", ImportStatus.REJECTED.name(), rowsProcessed,
                report.totalErrors(), sb.toString(), report.summary(), id);
    }

    @Override
    public void writing(UUID id, int rows) {
        jdbc.update("update registry.import_job set status = ?, rows_processed = ?, rows_total = ?, rows_written = 0 "
                + "where id = ?", ImportStatus.WRITING.name(), rows, rows, id);
    }

    @Override
    public void written(UUID id, int rows) {
        jdbc.update("update registry.import_job set rows_written = ? where id = ?", rows, id);
    }

    @Override
    public void done(UUID id, int rows, UpsertOutcome outcome, int eventPublications) {
        jdbc.update("update registry.import_job set status = ?, rows_processed = ?, rows_total = ?, rows_written = ?, "
                + "created = ?, updated = ?, unchanged = ?, event_publications = ?, finished_at = now() where id = ?",
                ImportStatus.DONE.name(), rows, rows, rows, outcome.created().size(), outcome.updated().size(),
                outcome.unchanged(), eventPublications, id);
    }

    @Override
    public void failed(UUID id, String message) {
        jdbc.update("update registry.import_job set status = ?, message = ?, finished_at = now() where id = ?",
                ImportStatus.FAILED.name(), message, id);
    }

    @Override
    public Optional<ImportJob> find(UUID id) {
        return jdbc.query("select * from registry.import_job where id = ?", JdbcImportJobStore::job, id).stream()
                .findFirst();
    }

    @Override
    public List<ImportJob> recent(int limit) {
        return jdbc.query("select id, file_name, username, started_at, finished_at, status, rows_processed, created, "
                + "updated, unchanged, total_errors, null as errors, message, rows_total, rows_written, "
                + "event_publications from registry.import_job where tenant_id = ? order by started_at desc limit ?",
                JdbcImportJobStore::job,
                TenantContext.require().value(), limit);
    }

    private static ImportJob job(ResultSet rs, int i) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ImportJob(rs.getObject("id", UUID.class), rs.getString("file_name"), rs.getString("username"),
                rs.getTimestamp("started_at").toInstant(), finished == null ? null : finished.toInstant(),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("rows_processed"), rs.getInt("created"),
                rs.getInt("updated"), rs.getInt("unchanged"), rs.getInt("total_errors"), errors(rs.getString("errors")),
                rs.getString("message"), (Integer) rs.getObject("rows_total"), rs.getInt("rows_written"),
                (Integer) rs.getObject("event_publications"), null);
    }

    static List<RowError> errors(String text) {
        List<RowError> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String[] f = line.split("\t", -1);
            out.add(new RowError(Integer.parseInt(f[0]), f[1].isEmpty() ? null : f[1], f[2].isEmpty() ? null : f[2],
                    f[3]));
        }
        return out;
    }

    private static String clean(String s) {
        return s == null ? "" : s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
