package ru.nastavnik.roadmap.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.roadmap.domain.tracking.School;
import ru.nastavnik.roadmap.domain.tracking.Schools;

@Repository
class JdbcSchools implements Schools {

    private final JdbcClient jdbc;

    JdbcSchools(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public boolean upsert(School school) {
        boolean existed = byId(school.id()).isPresent();
        jdbc.sql("insert into roadmap.school (id, tenant_id, name, short_name, kind, updated_at) values (?, ?, ?, ?, ?, ?) "
                + "on conflict (id) do update set name = excluded.name, short_name = excluded.short_name, "
                + "kind = excluded.kind, updated_at = excluded.updated_at")
                .params(school.id(), TenantContext.require().value(), school.name(), school.shortName(), school.kind(),
                        Timestamp.from(Instant.now()))
                .update();
        return !existed;
    }

    @Override
    public List<School> all() {
        return jdbc.sql("select id, name, short_name, kind from roadmap.school order by coalesce(short_name, name)")
                .query(JdbcSchools::map).list();
    }

    @Override
    public Optional<School> byId(UUID id) {
        return jdbc.sql("select id, name, short_name, kind from roadmap.school where id = ?").param(id)
                .query(JdbcSchools::map).optional();
    }

    private static School map(ResultSet rs, int n) throws SQLException {
        return new School(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("short_name"), rs.getString("kind"));
    }
}
