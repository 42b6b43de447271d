package ru.nastavnik.pairing.adapter.out.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import ru.nastavnik.pairing.domain.Candidate;
import ru.nastavnik.pairing.domain.CandidateProjection;
import ru.nastavnik.pairing.domain.Organization;

/**
 * The candidate projection on {@code pairing.candidate} / {@code pairing.organization}: upserts that make every event
 * idempotent and tolerate out-of-order arrival (see {@link CandidateProjection}). Row-level security keeps each
 * tenant's rows apart; {@code tenant_id} comes from the transaction's tenant.
 */
@Component
class JdbcCandidateProjection implements CandidateProjection {

	private static final String COLUMNS = "id, organization_id, surname, name, patronymic, category, grade, age_band,"
			+ " birth_month, mentor,"
			+ " mentee, competencies, requests, capacity, trained, processing_consent, active, anonymised";

	private final JdbcClient jdbc;

	/**
	 * The insert of a set of registry snapshots — one array per column, unnested into rows {@code s} — and the part of
	 * its conflict update that registration and change share (names stay erased once anonymised); each caller appends
	 * the assignments where they differ. Competencies and requests travel as one text per row, the items separated by
	 * {@link #ITEM_SEPARATOR}.
	 */
	private static final String UPSERT_SNAPSHOTS = """
			insert into pairing.candidate (id, organization_id, surname, name, patronymic, category, grade, age_band,
			  birth_month, mentor, mentee, competencies, requests, capacity, trained, processing_consent, active,
			  snapshot_source)
			select s.id, s.org, s.surname, s.name, s.patronymic, s.category, s.grade, s.age_band, s.birth_month, s.mentor,
			  s.mentee, coalesce(string_to_array(s.competencies, chr(31)), '{}'),
			  coalesce(string_to_array(s.requests, chr(31)), '{}'), s.capacity, s.trained, s.consent, s.active, :source
			from unnest(:ids::uuid[], :orgs::uuid[], :surnames::text[], :names::text[], :patronymics::text[],
			  :categories::text[], :grades::int[], :ageBands::text[], :birthMonths::text[]::date[], :mentors::boolean[],
			  :mentees::boolean[], :competencies::text[], :requests::text[], :capacities::int[], :trained::boolean[],
			  :consents::boolean[], :active::boolean[])
			  as s(id, org, surname, name, patronymic, category, grade, age_band, birth_month, mentor, mentee, competencies,
			       requests, capacity, trained, consent, active)
			on conflict (id) do update set
			  organization_id = excluded.organization_id,
			  surname = case when candidate.anonymised then null else excluded.surname end,
			  name = case when candidate.anonymised then null else excluded.name end,
			  patronymic = case when candidate.anonymised then null else excluded.patronymic end,
			  category = excluded.category, grade = excluded.grade, age_band = excluded.age_band,
			  birth_month = case when candidate.anonymised then null else excluded.birth_month end,
			  mentor = excluded.mentor, mentee = excluded.mentee,
			""";

	/** Separates the items of a set inside one array element (the unit separator: never in a competency). */
	static final char ITEM_SEPARATOR = 31;

