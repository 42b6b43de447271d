package ru.nastavnik.roadmap.adapter.out.persistence;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.roadmap.domain.PlanPeriod;
import ru.nastavnik.roadmap.domain.progress.DocumentEvidence;
import ru.nastavnik.roadmap.domain.progress.EventEvidence;
import ru.nastavnik.roadmap.domain.progress.Evidence;
import ru.nastavnik.roadmap.domain.progress.LinkEvidence;
import ru.nastavnik.roadmap.domain.progress.OccurrenceProgress;
import ru.nastavnik.roadmap.domain.progress.OccurrenceStatus;
import ru.nastavnik.roadmap.domain.schedule.Comparison;
import ru.nastavnik.roadmap.domain.schedule.ScheduleKind;
import ru.nastavnik.roadmap.domain.schedule.Target;
import ru.nastavnik.roadmap.domain.template.EventBinding;
import ru.nastavnik.roadmap.domain.tracking.AdoptedRoadmap;
import ru.nastavnik.roadmap.domain.tracking.Occurrence;
import ru.nastavnik.roadmap.domain.tracking.OverdueClaim;
import ru.nastavnik.roadmap.domain.tracking.Roadmap;
import ru.nastavnik.roadmap.domain.tracking.RoadmapItem;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;

@Repository
class JdbcRoadmaps implements Roadmaps {

    private static final String ROADMAP = "select id, template_version_id, template_version_number, title, basis, period_from, "
            + "period_to, order_number, order_date, adopted_at, adopted_by from roadmap.roadmap ";

    private static final String ITEM = "select id, roadmap_id, position, section_number, section_title, number, title, "
            + "schedule_kind, schedule_text, responsible, result, note, tracked_per_school, binding from roadmap.roadmap_item ";

    private static final String OCCURRENCE = "select o.id, o.roadmap_id, o.item_id, o.seq, o.organization_id, o.label, "
            + "o.start_date, o.due_date, o.target_value, o.target_unit, o.target_comparison, o.status, o.cancellation_reason, "
            + "o.version from roadmap.occurrence o join roadmap.roadmap_item i on i.id = o.item_id ";

    private static final String OCCURRENCE_ORDER = " order by i.position, o.seq, o.organization_id nulls first";

    private static final String EVIDENCE = "select e.occurrence_id, e.kind, e.doc_kind, e.doc_number, e.doc_date, e.doc_title, "
            + "e.file_id, e.url, e.link_title, e.event_type, e.event_id, e.event_description, e.observed_at "
            + "from roadmap.evidence e join roadmap.occurrence o on o.id = e.occurrence_id ";

    private static final String INSERT_OCCURRENCE = "insert into roadmap.occurrence (id, tenant_id, roadmap_id, item_id, seq, "
            + "organization_id, label, start_date, due_date, target_value, target_unit, target_comparison, status, "
            + "cancellation_reason, updated_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0) "
            + "on conflict on constraint occurrence_uq do nothing";

    private final JdbcClient jdbc;

    private final JdbcTemplate batch;

    JdbcRoadmaps(JdbcClient jdbc, JdbcTemplate batch) {
        this.jdbc = jdbc;
        this.batch = batch;
    }

