package ru.nastavnik.registry.adapter.out.persistence;

import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.registry.domain.AuditAction;
import ru.nastavnik.registry.domain.AuditEntry;
import ru.nastavnik.registry.domain.AuditLog;
import ru.nastavnik.registry.domain.ResultPage;

/** The audit log in {@code registry.audit_entry}. */
@Repository
class JdbcAuditLog implements AuditLog {

    private final JdbcTemplate jdbc;

    JdbcAuditLog(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(AuditEntry e) {
        jdbc.update("insert into registry.audit_entry (id, tenant_id, at, account_id, username, action, participant_id, "
                + "details) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (id) do nothing", e.id(), TenantContext.require().value(),
                Timestamp.from(e.at()), e.accountId(), e.username(), e.action().name(), e.participantId(), e.details());
    }

    @Override
    public ResultPage<AuditEntry> page(UUID participantId, int page, int size) {
        UUID tenant = TenantContext.require().value();
        String where = " where tenant_id = ? and (cast(? as uuid) is null or participant_id = ?)";
        Long total = jdbc.queryForObject("select count(*) from registry.audit_entry" + where, Long.class, tenant,
                participantId, participantId);
        List<AuditEntry> items = jdbc.query("select * from registry.audit_entry" + where
                + " order by at desc, id limit ? offset ?", (rs, i) -> new AuditEntry(rs.getObject("id", UUID.class),
                        rs.getTimestamp("at").toInstant(), rs.getObject("account_id", UUID.class),
                        rs.getString("username"), AuditAction.valueOf(rs.getString("action")),
                        rs.getObject("participant_id", UUID.class), rs.getString("details")),
                tenant, participantId, participantId, size, (long) page * size);
        return new ResultPage<>(items, total == null ? 0 : total, page, size);
    }
}