	JdbcCandidateProjection(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void registered(List<Snapshot> snapshots) {
		if (snapshots.isEmpty()) {
			return;
		}
		// a registration never overwrites a later ParticipantChanged; on a stub (profile/consent/left event first)
		// it fills the snapshot but keeps what the later events said
		jdbc.sql(UPSERT_SNAPSHOTS + """
				  competencies = case when candidate.mentor_profile_seen then candidate.competencies else excluded.competencies end,
				  capacity = case when candidate.mentor_profile_seen then candidate.capacity else excluded.capacity end,
				  trained = case when candidate.mentor_profile_seen then candidate.trained else excluded.trained end,
				  requests = case when candidate.mentee_profile_seen then candidate.requests else excluded.requests end,
				  processing_consent = excluded.processing_consent and not candidate.consent_withdrawn,
				  active = excluded.active and candidate.left_on is null,
				  snapshot_source = 'REGISTERED', updated_at = now()
				where candidate.snapshot_source is null
				""").paramSource(params(snapshots, "REGISTERED")).update();
	}

	@Override
	public void changed(List<Snapshot> snapshots) {
		if (snapshots.isEmpty()) {
			return;
		}
		jdbc.sql(UPSERT_SNAPSHOTS + """
				  competencies = excluded.competencies,
				  capacity = excluded.capacity, trained = excluded.trained, requests = excluded.requests,
				  processing_consent = excluded.processing_consent and not candidate.anonymised,
				  consent_withdrawn = not excluded.processing_consent,
				  active = excluded.active, left_on = case when excluded.active then null else candidate.left_on end,
				  snapshot_source = 'CHANGED', updated_at = now()
				""").paramSource(params(snapshots, "CHANGED")).update();
	}

	@Override
	public boolean firstApplication(UUID batchId) {
		return jdbc.sql("insert into pairing.applied_batch (batch_id) values (?) on conflict do nothing")
			.param(batchId)
			.update() == 1;
	}

	/** The snapshots' columns as arrays, in the order of the snapshots. */
	private static Map<String, Object> params(List<Snapshot> snapshots, String source) {
		int n = snapshots.size();
		var ids = new UUID[n];
		var orgs = new UUID[n];
		var surnames = new String[n];
		var names = new String[n];
		var patronymics = new String[n];
		var categories = new String[n];
		var grades = new Integer[n];
		var ageBands = new String[n];
		var birthMonths = new String[n]; // ISO dates, cast to date[] by the statement
		var mentors = new Boolean[n];
		var mentees = new Boolean[n];
		var competencies = new String[n];
		var requests = new String[n];
		var capacities = new Integer[n];
		var trained = new Boolean[n];
		var consents = new Boolean[n];
		var active = new Boolean[n];
		for (int i = 0; i < n; i++) {
			Snapshot s = snapshots.get(i);
			ids[i] = s.id();
			orgs[i] = s.organizationId();
			surnames[i] = s.surname();
			names[i] = s.name();
			patronymics[i] = s.patronymic();
			categories[i] = s.category();
			grades[i] = s.grade();
			ageBands[i] = s.ageBand();
			birthMonths[i] = s.birthMonth() == null ? null : s.birthMonth().atDay(1).toString();
			mentors[i] = s.mentor();
			mentees[i] = s.mentee();
			competencies[i] = String.join(String.valueOf(ITEM_SEPARATOR), array(s.competencies()));
			requests[i] = String.join(String.valueOf(ITEM_SEPARATOR), array(s.requests()));
			capacities[i] = s.capacity() == null ? 0 : Math.max(0, s.capacity());
			trained[i] = s.trained();
			consents[i] = s.processingConsent();
			active[i] = s.active();
		}
		var p = new LinkedHashMap<String, Object>();
		p.put("source", source);
		p.put("ids", ids);
		p.put("orgs", orgs);
		p.put("surnames", surnames);
		p.put("names", names);
		p.put("patronymics", patronymics);
		p.put("categories", categories);
		p.put("grades", grades);
		p.put("ageBands", ageBands);
		p.put("birthMonths", birthMonths);
		p.put("mentors", mentors);
		p.put("mentees", mentees);
		p.put("competencies", competencies);
		p.put("requests", requests);
		p.put("capacities", capacities);
		p.put("trained", trained);
		p.put("consents", consents);
		p.put("active", active);
		return p;
	}

	private static String[] array(Set<String> values) {
		return values == null ? new String[0] : values.stream().filter(v -> v != null && !v.isBlank()).sorted().toArray(String[]::new);
	}

	@Override
	public void mentorProfile(UUID participantId, Set<String> competencies, Integer capacity, boolean trained) {
		jdbc.sql("""
				insert into pairing.candidate (id, competencies, capacity, trained, mentor_profile_seen)
				values (:id, :competencies, :capacity, :trained, true)
				on conflict (id) do update set competencies = excluded.competencies, capacity = excluded.capacity,
				  trained = excluded.trained, mentor_profile_seen = true, updated_at = now()
				""")
			.param("id", participantId)
			.param("competencies", array(competencies))
			.param("capacity", capacity == null ? 0 : Math.max(0, capacity))
			.param("trained", trained)
			.update();
	}

	@Override
	public void menteeProfile(UUID participantId, Set<String> requests) {
		jdbc.sql("""
				insert into pairing.candidate (id, requests, mentee_profile_seen) values (:id, :requests, true)
				on conflict (id) do update set requests = excluded.requests, mentee_profile_seen = true, updated_at = now()
				""").param("id", participantId).param("requests", array(requests)).update();
	}

	@Override
	public void processingConsent(UUID participantId, boolean given) {
		jdbc.sql("""
				insert into pairing.candidate (id, processing_consent, consent_withdrawn) values (:id, :given, not :given)
				on conflict (id) do update set processing_consent = :given and not candidate.anonymised,
				  consent_withdrawn = not :given, updated_at = now()
				""").param("id", participantId).param("given", given).update();
	}

	@Override
	public void left(UUID participantId, LocalDate leftOn) {
		jdbc.sql("""
				insert into pairing.candidate (id, active, left_on) values (:id, false, :leftOn)
				on conflict (id) do update set active = false, left_on = excluded.left_on, updated_at = now()
				""").param("id", participantId).param("leftOn", leftOn == null ? LocalDate.now() : leftOn).update();
	}

	@Override
	public void anonymised(UUID participantId) {
		jdbc.sql("""
				insert into pairing.candidate (id, anonymised) values (:id, true)
				on conflict (id) do update set anonymised = true, surname = null, name = null, patronymic = null,
				  birth_month = null, processing_consent = false, updated_at = now()
				""").param("id", participantId).update();
	}

	@Override
	public void organization(Organization o) {
		jdbc.sql("""
				insert into pairing.organization (id, name, short_name, kind) values (:id, :name, :shortName, :kind)
				on conflict (id) do update set name = excluded.name, short_name = excluded.short_name, kind = excluded.kind
				""")
			.param("id", o.id())
			.param("name", o.name() == null ? "Организация" : o.name())
			.param("shortName", o.shortName())
			.param("kind", o.kind())
			.update();
	}

	@Override
	public Optional<Candidate> find(UUID participantId) {
		return jdbc.sql("select " + COLUMNS + " from pairing.candidate where id = :id")
			.param("id", participantId)
			.query(JdbcCandidateProjection::candidate)
			.optional();
	}

	@Override
	public List<Candidate> all(Optional<UUID> organizationId) {
		return jdbc.sql("select " + COLUMNS + " from pairing.candidate where category is not null"
				+ " and (cast(:org as uuid) is null or organization_id = :org) order by surname, name, id")
			.param("org", organizationId.orElse(null), java.sql.Types.OTHER)
			.query(JdbcCandidateProjection::candidate)
			.list();
	}

	@Override
	public Map<UUID, Candidate> byIds(Collection<UUID> ids) {
		var result = new LinkedHashMap<UUID, Candidate>();
		if (ids.isEmpty()) {
			return result;
		}
		jdbc.sql("select " + COLUMNS + " from pairing.candidate where id = any(:ids)")
			.param("ids", ids.toArray(UUID[]::new))
			.query(JdbcCandidateProjection::candidate)
			.list()
			.forEach(c -> result.put(c.id(), c));
		return result;
	}

	@Override
	public List<Candidate> matchableIn(UUID organizationId, Set<String> crossOrganizationMentorCategories) {
		return jdbc.sql("select " + COLUMNS + " from pairing.candidate"
				+ " where category is not null and active and processing_consent and not anonymised"
				+ " and (organization_id = :org or (mentor and category = any(:cross)))"
				+ " order by organization_id = :org desc, surname, name, id")
			.param("org", organizationId)
			.param("cross", crossOrganizationMentorCategories.toArray(String[]::new))
			.query(JdbcCandidateProjection::candidate)
			.list();
	}

	@Override
	public List<Organization> organizations() {
		return jdbc.sql("select id, name, short_name, kind from pairing.organization order by name")
			.query((rs, n) -> new Organization(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("short_name"), rs.getString("kind")))
			.list();
	}

	@Override
	public Optional<Organization> findOrganization(UUID id) {
		return jdbc.sql("select id, name, short_name, kind from pairing.organization where id = :id")
			.param("id", id)
			.query((rs, n) -> new Organization(rs.getObject("id", UUID.class), rs.getString("name"),
					rs.getString("short_name"), rs.getString("kind")))
			.optional();
	}

	private static Candidate candidate(ResultSet rs, int row) throws SQLException {
		return new Candidate(rs.getObject("id", UUID.class), rs.getObject("organization_id", UUID.class),
				rs.getString("surname"), rs.getString("name"), rs.getString("patronymic"), rs.getString("category"),
				(Integer) rs.getObject("grade"), rs.getString("age_band"), birthMonth(rs.getObject("birth_month", LocalDate.class)),
				rs.getBoolean("mentor"), rs.getBoolean("mentee"),
				strings(rs.getArray("competencies")), strings(rs.getArray("requests")), rs.getInt("capacity"),
				rs.getBoolean("trained"), rs.getBoolean("processing_consent"), rs.getBoolean("active"),
				rs.getBoolean("anonymised"));
	}

	private static YearMonth birthMonth(LocalDate firstDay) {
		return firstDay == null ? null : YearMonth.from(firstDay);
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}
}
