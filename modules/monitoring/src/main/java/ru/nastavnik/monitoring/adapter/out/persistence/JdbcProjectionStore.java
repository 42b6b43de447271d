package ru.nastavnik.monitoring.adapter.out.persistence;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
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
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import ru.nastavnik.monitoring.domain.ContingentFigures;
import ru.nastavnik.monitoring.domain.Involvement;
import ru.nastavnik.monitoring.domain.InvolvementBucket;
import ru.nastavnik.monitoring.domain.InvolvementCounts;
import ru.nastavnik.monitoring.domain.Membership;
import ru.nastavnik.monitoring.domain.Organization;
import ru.nastavnik.monitoring.domain.PairRecord;
import ru.nastavnik.monitoring.domain.PairRole;
import ru.nastavnik.monitoring.domain.ParticipantRecord;
import ru.nastavnik.monitoring.domain.ProgrammeRecord;
import ru.nastavnik.monitoring.domain.ProjectionStore;
import ru.nastavnik.monitoring.domain.RoadmapTotals;
import ru.nastavnik.platform.TenantContext;

/** The projections and counters on PostgreSQL (schema {@code monitoring}), under row-level security. */
@Repository
class JdbcProjectionStore implements ProjectionStore {

	/** Participants without a known organisation are counted under this one in the school counters. */
	static final UUID NO_ORGANIZATION = new UUID(0, 0);

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	JdbcProjectionStore(JdbcClient jdbc, JdbcTemplate template) {
		this.jdbc = jdbc;
		this.template = template;
	}

	private static UUID tenant() {
		return TenantContext.require().value();
	}

	private static LocalDate date(ResultSet rs, String column) throws SQLException {
		Date d = rs.getDate(column);
		return d == null ? null : d.toLocalDate();
	}

	@Override
	public void lockTenant() {
		UUID t = tenant();
		jdbc.sql("select pg_advisory_xact_lock(?)").param(t.getMostSignificantBits() ^ t.getLeastSignificantBits())
			.query((rs, i) -> 1).list();
	}

	// ------------------------------------------------------------------ organisations, contingent

	@Override
	public void saveOrganization(Organization o, String kind) {
		jdbc.sql("""
				insert into monitoring.organization (tenant_id, id, name, short_name, kind) values (?, ?, ?, ?, ?)
				on conflict (id) do update set name = excluded.name, short_name = excluded.short_name, kind = excluded.kind""")
			.params(tenant(), o.id(), o.name(), o.shortName(), kind)
			.update();
	}

	@Override
	public List<Organization> organizations() {
		return jdbc.sql("select id, name, short_name from monitoring.organization order by name")
			.query((rs, i) -> new Organization(rs.getObject("id", UUID.class), rs.getString("name"), rs.getString("short_name")))
			.list();
	}

	@Override
	public void saveContingent(UUID organizationId, int year, ContingentFigures f) {
		jdbc.sql("""
				insert into monitoring.contingent (tenant_id, organization_id, school_year_start, pupils_total, pupils_10_19,
				  pupils_15_19, teachers, young_teachers) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (organization_id, school_year_start) do update set pupils_total = excluded.pupils_total,
				  pupils_10_19 = excluded.pupils_10_19, pupils_15_19 = excluded.pupils_15_19, teachers = excluded.teachers,
				  young_teachers = excluded.young_teachers""")
			.params(tenant(), organizationId, year, f.pupilsTotal(), f.pupils10to19(), f.pupils15to19(), f.teachers(),
					f.youngTeachers())
			.update();
	}

	private static ContingentFigures figures(ResultSet rs) throws SQLException {
		int p15 = rs.getInt("p15");
		Integer pupils15 = rs.wasNull() || rs.getInt("p15_missing") > 0 ? null : p15;
		return new ContingentFigures(rs.getInt("pupils"), rs.getInt("p10"), pupils15, rs.getInt("teachers"), rs.getInt("young"));
	}