    @Override
    public void lockTenant(String purpose) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(? || ':' || ?, 0))")
                .params(purpose, TenantContext.require().toString()).query().singleRow();
    }

    @Override
    public void insert(AdoptedRoadmap adopted) {
        UUID tenant = TenantContext.require().value();
        Roadmap r = adopted.roadmap();
        jdbc.sql("insert into roadmap.roadmap (id, tenant_id, template_version_id, template_version_number, title, basis, "
                + "period_from, period_to, order_number, order_date, adopted_at, adopted_by) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(r.id(), tenant, r.templateVersionId(), r.templateVersionNumber(), r.title(), r.basis(),
                        Date.valueOf(r.period().from()), Date.valueOf(r.period().to()), r.orderNumber(),
                        Date.valueOf(r.orderDate()), Timestamp.from(r.adoptedAt()), r.adoptedBy())
                .update();
        batch.batchUpdate("insert into roadmap.roadmap_item (id, tenant_id, roadmap_id, position, section_number, section_title, "
                + "number, title, schedule_kind, schedule_text, responsible, result, note, tracked_per_school, binding) "
                + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", adopted.items(), 200, (ps, i) -> {
                    ps.setObject(1, i.id());
                    ps.setObject(2, tenant);
                    ps.setObject(3, i.roadmapId());
                    ps.setInt(4, i.position());
                    ps.setString(5, i.sectionNumber());
                    ps.setString(6, i.sectionTitle());
                    ps.setString(7, i.number());
                    ps.setString(8, i.title());
                    ps.setString(9, i.scheduleKind().name());
                    ps.setString(10, i.scheduleText());
                    ps.setString(11, i.responsible());
                    ps.setString(12, i.result());
                    ps.setString(13, i.note());
                    ps.setBoolean(14, i.trackedPerSchool());
                    ps.setString(15, i.binding() == null ? null : i.binding().key());
                });
        addOccurrences(adopted.occurrences(), r.adoptedAt());
        for (Occurrence o : adopted.occurrences()) {
            if (!o.progress().evidence().isEmpty()) {
                writeEvidence(o);
            }
        }
    }

    @Override
    public void addOccurrences(List<Occurrence> occurrences, Instant now) {
        UUID tenant = TenantContext.require().value();
        batch.batchUpdate(INSERT_OCCURRENCE, occurrences, 500, (ps, o) -> {
            ps.setObject(1, o.id());
            ps.setObject(2, tenant);
            ps.setObject(3, o.roadmapId());
            ps.setObject(4, o.itemId());
            ps.setInt(5, o.seq());
            ps.setObject(6, o.organizationId());
            ps.setString(7, o.label());
            ps.setObject(8, o.start() == null ? null : Date.valueOf(o.start()), Types.DATE);
            ps.setObject(9, o.due() == null ? null : Date.valueOf(o.due()), Types.DATE);
            ps.setObject(10, o.target() == null ? null : o.target().value(), Types.NUMERIC);
            ps.setString(11, o.target() == null ? null : o.target().unit());
            ps.setString(12, o.target() == null ? null : o.target().comparison().name());
            ps.setString(13, o.status().name());
            ps.setString(14, o.progress().cancellationReason());
            ps.setTimestamp(15, Timestamp.from(now));
        });
    }

    @Override
    public void delete(List<UUID> occurrenceIds) {
        for (UUID id : occurrenceIds) {
            jdbc.sql("delete from roadmap.occurrence where id = ?").param(id).update();
        }
    }

    @Override
    public List<Roadmap> all() {
        return jdbc.sql(ROADMAP + "order by adopted_at desc").query(JdbcRoadmaps::roadmap).list();
    }

    @Override
    public Optional<Roadmap> byId(UUID id) {
        return jdbc.sql(ROADMAP + "where id = ?").param(id).query(JdbcRoadmaps::roadmap).optional();
    }

    @Override
    public List<RoadmapItem> items(UUID roadmapId) {
        return jdbc.sql(ITEM + "where roadmap_id = ? order by position").param(roadmapId).query(JdbcRoadmaps::item).list();
    }

    @Override
    public Optional<RoadmapItem> item(UUID itemId) {
        return jdbc.sql(ITEM + "where id = ?").param(itemId).query(JdbcRoadmaps::item).optional();
    }

    @Override
    public List<RoadmapItem> itemsBoundTo(String bindingKey) {
        return jdbc.sql(ITEM + "where binding = ? order by roadmap_id, position").param(bindingKey)
                .query(JdbcRoadmaps::item).list();
    }

    @Override
    public List<RoadmapItem> perSchoolItems() {
        return jdbc.sql(ITEM + "where tracked_per_school order by roadmap_id, position").query(JdbcRoadmaps::item).list();
    }

    @Override
    public List<Occurrence> occurrences(UUID roadmapId) {
        var rows = jdbc.sql(OCCURRENCE + "where o.roadmap_id = ?" + OCCURRENCE_ORDER).param(roadmapId)
                .query(JdbcRoadmaps::row).list();
        var evidence = evidence(EVIDENCE + "where o.roadmap_id = ? order by e.occurrence_id, e.position", roadmapId);
        return rows.stream().map(r -> r.toOccurrence(evidence.getOrDefault(r.id, List.of()))).toList();
    }

    @Override
    public List<Occurrence> occurrencesOfItem(UUID itemId) {
        var rows = jdbc.sql(OCCURRENCE + "where o.item_id = ?" + OCCURRENCE_ORDER).param(itemId)
                .query(JdbcRoadmaps::row).list();
        var evidence = evidence(EVIDENCE + "where o.item_id = ? order by e.occurrence_id, e.position", itemId);
        return rows.stream().map(r -> r.toOccurrence(evidence.getOrDefault(r.id, List.of()))).toList();
    }

    @Override
    public Optional<Occurrence> occurrence(UUID id) {
        var row = jdbc.sql(OCCURRENCE + "where o.id = ?").param(id).query(JdbcRoadmaps::row).optional();
        if (row.isEmpty()) {
            return Optional.empty();
        }
        var evidence = evidence(EVIDENCE + "where o.id = ? order by e.occurrence_id, e.position", id);
        return Optional.of(row.get().toOccurrence(evidence.getOrDefault(id, List.of())));
    }

    @Override
    public Occurrence update(Occurrence o, Instant now) {
        int updated = jdbc.sql("update roadmap.occurrence set status = ?, cancellation_reason = ?, updated_at = ?, "
                + "version = version + 1 where id = ? and version = ?")
                .params(o.status().name(), o.progress().cancellationReason(), Timestamp.from(now), o.id(), o.version())
                .update();
        if (updated != 1) {
            throw new OptimisticLockingFailureException("Occurrence " + o.id() + " changed concurrently");
        }
        jdbc.sql("delete from roadmap.evidence where occurrence_id = ?").param(o.id()).update();
        writeEvidence(o);
        return new Occurrence(o.id(), o.roadmapId(), o.itemId(), o.seq(), o.organizationId(), o.label(), o.start(),
                o.due(), o.target(), o.progress(), o.version() + 1);
    }

    @Override
    public List<OverdueClaim> claimOverdue(LocalDate today, Instant now) {
        return jdbc.sql("update roadmap.occurrence set overdue_notified_at = ? where overdue_notified_at is null "
                + "and due_date < ? and status in ('PLANNED', 'IN_PROGRESS') "
                + "returning id, roadmap_id, item_id, organization_id, due_date")
                .params(Timestamp.from(now), Date.valueOf(today))
                .query((rs, n) -> new OverdueClaim(rs.getObject("id", UUID.class), rs.getObject("roadmap_id", UUID.class),
                        rs.getObject("item_id", UUID.class), rs.getObject("organization_id", UUID.class),
                        rs.getDate("due_date").toLocalDate()))
                .list();
    }

    private void writeEvidence(Occurrence o) {
        UUID tenant = TenantContext.require().value();
        List<Evidence> all = o.progress().evidence();
        for (int position = 0; position < all.size(); position++) {
            Evidence e = all.get(position);
            Object[] values = new Object[13];
            if (e instanceof DocumentEvidence d) {
                values[0] = "DOCUMENT";
                values[1] = d.kind();
                values[2] = d.number();
                values[3] = Date.valueOf(d.date());
                values[4] = d.title();
                values[5] = d.fileRef() == null ? null : UUID.fromString(d.fileRef());
            } else if (e instanceof LinkEvidence l) {
                values[0] = "LINK";
                values[6] = l.url();
                values[7] = l.title();
            } else if (e instanceof EventEvidence ev) {
                values[0] = "EVENT";
                values[8] = ev.eventType();
                values[9] = ev.eventId();
                values[10] = ev.description();
                values[11] = Timestamp.from(ev.observedAt());
            }
            jdbc.sql("insert into roadmap.evidence (id, tenant_id, occurrence_id, position, kind, doc_kind, doc_number, doc_date, "
                    + "doc_title, file_id, url, link_title, event_type, event_id, event_description, observed_at) "
                    + "values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), tenant, o.id(), position, values[0], values[1], values[2], values[3],
                            values[4], values[5], values[6], values[7], values[8], values[9], values[10], values[11])
                    .update();
        }
    }

    private Map<UUID, List<Evidence>> evidence(String sql, UUID param) {
        Map<UUID, List<Evidence>> byOccurrence = new HashMap<>();
        jdbc.sql(sql).param(param).query(rs -> {
            UUID occurrence = rs.getObject("occurrence_id", UUID.class);
            byOccurrence.computeIfAbsent(occurrence, k -> new ArrayList<>()).add(evidence(rs));
        });
        return byOccurrence;
    }

    private static Evidence evidence(ResultSet rs) throws SQLException {
        return switch (rs.getString("kind")) {
            case "DOCUMENT" -> {
                UUID file = rs.getObject("file_id", UUID.class);
                yield new DocumentEvidence(rs.getString("doc_kind"), rs.getString("doc_number"),
                        rs.getDate("doc_date").toLocalDate(), rs.getString("doc_title"), file == null ? null : file.toString());
            }
            case "LINK" -> new LinkEvidence(rs.getString("url"), rs.getString("link_title"));
            default -> new EventEvidence(rs.getString("event_type"), rs.getString("event_id"),
                    rs.getString("event_description"), rs.getTimestamp("observed_at").toInstant());
        };
    }

    private record Row(UUID id, UUID roadmapId, UUID itemId, int seq, UUID organizationId, String label, LocalDate start,
            LocalDate due, Target target, OccurrenceStatus status, String reason, int version) {

        Occurrence toOccurrence(List<Evidence> evidence) {
            return new Occurrence(id, roadmapId, itemId, seq, organizationId, label, start, due, target,
                    new OccurrenceProgress(due, status, evidence, reason), version);
        }
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        BigDecimal value = rs.getBigDecimal("target_value");
        Target target = value == null ? null
                : new Target(value, rs.getString("target_unit"), Comparison.valueOf(rs.getString("target_comparison")));
        return new Row(rs.getObject("id", UUID.class), rs.getObject("roadmap_id", UUID.class),
                rs.getObject("item_id", UUID.class), rs.getInt("seq"), rs.getObject("organization_id", UUID.class),
                rs.getString("label"), date(rs, "start_date"), date(rs, "due_date"), target,
                OccurrenceStatus.valueOf(rs.getString("status")), rs.getString("cancellation_reason"), rs.getInt("version"));
    }

    private static Roadmap roadmap(ResultSet rs, int n) throws SQLException {
        return new Roadmap(rs.getObject("id", UUID.class), rs.getObject("template_version_id", UUID.class),
                rs.getInt("template_version_number"), rs.getString("title"), rs.getString("basis"),
                PlanPeriod.of(rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate()),
                rs.getString("order_number"), rs.getDate("order_date").toLocalDate(),
                rs.getTimestamp("adopted_at").toInstant(), rs.getString("adopted_by"));
    }

    private static RoadmapItem item(ResultSet rs, int n) throws SQLException {
        String binding = rs.getString("binding");
        return new RoadmapItem(rs.getObject("id", UUID.class), rs.getObject("roadmap_id", UUID.class), rs.getInt("position"),
                rs.getString("section_number"), rs.getString("section_title"), rs.getString("number"), rs.getString("title"),
                ScheduleKind.valueOf(rs.getString("schedule_kind")), rs.getString("schedule_text"),
                rs.getString("responsible"), rs.getString("result"), rs.getString("note"),
                rs.getBoolean("tracked_per_school"), binding == null ? null : new EventBinding(binding));
    }

    private static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }
}
