package ru.nastavnik.roadmap.adapter.out.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.roadmap.domain.tracking.CalendarFeeds;

@Repository
class JdbcCalendarFeeds implements CalendarFeeds {

    private final JdbcClient jdbc;

    JdbcCalendarFeeds(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void save(String tokenHash, Instant createdAt, String createdBy) {
        jdbc.sql("insert into roadmap.calendar_feed (tenant_id, token_hash, created_at, created_by) values (?, ?, ?, ?) "
                + "on conflict (tenant_id) do update set token_hash = excluded.token_hash, "
                + "created_at = excluded.created_at, created_by = excluded.created_by")
                .params(TenantContext.require().value(), tokenHash, Timestamp.from(createdAt), createdBy)
                .update();
    }

    @Override
    public void revoke() {
        jdbc.sql("delete from roadmap.calendar_feed").update();
    }

    @Override
    public Optional<String> tokenHash() {
        return jdbc.sql("select token_hash from roadmap.calendar_feed").query(String.class).optional();
    }

    @Override
    public DataVersion dataVersion() {
        return jdbc.sql("""
                select (select count(*) from roadmap.roadmap) roadmaps,
                       (select count(*) from roadmap.occurrence) occurrences,
                       greatest((select max(adopted_at) from roadmap.roadmap),
                                (select max(updated_at) from roadmap.occurrence)) last_change""")
                .query((rs, i) -> {
                    Timestamp last = rs.getTimestamp("last_change");
                    return new DataVersion(rs.getLong("roadmaps"), rs.getLong("occurrences"),
                            last == null ? null : last.toInstant());
                })
                .single();
    }

    @Override
    public Optional<Instant> createdAt() {
        return jdbc.sql("select created_at from roadmap.calendar_feed").query(Timestamp.class).optional()
                .map(Timestamp::toInstant);
    }
}