	private static final String FIGURES = """
			sum(pupils_total) pupils, sum(pupils_10_19) p10, sum(pupils_15_19) p15,
			count(*) filter (where pupils_15_19 is null) p15_missing, sum(teachers) teachers, sum(young_teachers) young""";

	@Override
	public Map<UUID, ContingentFigures> contingent(int year) {
		var out = new LinkedHashMap<UUID, ContingentFigures>();
		jdbc.sql("select organization_id id, " + FIGURES + " from monitoring.contingent where school_year_start = ? group by organization_id")
			.param(year)
			.query(rs -> {
				out.put(rs.getObject("id", UUID.class), figures(rs));
			});
		return out;
	}

	@Override
	public Map<UUID, ContingentFigures> contingentByTenant(int year) {
		var out = new LinkedHashMap<UUID, ContingentFigures>();
		jdbc.sql("select tenant_id id, " + FIGURES + " from monitoring.contingent where school_year_start = ? group by tenant_id")
			.param(year)
			.query(rs -> {
				out.put(rs.getObject("id", UUID.class), figures(rs));
			});
		return out;
	}

	// ------------------------------------------------------------------ participants and pairs

	private static ParticipantRecord participant(ResultSet rs) throws SQLException {
		String roles = rs.getString("roles");
		return new ParticipantRecord(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("category"), rs.getString("age_band"),
				roles == null || roles.isEmpty() ? Set.of() : Set.of(roles.split(",")), rs.getBoolean("young_teacher"),
				rs.getBoolean("mentor_trained"), rs.getBoolean("active"), date(rs, "joined_on"), date(rs, "left_on"),
				rs.getBoolean("anonymised"));
	}

	@Override
	public Optional<ParticipantRecord> participant(UUID id) {
		return jdbc.sql("select * from monitoring.participant where id = ?").param(id).query((rs, i) -> participant(rs)).optional();
	}

	@Override
	public Map<UUID, ParticipantRecord> participants(Collection<UUID> ids) {
		var out = new HashMap<UUID, ParticipantRecord>();
		if (ids.isEmpty()) {
			return out;
		}
		jdbc.sql("select * from monitoring.participant where id = any(?)").param(ids.toArray(UUID[]::new)).query(rs -> {
			var p = participant(rs);
			out.put(p.id(), p);
		});
		return out;
	}

	private static final String PARTICIPANT_UPSERT = """
			insert into monitoring.participant (tenant_id, id, organization_id, category, age_band, roles, young_teacher,
			  mentor_trained, active, joined_on, left_on, anonymised) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (id) do update set organization_id = excluded.organization_id, category = excluded.category,
			  age_band = excluded.age_band, roles = excluded.roles, young_teacher = excluded.young_teacher,
			  mentor_trained = excluded.mentor_trained, active = excluded.active, joined_on = excluded.joined_on,
			  left_on = excluded.left_on, anonymised = excluded.anonymised""";

	private static Object[] participantRow(UUID tenant, ParticipantRecord p) {
		return new Object[] { tenant, p.id(), p.organizationId(), p.category(), p.ageBand(),
				p.roles().stream().sorted().collect(Collectors.joining(",")), p.youngTeacher(), p.mentorTrained(),
				p.active(), p.joinedOn(), p.leftOn(), p.anonymised() };
	}

	@Override
	public void saveParticipant(ParticipantRecord p) {
		template.update(PARTICIPANT_UPSERT, participantRow(tenant(), p));
	}

