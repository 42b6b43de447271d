package ru.nastavnik.roadmap.adapter.out.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.roadmap.domain.template.TemplateSource;
import ru.nastavnik.roadmap.domain.template.TemplateVersion;
import ru.nastavnik.roadmap.domain.template.TemplateVersions;

@Repository
class JdbcTemplateVersions implements TemplateVersions {

    private static final String SELECT = "select id, number, content, source, comment, created_at, created_by "
            + "from roadmap.template_version ";

    private final JdbcClient jdbc;

    JdbcTemplateVersions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<TemplateVersion> latest() {
        return jdbc.sql(SELECT + "order by number desc limit 1").query(JdbcTemplateVersions::map).optional();
    }

    @Override
    public Optional<TemplateVersion> byNumber(int number) {
        return jdbc.sql(SELECT + "where number = ?").param(number).query(JdbcTemplateVersions::map).optional();
    }

    @Override
    public Optional<TemplateVersion> byId(UUID id) {
        return jdbc.sql(SELECT + "where id = ?").param(id).query(JdbcTemplateVersions::map).optional();
    }

    @Override
    public List<TemplateVersion> all() {
        return jdbc.sql(SELECT + "order by number desc").query(JdbcTemplateVersions::map).list();
    }

    @Override
    public boolean insertFirst(TemplateVersion first) {
        lock();
        return jdbc.sql("insert into roadmap.template_version (id, tenant_id, number, content, source, comment, created_at, created_by) "
                + "select ?, ?, 1, ?, ?, ?, ?, ? where not exists (select 1 from roadmap.template_version) "
                + "on conflict (tenant_id, number) do nothing")
                .params(first.id(), TenantContext.require().value(), first.content(), first.source().name(), first.comment(),
                        Timestamp.from(first.createdAt()), first.createdBy())
                .update() == 1;
    }

    @Override
    public TemplateVersion append(TemplateVersion draft) {
        lock();
        int next = jdbc.sql("select coalesce(max(number), 0) + 1 from roadmap.template_version").query(Integer.class).single();
        TemplateVersion version = new TemplateVersion(draft.id(), next, draft.content(), draft.source(), draft.comment(),
                draft.createdAt(), draft.createdBy());
        jdbc.sql("insert into roadmap.template_version (id, tenant_id, number, content, source, comment, created_at, created_by) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(version.id(), TenantContext.require().value(), version.number(), version.content(),
                        version.source().name(), version.comment(), Timestamp.from(version.createdAt()), version.createdBy())
                .update();
        return version;
    }

    /** Serialises saves of one tenant's template within the transaction. */
    private void lock() {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended('roadmap.template_version:' || ?, 0))")
                .param(TenantContext.require().toString()).query().singleRow();
    }

    private static TemplateVersion map(ResultSet rs, int row) throws SQLException {
        return new TemplateVersion(rs.getObject("id", UUID.class), rs.getInt("number"), rs.getString("content"),
                TemplateSource.valueOf(rs.getString("source")), rs.getString("comment"),
                rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
