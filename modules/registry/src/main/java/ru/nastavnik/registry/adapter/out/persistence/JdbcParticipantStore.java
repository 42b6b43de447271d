package ru.nastavnik.registry.adapter.out.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;

import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.db.PostgresArrays;
import ru.nastavnik.registry.ConsentPurpose;
import ru.nastavnik.registry.domain.Actor;
import ru.nastavnik.registry.domain.ConsentGiver;
import ru.nastavnik.registry.domain.Consent;
import ru.nastavnik.registry.domain.OrganisationRef;
import ru.nastavnik.registry.domain.Participant;
import ru.nastavnik.registry.domain.ParticipantCategory;
import ru.nastavnik.registry.domain.ParticipantListItem;
import ru.nastavnik.registry.domain.ParticipantQuery;
import ru.nastavnik.registry.domain.ParticipantRole;
import ru.nastavnik.registry.domain.ParticipantRow;
import ru.nastavnik.registry.domain.ParticipantStatus;
import ru.nastavnik.registry.domain.ParticipantStore;
import ru.nastavnik.registry.domain.ParticipantStore.ChunkWritten;
import ru.nastavnik.registry.domain.ResultPage;
import ru.nastavnik.registry.domain.SchoolClass;
import ru.nastavnik.registry.domain.TrainingRecord;
import ru.nastavnik.registry.domain.UpsertOutcome;

/**
 * Participants in PostgreSQL. The bulk write sends the rows in chunks of {@value #CHUNK}, each column as one array
 * parameter, and upserts them by natural key with {@code insert … select … from unnest(…) on conflict}: set-based,
 * under the tenant's row-level security (which rules out {@code COPY FROM}), and the application role needs no
 * temporary tables (it has none: the database grants it only CONNECT). Everything runs in the caller's transaction.
 */
@Repository
class JdbcParticipantStore implements ParticipantStore {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(JdbcParticipantStore.class);