	@Override
	public void saveSnapshots(List<ParticipantRecord> snapshots) {
		if (snapshots.isEmpty()) {
			return;
		}
		int n = snapshots.size();
		var ids = new UUID[n];
		var orgs = new UUID[n];
		var categories = new String[n];
		var ageBands = new String[n];
		var roles = new String[n];
		var young = new Boolean[n];
		var trained = new Boolean[n];
		var active = new Boolean[n];
		var joined = new String[n];
		for (int i = 0; i < n; i++) {
			ParticipantRecord p = snapshots.get(i);
			ids[i] = p.id();
			orgs[i] = p.organizationId();
			categories[i] = p.category();
			ageBands[i] = p.ageBand();
			roles[i] = p.roles().stream().sorted().collect(Collectors.joining(","));
			young[i] = p.youngTeacher();
			trained[i] = p.mentorTrained();
			active[i] = p.active();
			joined[i] = p.joinedOn() == null ? null : p.joinedOn().toString();
		}
		jdbc.sql("""
				insert into monitoring.participant (tenant_id, id, organization_id, category, age_band, roles, young_teacher,
				  mentor_trained, active, joined_on)
				select :tenant, s.id, s.organization_id, s.category, s.age_band, s.roles, s.young_teacher, s.mentor_trained,
				  s.active, s.joined_on::date
				from unnest(:ids::uuid[], :orgs::uuid[], :categories::text[], :ageBands::text[],
				  :roles::text[], :young::boolean[], :trained::boolean[], :active::boolean[], :joined::text[])
				  as s(id, organization_id, category, age_band, roles, young_teacher, mentor_trained, active, joined_on)
				on conflict (id) do update set organization_id = excluded.organization_id, category = excluded.category,
				  age_band = excluded.age_band, roles = excluded.roles, young_teacher = excluded.young_teacher,
				  mentor_trained = excluded.mentor_trained,
				  active = excluded.active and monitoring.participant.left_on is null, joined_on = excluded.joined_on""")
			.param("tenant", tenant())
			.param("ids", ids)
			.param("orgs", orgs)
			.param("categories", categories)
			.param("ageBands", ageBands)
			.param("roles", roles)
			.param("young", young)
			.param("trained", trained)
			.param("active", active)
			.param("joined", joined)
			.update();
	}

	@Override
	public Map<UUID, List<Membership>> memberships(Collection<UUID> participantIds) {
		var out = new HashMap<UUID, List<Membership>>();
		if (participantIds.isEmpty()) {
			return out;
		}
		jdbc.sql("""
				select m.participant_id, m.pair_id, p.form_code, m.member_role, p.active_from, p.active_to
				from monitoring.pair_member m join monitoring.pair p on p.id = m.pair_id
				where m.participant_id = any(?)""")
			.param(participantIds.toArray(UUID[]::new))
			.query(rs -> {
				out.computeIfAbsent(rs.getObject("participant_id", UUID.class), k -> new ArrayList<>())
					.add(new Membership(rs.getObject("pair_id", UUID.class), rs.getString("form_code"),
							PairRole.valueOf(rs.getString("member_role")), date(rs, "active_from"), date(rs, "active_to")));
			});
		return out;
	}

	private static PairRecord pair(ResultSet rs) throws SQLException {
		return new PairRecord(rs.getObject("id", UUID.class), rs.getString("form_code"), rs.getString("form_name"),
				rs.getObject("organization_id", UUID.class), rs.getObject("programme_id", UUID.class),
				rs.getObject("order_id", UUID.class), rs.getString("order_number"), date(rs, "active_from"),
				date(rs, "active_to"), rs.getString("status"));
	}

	@Override
	public Optional<PairRecord> pair(UUID id) {
		return jdbc.sql("select * from monitoring.pair where id = ?").param(id).query((rs, i) -> pair(rs)).optional();
	}

	private static final String PAIR_UPSERT = """
			insert into monitoring.pair (tenant_id, id, form_code, form_name, organization_id, programme_id, order_id,
			  order_number, active_from, active_to, status) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (id) do update set form_code = excluded.form_code, form_name = excluded.form_name,
			  organization_id = excluded.organization_id, programme_id = coalesce(excluded.programme_id, monitoring.pair.programme_id),
			  order_id = coalesce(excluded.order_id, monitoring.pair.order_id),
			  order_number = coalesce(excluded.order_number, monitoring.pair.order_number),
			  active_from = least(excluded.active_from, monitoring.pair.active_from),
			  active_to = coalesce(excluded.active_to, monitoring.pair.active_to),
			  status = case when excluded.active_to is null and monitoring.pair.active_to is not null
			    then monitoring.pair.status else excluded.status end""";

	private static final String MEMBER_UPSERT = """
			insert into monitoring.pair_member (tenant_id, pair_id, participant_id, member_role, category) values (?, ?, ?, ?, ?)
			on conflict (pair_id, participant_id, member_role) do update set category = coalesce(excluded.category, monitoring.pair_member.category)""";

	private static Object[] pairRow(UUID tenant, PairRecord p) {
		return new Object[] { tenant, p.id(), p.formCode(), p.formName(), p.organizationId(), p.programmeId(),
				p.orderId(), p.orderNumber(), p.activeFrom(), p.activeTo(), p.status() };
	}

	@Override
	public void savePair(PairRecord p, List<Member> members) {
		UUID tenant = tenant();
		template.update(PAIR_UPSERT, pairRow(tenant, p));
		template.batchUpdate(MEMBER_UPSERT, members.stream()
			.map(m -> new Object[] { tenant, m.pairId(), m.participantId(), m.role().name(), m.category() })
			.toList());
	}

	@Override
	public List<Member> members(UUID pairId) {
		return jdbc.sql("select pair_id, participant_id, member_role, category from monitoring.pair_member where pair_id = ?")
			.param(pairId)
			.query((rs, i) -> new Member(rs.getObject("pair_id", UUID.class), rs.getObject("participant_id", UUID.class),
					PairRole.valueOf(rs.getString("member_role")), rs.getString("category")))
			.list();
	}

	// ------------------------------------------------------------------ counters

	private static final String SCHOOL_DELTA = """
			insert into monitoring.involvement_school_delta (tenant_id, organization_id, form_code, pair_role, category,
			  age_band, young_teacher, trained, day, delta) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (tenant_id, organization_id, form_code, pair_role, category, age_band, young_teacher, trained, day)
			do update set delta = monitoring.involvement_school_delta.delta + excluded.delta""";

	private static final String TENANT_DELTA = """
			insert into monitoring.involvement_tenant_delta (tenant_id, form_code, pair_role, category, age_band,
			  young_teacher, trained, day, delta) values (?, ?, ?, ?, ?, ?, ?, ?, ?)
			on conflict (tenant_id, form_code, pair_role, category, age_band, young_teacher, trained, day)
			do update set delta = monitoring.involvement_tenant_delta.delta + excluded.delta""";

	private static final String PAIR_DELTA = """
			insert into monitoring.pair_delta (tenant_id, form_code, day, delta) values (?, ?, ?, ?)
			on conflict (tenant_id, form_code, day) do update set delta = monitoring.pair_delta.delta + excluded.delta""";

	@Override
	public void addInvolvement(Map<Involvement.DeltaKey, Integer> deltas) {
		if (deltas.isEmpty()) {
			return;
		}
		UUID tenant = tenant();
		var school = new ArrayList<Object[]>();
		var byBucketDay = new HashMap<List<Object>, Integer>();
		deltas.forEach((key, delta) -> {
			var b = key.bucket();
			UUID org = key.organizationId() == null ? NO_ORGANIZATION : key.organizationId();
			school.add(new Object[] { tenant, org, b.formCode(), b.pairRole(), b.category(), b.ageBand(), b.youngTeacher(),
					b.trained(), key.day(), delta });
			byBucketDay.merge(Arrays.asList(b.formCode(), b.pairRole(), b.category(), b.ageBand(), b.youngTeacher(),
					b.trained(), key.day()), delta, Integer::sum);
		});
		// a fixed order of rows keeps concurrent writers from deadlocking
		school.sort((a, b) -> Arrays.toString(a).compareTo(Arrays.toString(b)));
		template.batchUpdate(SCHOOL_DELTA, school);
		var rows = new ArrayList<Object[]>();
		byBucketDay.forEach((k, delta) -> {
			if (delta != 0) {
				var row = new ArrayList<Object>();
				row.add(tenant);
				row.addAll(k);
				row.add(delta);
				rows.add(row.toArray());
			}
		});
		rows.sort((a, b) -> Arrays.toString(a).compareTo(Arrays.toString(b)));
		template.batchUpdate(TENANT_DELTA, rows);
	}