    static final String COLUMNS = "p.id, p.tenant_id, p.number, p.organization_id, p.natural_key, p.category, p.surname, "
            + "p.name, p.patronymic, p.birth_date, p.birth_year, p.grade, p.class_letter, p.pedagogical_start, p.company, "
            + "p.email, p.phone, p.mentor, p.mentee, p.competencies, p.competencies_note, p.capacity, "
            + "p.positive_experience, p.requests, p.requests_note, p.status, p.joined_on, p.left_on, p.left_reason, "
            + "p.anonymised, p.anonymised_on, p.version";

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;
    /** Plans the next chunk of a bulk write while the database writes the current one. */
    private final ExecutorService planner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "registry-write-planner");
        t.setDaemon(true);
        return t;
    });

    JdbcParticipantStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.named = new NamedParameterJdbcTemplate(jdbc);
    }

    private static UUID tenant() {
        return TenantContext.require().value();
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        planner.shutdownNow();
    }

    // ------------------------------------------------------------------ reading

    @Override
    public Optional<Participant> find(UUID id) {
        List<Participant> found = load("p.id = ?", id);
        return found.stream().findFirst();
    }

    @Override
    public List<Participant> findAll(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.execute((Connection con) -> {
            Array array = con.createArrayOf("uuid", ids.toArray());
            return load("p.id = any(?)", array);
        });
    }

    private List<Participant> load(String where, Object parameter) {
        var rows = new LinkedHashMap<UUID, Object[]>();
        jdbc.query("select " + COLUMNS + " from registry.participant p where " + where, rs -> {
            rows.put(rs.getObject("id", UUID.class), fields(rs));
        }, parameter);
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, List<Consent>> consents = new HashMap<>();
        Map<UUID, List<TrainingRecord>> trainings = new HashMap<>();
        String children = where.replace("p.id", "participant_id");
        jdbc.query("select * from registry.consent where " + children, rs -> {
            consents.computeIfAbsent(rs.getObject("participant_id", UUID.class), k -> new ArrayList<>())
                    .add(new Consent(rs.getObject("id", UUID.class), ConsentPurpose.valueOf(rs.getString("purpose")),
                            date(rs, "given_on"), rs.getBoolean("by_legal_representative"),
                            rs.getString("representative_name"), date(rs, "withdrawn_on")));
        }, parameter);
        jdbc.query("select * from registry.training where " + children + " order by completed_on", rs -> {
            trainings.computeIfAbsent(rs.getObject("participant_id", UUID.class), k -> new ArrayList<>())
                    .add(new TrainingRecord(rs.getObject("id", UUID.class), rs.getString("title"),
                            date(rs, "completed_on")));
        }, parameter);
        List<Participant> out = new ArrayList<>(rows.size());
        rows.forEach((id, f) -> out.add(participant(f, consents.getOrDefault(id, List.of()),
                trainings.getOrDefault(id, List.of()))));
        return out;
    }

    private static Object[] fields(ResultSet rs) throws SQLException {
        return new Object[] { rs.getObject("id", UUID.class), rs.getObject("tenant_id", UUID.class),
                rs.getLong("number"), rs.getObject("organization_id", UUID.class), rs.getString("natural_key"),
                ParticipantCategory.valueOf(rs.getString("category")), rs.getString("surname"), rs.getString("name"),
                rs.getString("patronymic"), date(rs, "birth_date"), rs.getInt("birth_year"),
                (Integer) rs.getObject("grade"), rs.getString("class_letter"), date(rs, "pedagogical_start"),
                rs.getString("company"), rs.getString("email"), rs.getString("phone"), rs.getBoolean("mentor"),
                rs.getBoolean("mentee"), strings(rs.getArray("competencies")), rs.getString("competencies_note"),
                (Integer) rs.getObject("capacity"), rs.getBoolean("positive_experience"),
                strings(rs.getArray("requests")), rs.getString("requests_note"),
                ParticipantStatus.valueOf(rs.getString("status")), date(rs, "joined_on"), date(rs, "left_on"),
                rs.getString("left_reason"), rs.getBoolean("anonymised"), date(rs, "anonymised_on"),
                rs.getInt("version") };
    }

    @SuppressWarnings("unchecked")
    private static Participant participant(Object[] f, List<Consent> consents, List<TrainingRecord> trainings) {
        return new Participant((UUID) f[0], (UUID) f[1], (Long) f[2], (UUID) f[3], (String) f[4],
                (ParticipantCategory) f[5], (String) f[6], (String) f[7], (String) f[8], (LocalDate) f[9], (Integer) f[10],
                (Integer) f[11], (String) f[12], (LocalDate) f[13], (String) f[14], (String) f[15], (String) f[16],
                (Boolean) f[17], (Boolean) f[18], (List<String>) f[19], (String) f[20], (Integer) f[21],
                (Boolean) f[22], (List<String>) f[23], (String) f[24], (ParticipantStatus) f[25], (LocalDate) f[26],
                (LocalDate) f[27], (String) f[28], (Boolean) f[29], (LocalDate) f[30], consents, trainings,
                (Integer) f[31]);
    }

    static LocalDate date(ResultSet rs, String column) throws SQLException {
        Date d = rs.getDate(column);
        return d == null ? null : d.toLocalDate();
    }

    static List<String> strings(Array array) throws SQLException {
        if (array == null) {
            return List.of();
        }
        return Arrays.asList((String[]) array.getArray());
    }

    @Override
    public boolean naturalKeyTaken(String naturalKey, UUID except) {
        Integer n = jdbc.queryForObject("select count(*) from registry.participant where tenant_id = ? and natural_key = ?"
                + " and id is distinct from ?", Integer.class, tenant(), naturalKey, except);
        return n != null && n > 0;
    }

    /**
     * «Активен в программах» ({@link Participant#isActiveInProgrammes()}) in SQL: taking part, not anonymised, with a
     * valid processing consent — the last read from the participant's own row ({@code processing_consent}, written with
     * the consents by every statement that writes them; decision 0014), so that neither the list's filter, its count
     * nor the counts above it join the consents. The partial index {@code participant_active_in_programmes_idx} has
     * exactly this predicate (the count reads it alone).
     */
    static final String ACTIVE = "(p.status = 'ACTIVE' and not p.anonymised and p.processing_consent)";

    @Override
    public ResultPage<ParticipantListItem> list(ParticipantQuery q) {
        var params = new MapSqlParameterSource("tenant", tenant());
        var where = new StringBuilder(" where p.tenant_id = :tenant");
        if (q.category() != null) {
            where.append(" and p.category = :category");
            params.addValue("category", q.category().name());
        }
        if (q.role() != null) {
            where.append(q.role() == ru.nastavnik.registry.ParticipantRole.MENTOR ? " and p.mentor" : " and p.mentee");
        }
        if (q.organizationId() != null) {
            where.append(" and p.organization_id = :organization");
            params.addValue("organization", q.organizationId());
        }
        if (q.search() != null && !q.search().isEmpty()) {
            // a prefix as a range on the C-collated key, so that the (tenant_id, …, search_key, id) indexes serve it
            String prefix = q.search();
            int last = prefix.codePointBefore(prefix.length());
            String upper = prefix.substring(0, prefix.length() - Character.charCount(last))
                    + new String(Character.toChars(last + 1));
            where.append(" and p.search_key >= :searchFrom and p.search_key < :searchTo");
            params.addValue("searchFrom", prefix).addValue("searchTo", upper);
        }
        LocalDate ref = q.referenceDate();
        params.addValue("young35", Date.valueOf(ref.minusYears(ParticipantRow.YOUNG_TEACHER_AGE)));
        params.addValue("young3", Date.valueOf(ref.minusYears(ParticipantRow.YOUNG_TEACHER_EXPERIENCE_YEARS)));
        params.addValue("refYear35", ref.getYear() - ParticipantRow.YOUNG_TEACHER_AGE);
        String young = "(p.category = 'TEACHER' and p.pedagogical_start > :young3 and case when p.birth_date is null "
                + "then p.birth_year > :refYear35 else p.birth_date > :young35 end)";
        if (q.youngTeacher() != null) {
            where.append(q.youngTeacher() ? " and " + young : " and not " + young);
        }
        if (q.active() != null) {
            where.append(q.active() ? " and " + ACTIVE : " and not " + ACTIVE);
        }
        // the exact number of matches, for «Найдено: 12 345» and the page numbers (the filters' indexes serve it; p95
        // at 50,000 participants in docs/benchmarks.md)
        long offset = (long) q.page() * q.size();
        Long counted = named.queryForObject("select count(*) from registry.participant p" + where, params, Long.class);
        long total = counted == null ? 0 : counted;
        params.addValue("limit", q.size()).addValue("offset", offset);
        // the page is cut from the participants alone (an ordered index scan with a limit), then joined: with the join
        // inside, row-level security's estimates lead the planner to sort every match
        List<ParticipantListItem> items = named.query("select p.id, p.number, p.organization_id, o.short_name, p.surname, "
                + "p.name, p.patronymic, p.category, p.grade, p.class_letter, p.mentor, p.mentee, p.status, p.anonymised, "
                + young + " as young, " + ACTIVE + " as active from (select * from registry.participant p" + where
                + " order by p.search_key, p.id limit :limit offset :offset) p "
                + "join registry.organization o on o.id = p.organization_id order by p.search_key, p.id", params, (rs, i) -> {
                    String patronymic = rs.getString("patronymic");
                    Integer grade = (Integer) rs.getObject("grade");
                    String letter = rs.getString("class_letter");
                    return new ParticipantListItem(rs.getObject("id", UUID.class), rs.getLong("number"),
                            rs.getObject("organization_id", UUID.class), rs.getString("short_name"),
                            rs.getString("surname") + " " + rs.getString("name")
                                    + (patronymic == null ? "" : " " + patronymic),
                            ParticipantCategory.valueOf(rs.getString("category")),
                            grade == null ? null : grade + (letter == null ? "" : letter), rs.getBoolean("mentor"),
                            rs.getBoolean("mentee"), rs.getBoolean("young"), rs.getBoolean("active"),
                            ParticipantStatus.valueOf(rs.getString("status")), rs.getBoolean("anonymised"));
                });
        return new ResultPage<>(items, total, q.page(), q.size());
    }

    @Override
    public Map<String, Long> counts(UUID organizationId) {
        var params = new MapSqlParameterSource("tenant", tenant()).addValue("organization", organizationId);
        return named.queryForObject("select count(*) as total, "
                + "count(*) filter (where " + ACTIVE + ") as active, "
                + "count(*) filter (where p.mentor) as mentors, count(*) filter (where p.mentee) as mentees "
                + "from registry.participant p where p.tenant_id = :tenant "
                + "and (cast(:organization as uuid) is null or p.organization_id = :organization)", params, (rs, i) -> {
                    Map<String, Long> m = new LinkedHashMap<>();
                    for (String k : List.of("total", "active", "mentors", "mentees")) {
                        m.put(k, rs.getLong(k));
                    }
                    return m;
                });
    }

    @Override
    public void forEachExportRow(UUID organizationId, Map<UUID, OrganisationRef> organisations,
                                 Consumer<ParticipantRow> sink) {
        var params = new MapSqlParameterSource("tenant", tenant()).addValue("organization", organizationId);
        int[] row = { 1 };
        named.query("select " + COLUMNS + ", c.given_on, c.by_legal_representative, c.representative_name, "
                + "(select max(t.completed_on) from registry.training t where t.participant_id = p.id) as trained_on "
                + "from registry.participant p join registry.consent c on c.participant_id = p.id "
                + "and c.purpose = 'PROCESSING' and c.withdrawn_on is null "
                + "where p.tenant_id = :tenant and not p.anonymised "
                + "and (cast(:organization as uuid) is null or p.organization_id = :organization) "
                + "order by p.organization_id, p.search_key, p.id", params, rs -> {
                    Integer grade = (Integer) rs.getObject("grade");
                    boolean mentor = rs.getBoolean("mentor");
                    boolean mentee = rs.getBoolean("mentee");
                    boolean rep = rs.getBoolean("by_legal_representative");
                    sink.accept(new ParticipantRow(++row[0], rs.getString("surname"), rs.getString("name"),
                            rs.getString("patronymic"), ParticipantCategory.valueOf(rs.getString("category")),
                            date(rs, "birth_date"),
                            grade == null ? null : new SchoolClass(grade, rs.getString("class_letter")),
                            organisations.get(rs.getObject("organization_id", UUID.class)),
                            date(rs, "pedagogical_start"), rs.getString("company"),
                            mentor && mentee ? ParticipantRole.MENTOR_AND_MENTEE
                                    : mentor ? ParticipantRole.MENTOR : ParticipantRole.MENTEE,
                            strings(rs.getArray("competencies")), (Integer) rs.getObject("capacity"),
                            date(rs, "trained_on"), strings(rs.getArray("requests")), date(rs, "given_on"),
                            rep ? ConsentGiver.LEGAL_REPRESENTATIVE : ConsentGiver.SELF,
                            rs.getString("representative_name"), rs.getString("email"), rs.getString("phone")));
                });
    }

    // ------------------------------------------------------------------ writing

    @Override
    public void update(Participant p) {
        int n = jdbc.update("update registry.participant set organization_id = ?, natural_key = ?, search_key = ?, "
                + "category = ?, surname = ?, name = ?, patronymic = ?, birth_date = ?, birth_year = ?, grade = ?, "
                + "class_letter = ?, pedagogical_start = ?, company = ?, email = ?, phone = ?, mentor = ?, mentee = ?, "
                + "competencies = ?, competencies_note = ?, capacity = ?, positive_experience = ?, requests = ?, "
                + "requests_note = ?, status = ?, left_on = ?, left_reason = ?, anonymised = ?, anonymised_on = ?, "
                + "processing_consent = ?, updated_at = now(), version = version + 1 where id = ? and version = ?", ps -> {
                    Connection con = ps.getConnection();
                    int i = 1;
                    ps.setObject(i++, p.organizationId());
                    ps.setString(i++, p.naturalKey());
                    ps.setString(i++, p.searchKey());
                    ps.setString(i++, p.category().name());
                    ps.setString(i++, p.surname());
                    ps.setString(i++, p.name());
                    ps.setString(i++, p.patronymic());
                    ps.setObject(i++, p.birthDate());
                    ps.setInt(i++, p.birthYear());
                    ps.setObject(i++, p.grade());
                    ps.setString(i++, p.classLetter());
                    ps.setObject(i++, p.pedagogicalStart());
                    ps.setString(i++, p.company());
                    ps.setString(i++, p.email());
                    ps.setString(i++, p.phone());
                    ps.setBoolean(i++, p.mentor());
                    ps.setBoolean(i++, p.mentee());
                    ps.setArray(i++, con.createArrayOf("text", p.competencies().toArray()));
                    ps.setString(i++, p.competenciesNote());
                    ps.setObject(i++, p.capacity());
                    ps.setBoolean(i++, p.positiveExperience());
                    ps.setArray(i++, con.createArrayOf("text", p.requests().toArray()));
                    ps.setString(i++, p.requestsNote());
                    ps.setString(i++, p.status().name());
                    ps.setObject(i++, p.leftOn());
                    ps.setString(i++, p.leftReason());
                    ps.setBoolean(i++, p.anonymised());
                    ps.setObject(i++, p.anonymisedOn());
                    // the consents written below, in the same transaction, are exactly the aggregate's
                    ps.setBoolean(i++, p.hasValidConsent(ConsentPurpose.PROCESSING));
                    ps.setObject(i++, p.id());
                    ps.setInt(i, p.version());
                });
        if (n != 1) {
            throw new OptimisticLockingFailureException("participant " + p.id() + " was changed concurrently");
        }
        for (Consent c : p.consents()) {
            jdbc.update("insert into registry.consent (id, tenant_id, participant_id, purpose, given_on, "
                    + "by_legal_representative, representative_name, withdrawn_on) values (?, ?, ?, ?, ?, ?, ?, ?) "
                    + "on conflict (participant_id, purpose) do update set id = excluded.id, given_on = excluded.given_on, "
                    + "by_legal_representative = excluded.by_legal_representative, "
                    + "representative_name = excluded.representative_name, withdrawn_on = excluded.withdrawn_on, "
                    + "recorded_at = now()", c.id(), tenant(), p.id(), c.purpose().name(), c.givenOn(),
                    c.byLegalRepresentative(), c.representativeName(), c.withdrawnOn());
        }
        for (TrainingRecord t : p.trainings()) {
            jdbc.update("insert into registry.training (id, tenant_id, participant_id, title, completed_on) "
                    + "values (?, ?, ?, ?, ?) on conflict do nothing", t.id(), tenant(), p.id(), t.title(),
                    t.completedOn());
        }
    }

    /** Rows written per round trip. */
    static final int CHUNK = 5_000;

    /** The rows of a chunk as one text array per column, unnested in SQL into a row set {@code r}. */
    static final String ROWS = "unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) as r(natural_key, search_key, "
            + "organization_id, category, surname, name, patronymic, birth_date, grade, class_letter, pedagogical_start, "
            + "company, email, phone, mentor, mentee, competencies, capacity, requests, consent_on, consent_by_rep, "
            + "representative_name, trained_on, participant_id)";

    /**
     * The insert of rows {@code r}'s participants, up to the row source. Each is inserted with {@code processing_consent}
     * set: every row of an import carries its processing consent (the date is required), which is inserted with it —
     * by the same statement ({@link #INSERT_NEW}) or, for the rows {@link #UPSERT} inserts, by {@link #CONSENTS} right
     * after it in the same transaction (it inserts a consent for every row that has none).
     */
    static final String INSERT_PARTICIPANTS_FROM = "insert into registry.participant as p (id, tenant_id, organization_id, "
            + "natural_key, search_key, category, surname, name, patronymic, birth_date, birth_year, grade, class_letter, "
            + "pedagogical_start, company, email, phone, mentor, mentee, competencies, capacity, requests, "
            + "processing_consent, joined_on, last_import_id) select r.participant_id::uuid, ?, r.organization_id::uuid, "
            + "r.natural_key, r.search_key, r.category, r.surname, r.name, r.patronymic, r.birth_date::date, "
            + "extract(year from r.birth_date::date), r.grade::int, r.class_letter, r.pedagogical_start::date, r.company, "
            + "r.email, r.phone, r.mentor::boolean, r.mentee::boolean, string_to_array(r.competencies, ';'), "
            + "r.capacity::int, string_to_array(r.requests, ';'), true, ?, ? from ";

    /** The insert of a chunk's participants, without a conflict clause. */
    static final String INSERT_PARTICIPANTS = INSERT_PARTICIPANTS_FROM + ROWS;

    static final String UPSERT = INSERT_PARTICIPANTS + " "
            + "on conflict (tenant_id, natural_key) do update set organization_id = excluded.organization_id, "
            + "search_key = excluded.search_key, category = excluded.category, surname = excluded.surname, "
            + "name = excluded.name, patronymic = excluded.patronymic, grade = excluded.grade, "
            + "class_letter = excluded.class_letter, pedagogical_start = excluded.pedagogical_start, "
            + "company = excluded.company, email = excluded.email, phone = excluded.phone, mentor = excluded.mentor, "
            + "mentee = excluded.mentee, competencies = excluded.competencies, capacity = excluded.capacity, "
            + "requests = excluded.requests, last_import_id = excluded.last_import_id, "
            + "positive_experience = p.positive_experience and excluded.mentor, "
            + "competencies_note = case when excluded.mentor then p.competencies_note end, "
            + "requests_note = case when excluded.mentee then p.requests_note end, "
            + "updated_at = now(), version = p.version + 1 "
            + "where (p.surname, p.name, p.patronymic, p.category, p.grade, p.class_letter, p.pedagogical_start, "
            + "p.company, p.email, p.phone, p.mentor, p.mentee, p.competencies, p.capacity, p.requests) "
            + "is distinct from (excluded.surname, excluded.name, excluded.patronymic, excluded.category, "
            + "excluded.grade, excluded.class_letter, excluded.pedagogical_start, excluded.company, excluded.email, "
            + "excluded.phone, excluded.mentor, excluded.mentee, excluded.competencies, excluded.capacity, "
            + "excluded.requests) returning p.id, (p.xmax = 0) as inserted, p.natural_key";

    /** The insert of rows {@code r}'s processing consents, up to the row source. */
    static final String INSERT_CONSENTS_FROM = "insert into registry.consent as c (id, tenant_id, participant_id, purpose, "
            + "given_on, by_legal_representative, representative_name) select gen_random_uuid(), ?::uuid, "
            + "r.participant_id::uuid, 'PROCESSING', r.consent_on::date, r.consent_by_rep::boolean, r.representative_name "
            + "from ";

    static final String INSERT_CONSENTS = INSERT_CONSENTS_FROM + ROWS;

    /**
     * The processing consents of rows {@code r} whose participants may be registered already: inserted where missing,
     * renewed where the file's differs from a consent not withdrawn (a withdrawn one is never revived: its participant
     * is anonymised). Every consent it writes is valid, so the same statement sets the flag of those participants that
     * had none ({@code processing_consent}, decision 0014). Returns the ids of the participants whose consent it wrote.
     */
    static final String CONSENTS = "with written as (" + INSERT_CONSENTS
            + " on conflict (participant_id, purpose) do update set given_on = excluded.given_on, "
            + "by_legal_representative = excluded.by_legal_representative, "
            + "representative_name = excluded.representative_name, recorded_at = now() "
            + "where c.withdrawn_on is null and (c.given_on, c.by_legal_representative, c.representative_name) "
            + "is distinct from (excluded.given_on, excluded.by_legal_representative, excluded.representative_name) "
            + "returning c.participant_id), flagged as (update registry.participant p set processing_consent = true "
            + "from written w where p.id = w.participant_id and not p.processing_consent) "
            + "select participant_id from written";

    /** The insert of rows {@code r}'s trainings, up to the row source (a condition on {@code r} follows it). */
    static final String INSERT_TRAININGS_FROM = "insert into registry.training (id, tenant_id, participant_id, title, "
            + "completed_on) select gen_random_uuid(), ?::uuid, r.participant_id::uuid, '" + TrainingRecord.IMPORTED_TITLE
            + "', r.trained_on::date from ";

    static final String INSERT_TRAININGS = INSERT_TRAININGS_FROM + ROWS + " where r.trained_on is not null";

    /**
     * A chunk of new participants with their processing consents and trainings in one statement: the rows' arrays are
     * sent and unnested once, into {@code r}, for the three inserts (sent and unnested for each of three statements,
     * they cost ≈ 0.7 s of a 100,000-row import beyond the database's floor). The consents and trainings reference
     * participants inserted by the same statement; their foreign keys are checked at its end. Parameters: the 24 column
     * arrays, then tenant, joined on and import id of the participants, then the tenant of the consents and of the
     * trainings.
     */
    static final String INSERT_NEW = "with r as materialized (select * from " + ROWS + "), p as ("
            + INSERT_PARTICIPANTS_FROM + "r), c as (" + INSERT_CONSENTS_FROM + "r) " + INSERT_TRAININGS_FROM
            + "r where r.trained_on is not null";

    static final String TRAININGS = INSERT_TRAININGS + " on conflict do nothing returning participant_id";

    /**
     * The ids of the participants already registered under these natural keys: one hash join of the keys with the
     * tenant's participants, asked once before the import writes anything. Planned with nested loops and sequential
     * scans disabled for this statement only ({@link #PLAN_LINEAR}): under row-level security, with statistics from
     * before the import (an empty tenant), the planner nested the keys inside a scan of the tenant's participants,
     * and, asked per chunk, that scan grew with every chunk the import wrote — quadratic, 66 s of a 100,000-row
     * import. The hash join is linear in the keys plus the tenant's participants, whatever the statistics say.
     */
    static final String KNOWN = "select p.natural_key, p.id from unnest(?::text[]) as k(natural_key) "
            + "join registry.participant p on p.natural_key = k.natural_key and p.tenant_id = ?";

    /** Whether the tenant has any participant in these organisations (if not, no key of the file can be known). */
    static final String ANY_IN_ORGANISATIONS = "select exists (select 1 from registry.participant "
            + "where tenant_id = ? and organization_id = any(?::uuid[]))";

    static final String AUDIT = "insert into registry.audit_entry (id, tenant_id, account_id, username, action, "
            + "participant_id, details) select gen_random_uuid(), ?, ?, ?, case when a.inserted then 'CREATED' "
            + "else 'CHANGED' end, a.id, ? from unnest(?::uuid[], ?::boolean[]) as a(id, inserted)";

    /** SQLSTATE of a unique violation. */
    static final String UNIQUE_VIOLATION = "23505";

    /**
     * Writes the rows by natural key. The rows whose key the tenant does not have yet (known before writing, from
     * {@link #KNOWN}) are inserted as they are — with their consents and trainings, without a conflict clause, under
     * time-ordered ids ({@link TimeOrderedIds}): PostgreSQL's speculative insertion and the random placement of ids in
     * the indexes cost about a third of the write. Should another transaction register one of these keys meanwhile, the
     * insert fails with a unique violation; the chunk's new rows are then rolled back to a savepoint and upserted like
     * the known ones, which compare every column and write only what changed.
     */
    @Override
    public UpsertOutcome upsert(List<ParticipantRow> rows, UUID importId, LocalDate joinedOn, Actor actor,
                                ChunkWritten progress) {
        UUID tenant = tenant();
        Map<UUID, Boolean> outcome = new LinkedHashMap<>();
        Map<UUID, ParticipantRow> createdRows = new HashMap<>();
        long[] nanos = new long[5]; // known ids, participants (new: with consents, trainings), consents + trainings of known ones, audit, column arrays
        jdbc.execute((Connection con) -> {
            // each row's natural key, built once: the lookup, the split, the columns and the outcome all use it
            List<KeyedRow> keyed = new ArrayList<>(rows.size());
            for (ParticipantRow r : rows) {
                keyed.add(new KeyedRow(r, r.naturalKeyString()));
            }
            long t0 = System.nanoTime();
            Map<String, UUID> registered = anyInOrganisations(con, tenant, rows) ? known(con, tenant, keyed) : Map.of();
            nanos[0] += System.nanoTime() - t0;
            Writer writer = new Writer(con, tenant, joinedOn, importId, outcome, createdRows, nanos);
            // each chunk's plan — which rows are new, their ids and column arrays — is made in another thread while the
            // chunk before it is being written
            Future<ChunkPlan> next = planner.submit(() -> plan(keyed, 0, registered));
            try {
                for (int from = 0; from < keyed.size(); from += CHUNK) {
                    long t1 = System.nanoTime();
                    ChunkPlan chunk = await(next);
                    nanos[4] += System.nanoTime() - t1;
                    int following = from + CHUNK;
                    if (following < keyed.size()) {
                        next = planner.submit(() -> plan(keyed, following, registered));
                    }
                    List<KeyedRow> fresh = chunk.fresh();
                    List<KeyedRow> registeredRows = chunk.known();
                    Map<String, UUID> ids = chunk.ids();
                    Set<String> unverified = Set.of();
                    if (!fresh.isEmpty() && !writer.insert(fresh, ids, chunk.freshColumns())) {
                        // a key was registered meanwhile: these rows are compared like the known ones, and their ids
                        // are verified
                        registeredRows = new ArrayList<>(registeredRows);
                        registeredRows.addAll(fresh);
                        unverified = new HashSet<>();
                        for (KeyedRow r : fresh) {
                            unverified.add(r.key());
                        }
                    }
                    if (!registeredRows.isEmpty()) {
                        writer.upsert(registeredRows, ids, unverified);
                    }
                    progress.written(Math.min(keyed.size(), following), writer.drainCreated());
                }
            } finally {
                next.cancel(true);
                writer.close();
            }
            long t4 = System.nanoTime();
            if (!outcome.isEmpty()) {
                try (PreparedStatement audit = con.prepareStatement(AUDIT)) {
                    audit.setObject(1, tenant);
                    audit.setObject(2, actor.accountId());
                    audit.setString(3, actor.username());
                    audit.setString(4, importId == null ? "добавлен вручную" : "импорт " + importId);
                    audit.setArray(5, con.createArrayOf("uuid", outcome.keySet().toArray()));
                    audit.setArray(6, con.createArrayOf("boolean", outcome.values().toArray()));
                    audit.executeUpdate();
                }
            }
            nanos[3] += System.nanoTime() - t4;
            return null;
        });
        List<UUID> created = new ArrayList<>();
        List<UUID> updated = new ArrayList<>();
        outcome.forEach((id, inserted) -> (inserted ? created : updated).add(id));
        if (log.isDebugEnabled()) {
            log.debug("upsert of {} rows: known ids {} ms, column arrays {} ms, participants (new ones with their consents "
                    + "and trainings) {} ms, consents + trainings of known ones {} ms, audit {} ms", rows.size(), nanos[0] / 1_000_000, nanos[4] / 1_000_000, nanos[1] / 1_000_000,
                    nanos[2] / 1_000_000, nanos[3] / 1_000_000);
        }
        return new UpsertOutcome(created, updated, rows.size() - created.size() - updated.size(), createdRows);
    }

    /** The statements of one bulk write, prepared once, and what they report into the outcome. */
    private static final class Writer {

        private final Connection con;
        private final UUID tenant;
        private final LocalDate joinedOn;
        private final UUID importId;
        private final Map<UUID, Boolean> outcome;
        private final Map<UUID, ParticipantRow> createdRows;
        private final long[] nanos;
        private final Map<String, PreparedStatement> statements = new HashMap<>();
        /** The participants created since {@link #drainCreated()} was last asked, in the rows' order. */
        private List<Map.Entry<UUID, ParticipantRow>> created = new ArrayList<>();

        Writer(Connection con, UUID tenant, LocalDate joinedOn, UUID importId, Map<UUID, Boolean> outcome,
               Map<UUID, ParticipantRow> createdRows, long[] nanos) {
            this.con = con;
            this.tenant = tenant;
            this.joinedOn = joinedOn;
            this.importId = importId;
            this.outcome = outcome;
            this.createdRows = createdRows;
            this.nanos = nanos;
        }

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = con.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }

        /**
         * Inserts rows whose natural keys were not registered, with their consents and trainings. False (and nothing
         * written) when another transaction has registered one of the keys meanwhile.
         */
        boolean insert(List<KeyedRow> rows, Map<String, UUID> ids, String[] columns) throws SQLException {
            long t2 = System.nanoTime();
            java.sql.Savepoint savepoint = con.setSavepoint();
            try {
                PreparedStatement insert = statement(INSERT_NEW);
                int index = bind(insert, 1, columns);
                insert.setObject(index++, tenant);
                insert.setObject(index++, Date.valueOf(joinedOn));
                insert.setObject(index++, importId, java.sql.Types.OTHER);
                insert.setObject(index++, tenant);
                insert.setObject(index, tenant);
                insert.executeUpdate();
                nanos[1] += System.nanoTime() - t2;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                con.rollback(savepoint);
                return false;
            }
            con.releaseSavepoint(savepoint);
            for (KeyedRow r : rows) {
                UUID id = ids.get(r.key());
                outcome.put(id, true);
                createdRows.put(id, r.row());
                created.add(Map.entry(id, r.row()));
            }
            return true;
        }

        List<Map.Entry<UUID, ParticipantRow>> drainCreated() {
            var out = created;
            created = new ArrayList<>();
            return out;
        }

        /**
         * Upserts rows by natural key, writing only what changed. {@code unverified}: the keys whose ids in {@code ids}
         * were made up here and may have been registered by another transaction under another id.
         */
        void upsert(List<KeyedRow> rows, Map<String, UUID> ids, Set<String> unverified) throws SQLException {
            String[] columns = timedColumns(rows, ids);
            long t2 = System.nanoTime();
            PreparedStatement upsert = statement(UPSERT);
            bindTail(upsert, columns, tenant, joinedOn, importId);
            boolean stale = false;
            Set<String> written = new HashSet<>();
            Map<String, ParticipantRow> rowByKey = new HashMap<>(rows.size() * 2);
            for (KeyedRow r : rows) {
                rowByKey.put(r.key(), r.row());
            }
            try (ResultSet rs = upsert.executeQuery()) {
                while (rs.next()) {
                    UUID id = rs.getObject(1, UUID.class);
                    boolean inserted = rs.getBoolean(2);
                    String key = rs.getString(3);
                    outcome.put(id, inserted);
                    if (inserted) {
                        createdRows.put(id, rowByKey.get(key));
                        created.add(Map.entry(id, rowByKey.get(key)));
                    }
                    written.add(key);
                    stale |= !id.equals(ids.put(key, id));
                }
            }
            if (!written.containsAll(unverified)) {
                // another transaction registered one of these keys, as this one has it: bind the real ids
                ids.putAll(known(con, tenant, rows));
                stale = true;
            }
            if (stale) {
                columns = timedColumns(rows, ids);
            }
            long t3 = System.nanoTime();
            nanos[1] += t3 - t2;
            for (String sql : List.of(CONSENTS, TRAININGS)) {
                PreparedStatement ps = statement(sql);
                ps.setObject(1, tenant);
                bind(ps, 2, columns);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        outcome.putIfAbsent(rs.getObject(1, UUID.class), false);
                    }
                }
            }
            nanos[2] += System.nanoTime() - t3;
        }

        /** The column arrays of these rows, their time counted apart from the statements'. */
        private String[] timedColumns(List<KeyedRow> rows, Map<String, UUID> ids) {
            long start = System.nanoTime();
            String[] columns = columns(rows, ids);
            nanos[4] += System.nanoTime() - start;
            return columns;
        }

        void close() throws SQLException {
            for (PreparedStatement ps : statements.values()) {
                ps.close();
            }
        }
    }

    /** Planner settings for {@link #KNOWN}, transaction-local, and what restores them. */
    static final String PLAN_LINEAR = "select set_config('enable_seqscan', 'off', true), "
            + "set_config('enable_nestloop', 'off', true)";
    static final String PLAN_AS_BEFORE = "select set_config('enable_seqscan', ?, true), "
            + "set_config('enable_nestloop', ?, true)";
    static final String PLAN_SETTINGS = "select current_setting('enable_seqscan'), current_setting('enable_nestloop')";

    /** Whether any of these rows' organisations has participants in the tenant already. */
    private static boolean anyInOrganisations(Connection con, UUID tenant, List<ParticipantRow> rows)
            throws SQLException {
        Set<String> organisations = new HashSet<>();
        for (ParticipantRow r : rows) {
            organisations.add(r.organisation().id());
        }
        try (PreparedStatement ps = con.prepareStatement(ANY_IN_ORGANISATIONS)) {
            ps.setObject(1, tenant);
            ps.setArray(2, con.createArrayOf("uuid", organisations.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /** Known ids by natural key among these rows. */
    private static Map<String, UUID> known(Connection con, UUID tenant, List<KeyedRow> chunk) throws SQLException {
        String[] before = new String[2];
        try (Statement st = con.createStatement()) {
            try (ResultSet rs = st.executeQuery(PLAN_SETTINGS)) {
                rs.next();
                for (int i = 0; i < before.length; i++) {
                    before[i] = rs.getString(i + 1);
                }
            }
            st.executeQuery(PLAN_LINEAR).close();
        }
        try {
            return knownByJoin(con, tenant, chunk);
        } finally {
            try (PreparedStatement restore = con.prepareStatement(PLAN_AS_BEFORE)) {
                for (int i = 0; i < before.length; i++) {
                    restore.setString(i + 1, before[i]);
                }
                restore.executeQuery().close();
            }
        }
    }

    private static Map<String, UUID> knownByJoin(Connection con, UUID tenant, List<KeyedRow> chunk)
            throws SQLException {
        Map<String, UUID> ids = new HashMap<>();
        try (PreparedStatement ps = con.prepareStatement(KNOWN)) {
            ps.setArray(1, con.createArrayOf("text", chunk.stream().map(KeyedRow::key).toArray()));
            ps.setObject(2, tenant);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.put(rs.getString(1), rs.getObject(2, UUID.class));
                }
            }
        }
        return ids;
    }

    /** UPSERT's parameters: tenant, the column arrays, joined on, import id. */
    private static void bindTail(PreparedStatement ps, String[] columns, UUID tenant, LocalDate joinedOn, UUID importId)
            throws SQLException {
        ps.setObject(1, tenant);
        ps.setObject(2, Date.valueOf(joinedOn));
        ps.setObject(3, importId, java.sql.Types.OTHER);
        bind(ps, 4, columns);
    }

    /** Binds the column arrays, each as the text of a PostgreSQL array (the statement casts it: {@code ?::text[]}). */
    private static int bind(PreparedStatement ps, int index, String[] columns) throws SQLException {
        for (String a : columns) {
            ps.setObject(index++, a, java.sql.Types.OTHER);
        }
        return index;
    }

    /** A row to write with its natural key ({@link ParticipantRow#naturalKeyString()}), built once per write. */
    record KeyedRow(ParticipantRow row, String key) {
    }

    /**
     * One text array per column of {@link #ROWS}, as the text PostgreSQL reads an array from ({@link #arrayText}):
     * pure Java, so that it can be made in another thread while the database writes the chunk before.
     */
    static String[] columns(List<KeyedRow> rows, Map<String, UUID> ids) {
        int n = rows.size();
        String[][] c = new String[24][n];
        for (int k = 0; k < n; k++) {
            ParticipantRow r = rows.get(k).row();
            boolean mentor = r.role().isMentor();
            boolean mentee = r.role().isMentee();
            String key = rows.get(k).key();
            c[0][k] = key;
            c[23][k] = ids.get(key).toString();
            c[1][k] = Participant.searchKey(r.surname(), r.name(), r.patronymic());
            c[2][k] = r.organisation().id();
            c[3][k] = r.category().name();
            c[4][k] = r.surname();
            c[5][k] = r.name();
            c[6][k] = r.patronymic();
            c[7][k] = r.birthDate().toString();
            c[8][k] = r.schoolClass() == null ? null : Integer.toString(r.schoolClass().grade());
            c[9][k] = r.schoolClass() == null || r.schoolClass().letter().isEmpty() ? null : r.schoolClass().letter();
            c[10][k] = r.pedagogicalStart() == null ? null : r.pedagogicalStart().toString();
            c[11][k] = r.company();
            c[12][k] = r.email();
            c[13][k] = r.phone();
            c[14][k] = Boolean.toString(mentor);
            c[15][k] = Boolean.toString(mentee);
            c[16][k] = mentor ? String.join(";", r.mentorCompetencies()) : "";
            c[17][k] = mentor && r.mentorCapacity() != null ? r.mentorCapacity().toString() : null;
            c[18][k] = mentee ? String.join(";", r.menteeRequests()) : "";
            c[19][k] = r.consentDate().toString();
            c[20][k] = Boolean.toString(r.consentGiver() == ConsentGiver.LEGAL_REPRESENTATIVE);
            c[21][k] = r.legalRepresentative();
            c[22][k] = mentor && r.mentorTrainingDate() != null ? r.mentorTrainingDate().toString() : null;
        }
        String[] arrays = new String[c.length];
        for (int i = 0; i < c.length; i++) {
            arrays[i] = arrayText(c[i]);
        }
        return arrays;
    }

    /** The text of a PostgreSQL text array (see {@link PostgresArrays#textArray(String[])}). */
    static String arrayText(String[] values) {
        return PostgresArrays.textArray(values);
    }

    /** A chunk's rows split into new and known keys, their ids (new ones made here) and the new rows' column arrays. */
    record ChunkPlan(List<KeyedRow> fresh, List<KeyedRow> known, Map<String, UUID> ids, String[] freshColumns) {
    }

    /** The plan of the chunk of {@code keyed} that begins at {@code from}. */
    static ChunkPlan plan(List<KeyedRow> keyed, int from, Map<String, UUID> registered) {
        List<KeyedRow> chunk = keyed.subList(from, Math.min(keyed.size(), from + CHUNK));
        List<KeyedRow> fresh = new ArrayList<>();
        List<KeyedRow> known = new ArrayList<>();
        Map<String, UUID> ids = new HashMap<>(chunk.size() * 2);
        for (KeyedRow r : chunk) {
            UUID id = registered.get(r.key());
            if (id == null) {
                ids.put(r.key(), TimeOrderedIds.next());
                fresh.add(r);
            } else {
                ids.put(r.key(), id);
                known.add(r);
            }
        }
        return new ChunkPlan(fresh, known, ids, fresh.isEmpty() ? null : columns(fresh, ids));
    }

    private static ChunkPlan await(Future<ChunkPlan> plan) throws SQLException {
        try {
            return plan.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SQLException("interrupted while preparing a chunk", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        }
    }
}