	@Override
	public void addPairs(Map<PairDeltaKey, Integer> deltas) {
		UUID tenant = tenant();
		var rows = new ArrayList<Object[]>();
		deltas.forEach((k, d) -> {
			if (d != 0) {
				rows.add(new Object[] { tenant, k.formCode(), k.day(), d });
			}
		});
		template.batchUpdate(PAIR_DELTA, rows);
	}

	private static final String BUCKET_SUM = """
			form_code, pair_role, category, age_band, young_teacher, trained, sum(delta)::int n""";

	private static InvolvementBucket bucket(ResultSet rs) throws SQLException {
		return new InvolvementBucket(rs.getString("form_code"), rs.getString("pair_role"), rs.getString("category"),
				rs.getString("age_band"), rs.getBoolean("young_teacher"), rs.getBoolean("trained"));
	}

	@Override
	public InvolvementCounts tenantCounts(LocalDate date) {
		var map = new HashMap<InvolvementBucket, Integer>();
		jdbc.sql("select " + BUCKET_SUM + " from monitoring.involvement_tenant_delta where day <= ? "
				+ "group by form_code, pair_role, category, age_band, young_teacher, trained having sum(delta) <> 0")
			.param(date)
			.query(rs -> {
				map.put(bucket(rs), rs.getInt("n"));
			});
		return new InvolvementCounts(map);
	}

	@Override
	public Map<UUID, InvolvementCounts> schoolCounts(LocalDate date) {
		return grouped("organization_id", "monitoring.involvement_school_delta", date);
	}

	@Override
	public Map<UUID, InvolvementCounts> countsByTenant(LocalDate date) {
		return grouped("tenant_id", "monitoring.involvement_tenant_delta", date);
	}

	private Map<UUID, InvolvementCounts> grouped(String column, String table, LocalDate date) {
		var maps = new HashMap<UUID, Map<InvolvementBucket, Integer>>();
		jdbc.sql("select " + column + " g, " + BUCKET_SUM + " from " + table + " where day <= ? group by " + column
				+ ", form_code, pair_role, category, age_band, young_teacher, trained having sum(delta) <> 0")
			.param(date)
			.query(rs -> {
				maps.computeIfAbsent(rs.getObject("g", UUID.class), k -> new HashMap<>()).put(bucket(rs), rs.getInt("n"));
			});
		var out = new HashMap<UUID, InvolvementCounts>();
		maps.forEach((k, v) -> out.put(k, new InvolvementCounts(v)));
		return out;
	}

	@Override
	public Map<String, Integer> activePairsByForm(LocalDate date) {
		var out = new TreeMap<String, Integer>();
		jdbc.sql("select form_code, sum(delta)::int n from monitoring.pair_delta where day <= ? group by form_code having sum(delta) <> 0")
			.param(date)
			.query(rs -> {
				out.put(rs.getString("form_code"), rs.getInt("n"));
			});
		return out;
	}

	@Override
	public Map<UUID, Map<String, Integer>> activePairsByTenant(LocalDate date) {
		var out = new HashMap<UUID, Map<String, Integer>>();
		jdbc.sql("select tenant_id, form_code, sum(delta)::int n from monitoring.pair_delta where day <= ? "
				+ "group by tenant_id, form_code having sum(delta) <> 0")
			.param(date)
			.query(rs -> {
				out.computeIfAbsent(rs.getObject("tenant_id", UUID.class), k -> new TreeMap<>())
					.put(rs.getString("form_code"), rs.getInt("n"));
			});
		return out;
	}

	@Override
	public Map<String, Integer> participantsByForm(LocalDate date) {
		var out = new TreeMap<String, Integer>();
		jdbc.sql("select form_code, sum(delta)::int n from monitoring.involvement_tenant_delta where day <= ? and pair_role = '*' "
				+ "and form_code <> '*' group by form_code having sum(delta) <> 0")
			.param(date)
			.query(rs -> {
				out.put(rs.getString("form_code"), rs.getInt("n"));
			});
		return out;
	}

	// ------------------------------------------------------------------ readiness facts

	@Override
	public void saveProgramme(UUID id, UUID organizationId, String title, Set<String> formCodes, LocalDate from, LocalDate to) {
		jdbc.sql("""
				insert into monitoring.programme (tenant_id, id, organization_id, title, form_codes, period_from, period_to)
				values (?, ?, ?, ?, ?, ?, ?)
				on conflict (id) do update set organization_id = excluded.organization_id, title = excluded.title,
				  form_codes = excluded.form_codes, period_from = excluded.period_from, period_to = excluded.period_to""")
			.params(tenant(), id, organizationId, title, String.join(",", formCodes == null ? Set.of() : formCodes), from, to)
			.update();
	}

	@Override
	public void closeProgramme(UUID id, LocalDate closedOn) {
		jdbc.sql("""
				insert into monitoring.programme (tenant_id, id, closed_on) values (?, ?, ?)
				on conflict (id) do update set closed_on = excluded.closed_on""")
			.params(tenant(), id, closedOn)
			.update();
	}

	@Override
	public List<ProgrammeRecord> programmes() {
		return jdbc.sql("""
				select p.id, p.organization_id, p.title, coalesce(o.short_name, o.name) organization_name, p.closed_on
				from monitoring.programme p left join monitoring.organization o on o.id = p.organization_id
				where p.title is not null
				order by p.closed_on is not null, p.title, p.id""")
			.query((rs, i) -> new ProgrammeRecord(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
					rs.getString("title"), rs.getString("organization_name"), rs.getObject("closed_on", LocalDate.class)))
			.list();
	}

	@Override
	public Set<UUID> organizationsWithProgramme(LocalDate date) {
		return new HashSet<>(jdbc.sql("""
				select distinct organization_id from monitoring.programme
				where organization_id is not null and (period_from is null or period_from <= ?)""")
			.param(date)
			.query(UUID.class)
			.list());
	}

	@Override
	public Set<UUID> organizationsWithPairs() {
		return new HashSet<>(jdbc.sql("select distinct organization_id from monitoring.pair where order_id is not null and organization_id is not null")
			.query(UUID.class)
			.list());
	}

	@Override
	public void saveCurator(UUID organizationId, String orderNumber, LocalDate orderDate) {
		jdbc.sql("""
				insert into monitoring.curator (tenant_id, organization_id, order_number, order_date) values (?, ?, ?, ?)
				on conflict (organization_id) do update set order_number = excluded.order_number, order_date = excluded.order_date""")
			.params(tenant(), organizationId, orderNumber, orderDate)
			.update();
	}

	@Override
	public Set<UUID> organizationsWithCurator() {
		return new HashSet<>(jdbc.sql("select organization_id from monitoring.curator").query(UUID.class).list());
	}

	@Override
	public void saveRoadmapAdopted(UUID roadmapId, String title, LocalDate from, LocalDate to, String orderNumber,
			LocalDate orderDate, int occurrences) {
		jdbc.sql("""
				insert into monitoring.roadmap_progress (tenant_id, roadmap_id, title, period_from, period_to, order_number,
				  order_date, occurrences) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (roadmap_id) do update set title = excluded.title, period_from = excluded.period_from,
				  period_to = excluded.period_to, order_number = excluded.order_number, order_date = excluded.order_date,
				  occurrences = greatest(monitoring.roadmap_progress.occurrences, excluded.occurrences)""")
			.params(tenant(), roadmapId, title, from, to, orderNumber, orderDate, occurrences)
			.update();
	}

	@Override
	public void saveRoadmapProgress(UUID roadmapId, RoadmapTotals t, LocalDate asOf) {
		// progress events may arrive out of order: only a newer (or same-day) report replaces the totals
		jdbc.sql("""
				insert into monitoring.roadmap_progress (tenant_id, roadmap_id, occurrences, done, in_progress, overdue,
				  cancelled, as_of) values (?, ?, ?, ?, ?, ?, ?, ?)
				on conflict (roadmap_id) do update set occurrences = excluded.occurrences, done = excluded.done,
				  in_progress = excluded.in_progress, overdue = excluded.overdue, cancelled = excluded.cancelled,
				  as_of = excluded.as_of
				where monitoring.roadmap_progress.as_of is null or monitoring.roadmap_progress.as_of <= excluded.as_of""")
			.params(tenant(), roadmapId, t.occurrences(), t.done(), t.inProgress(), t.overdue(), t.cancelled(), asOf)
			.update();
	}

	@Override
	public boolean roadmapAdopted() {
		return jdbc.sql("select count(*) from monitoring.roadmap_progress where title is not null")
			.query(Long.class).single() > 0;
	}

	private static RoadmapTotals totals(ResultSet rs) throws SQLException {
		return new RoadmapTotals(rs.getInt("occurrences"), rs.getInt("done"), rs.getInt("in_progress"),
				rs.getInt("overdue"), rs.getInt("cancelled"));
	}

	private static final String TOTALS = """
			coalesce(sum(occurrences), 0)::int occurrences, coalesce(sum(done), 0)::int done,
			coalesce(sum(in_progress), 0)::int in_progress, coalesce(sum(overdue), 0)::int overdue,
			coalesce(sum(cancelled), 0)::int cancelled""";

	@Override
	public RoadmapTotals roadmapTotals() {
		return jdbc.sql("select " + TOTALS + " from monitoring.roadmap_progress").query((rs, i) -> totals(rs)).single();
	}

	@Override
	public Map<UUID, RoadmapTotals> roadmapTotalsByTenant() {
		var out = new HashMap<UUID, RoadmapTotals>();
		jdbc.sql("select tenant_id, " + TOTALS + " from monitoring.roadmap_progress group by tenant_id").query(rs -> {
			out.put(rs.getObject("tenant_id", UUID.class), totals(rs));
		});
		return out;
	}

	// ------------------------------------------------------------------ rebuild

	@Override
	public void reset() {
		for (String table : List.of("involvement_school_delta", "involvement_tenant_delta", "pair_delta", "pair_member",
				"pair", "participant")) {
			jdbc.sql("delete from monitoring." + table + " where tenant_id = ?").param(tenant()).update();
		}
	}

	@Override
	public void bulkLoad(Collection<ParticipantRecord> participants, Collection<PairRecord> pairs,
			Collection<Member> members, Map<Involvement.DeltaKey, Integer> involvement,
			Map<PairDeltaKey, Integer> pairDeltas) {
		UUID tenant = tenant();
		batch(PARTICIPANT_UPSERT, participants.stream().map(p -> participantRow(tenant, p)).toList());
		batch(PAIR_UPSERT, pairs.stream().map(p -> pairRow(tenant, p)).toList());
		batch(MEMBER_UPSERT, members.stream()
			.map(m -> new Object[] { tenant, m.pairId(), m.participantId(), m.role().name(), m.category() })
			.toList());
		addInvolvement(involvement);
		addPairs(pairDeltas);
	}

	private void batch(String sql, List<Object[]> rows) {
		for (int from = 0; from < rows.size(); from += 5000) {
			template.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 5000)));
		}
	}
}
