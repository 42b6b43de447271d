package ru.nastavnik.monitoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.modulith.test.ApplicationModuleTest;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import ru.nastavnik.monitoring.application.IndicatorService;
import ru.nastavnik.monitoring.application.ProjectionRebuild;
import ru.nastavnik.monitoring.domain.Forms;
import ru.nastavnik.monitoring.domain.IndicatorCatalogue;
import ru.nastavnik.pairing.PairDissolved;
import ru.nastavnik.pairing.PairsFixedByOrder;
import ru.nastavnik.platform.Role;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantCreated;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.registry.AgeBand;
import ru.nastavnik.registry.ContingentReported;
import ru.nastavnik.registry.OrganizationRegistered;
import ru.nastavnik.registry.ParticipantRegistered;
import ru.nastavnik.registry.ParticipantRole;

/**
 * National-scale benchmark (not a test: surefire skips {@code *Benchmark*}). Generates in SQL 2,300 municipalities in
 * 85 regions with 12 million participants: the participants as a plain table of facts (the naive baseline) and, derived
 * from the very same rows, monitoring's own projections (the pre-aggregated involvement counters, pairs by form,
 * contingent, indicator definitions with targets, roadmap totals). Then measures over HTTP, through the real security,
 * a region's summary and a tenant's indicators, against the naive aggregate query over the participant facts in the
 * same run; and the rebuild of one tenant's projections from 100,000 participants' events.
 *
 * <pre>./mvnw -B -pl modules/monitoring -am verify -Pmonitoring-benchmark -Dtest=MonitoringBenchmark -Dsurefire.failIfNoSpecifiedTests=false</pre>
 *
 * Scale: {@code -Dbench.participants=12000000 -Dbench.tenants=2300 -Dbench.regions=85 -Dbench.rebuild=100000}.
 */
@ApplicationModuleTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
// only under the monitoring-benchmark profile (which sets the scale), not when a focused run's -Dtest=Monitoring* matches it
@org.junit.jupiter.api.condition.EnabledIfSystemProperty(named = "bench.participants", matches = "\\d+")
class MonitoringBenchmark {

	static final long PARTICIPANTS = Long.getLong("bench.participants", 12_000_000L);

	static final int TENANTS = Integer.getInteger("bench.tenants", 2300);

	static final int REGIONS = Integer.getInteger("bench.regions", 85);

	static final int REBUILD_PARTICIPANTS = Integer.getInteger("bench.rebuild", 100_000);

	static final int SCHOOLS = 20;

	static final LocalDate DATE = LocalDate.of(2025, 12, 31);

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	DatabaseCoordinates db;

	@Autowired
	TenancyService tenancy;

	@Autowired
	IndicatorService indicators;

	@Autowired
	ProjectionRebuild rebuild;

	@Autowired
	ru.nastavnik.monitoring.domain.EventJournal journal;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Autowired
	ru.nastavnik.monitoring.application.RegionalSummaryService summaries;

	final StringBuilder report = new StringBuilder();

	void log(String format, Object... args) {
		String line = String.format(java.util.Locale.ROOT, format, args);
		System.out.println("[monitoring-benchmark] " + line);
		report.append(line).append('\n');
	}

	Connection superuser() throws Exception {
		// the embedded server's superuser bypasses row-level security: only the generator uses it
		return DriverManager.getConnection(db.url(), "postgres", "");
	}

	static UUID tenantUuid(int n) {
		return UUID.nameUUIDFromBytes(("bench-t" + n).getBytes(StandardCharsets.UTF_8));
	}

	static String region(int n) {
		return String.format("b%02d", n);
	}

	@Test
	void nationalScale() throws Exception {
		log("machine: %d cores, max heap %d MB", Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20);
		log("scale: %,d participants, %,d municipalities, %d regions", PARTICIPANTS, TENANTS, REGIONS);
		log("load average at start: %s", loadAverage());
		generate();
		log("load average before the HTTP measurements: %s", loadAverage());
		measureHttp();
		measureRebuild();
		log("load average at the end: %s", loadAverage());
		Path out = Path.of("target", "monitoring-benchmark.txt");
		Files.writeString(out, report.toString());
		System.out.println("[monitoring-benchmark] written to " + out.toAbsolutePath());
	}

	// ------------------------------------------------------------------ generation

	void generate() throws Exception {
		long start = System.nanoTime();
		try (Connection c = superuser(); Statement s = c.createStatement()) {
			s.execute("set work_mem = '256MB'");
			s.execute("set maintenance_work_mem = '512MB'");
			s.execute("create schema if not exists bench");
			s.execute("insert into platform.region (code, name) select 'b' || lpad(r::text, 2, '0'), 'Регион ' || r "
					+ "from generate_series(1, " + REGIONS + ") r on conflict do nothing");
			s.execute("create table bench.tenant (n int primary key, id uuid not null)");
			try (PreparedStatement p = c.prepareStatement("insert into bench.tenant values (?, ?)")) {
				for (int n = 1; n <= TENANTS; n++) {
					p.setInt(1, n);
					p.setObject(2, tenantUuid(n));
					p.addBatch();
				}
				p.executeBatch();
			}
			s.execute("insert into platform.tenant (id, slug, name, region_code, authority) select id, 'bt' || n, "
					+ "'Муниципалитет № ' || n, 'b' || lpad((1 + (n - 1) % " + REGIONS + ")::text, 2, '0'), 'Управление образования' "
					+ "from bench.tenant");
			long t0 = System.nanoTime();
			// the naive baseline: one row per participant (the facts the registry and pairing hold), clustered by tenant
			s.execute("""
					create unlogged table bench.participant_fact as
					with g as (
					  select i, 1 + ((i - 1) * %d / %d)::int tn, ((i * 7919) %% 1000)::int h, i %% 100 < 85 pupil from generate_series(1, %d::bigint) i
					)
					select t.id tenant_id, g.i participant_id, (g.i %% %d)::smallint school,
					  case when pupil then 'PUPIL' else 'TEACHER' end category,
					  case when pupil then (array['UNDER_10','FROM_10_TO_14','FROM_10_TO_14','FROM_15_TO_19'])[1 + (g.i / 100) %% 4]
					       when g.i %% 7 = 0 then 'FROM_20_TO_34' else 'FROM_35' end age_band,
					  (not pupil and g.i %% 7 = 0) young_teacher,
					  (not pupil and g.i %% 3 = 0) trained,
					  case when g.h >= 350 then null
					       when pupil then (case when g.h %% 2 = 0 then 'pupil-pupil' else 'teacher-pupil' end)
					       else (case when g.h %% 2 = 0 then 'teacher-teacher' else 'teacher-pupil' end) end form_code,
					  case when g.h >= 350 then null
					       when pupil then (case when g.h %% 2 = 0 and (g.i / 100) %% 4 = 3 and g.h %% 5 = 0 then 'MENTOR' else 'MENTEE' end)
					       when g.h %% 2 = 1 then 'MENTOR'
					       when g.i %% 7 = 0 then 'MENTEE' else 'MENTOR' end pair_role,
					  case when g.h >= 350 then null else date '2024-09-01' + ((g.h / 3) %% 6) * 60 end active_from,
					  case when g.h < 350 and g.h %% 20 = 0 then date '2024-09-01' + ((g.h / 3) %% 6) * 60 + 120 end active_to
					from g join bench.tenant t on t.n = g.tn
					""".formatted(TENANTS, PARTICIPANTS, PARTICIPANTS, SCHOOLS));
			long t1 = System.nanoTime();
			s.execute("create index participant_fact_tenant on bench.participant_fact (tenant_id)");
			s.execute("analyze bench.participant_fact");
			long t2 = System.nanoTime();
			log("generated %,d participant facts in %.1f s (+ index and analyze %.1f s)", PARTICIPANTS, sec(t1 - t0), sec(t2 - t1));

			// monitoring's projections, derived from the same rows: what the listeners build from the events
			s.execute("""
					insert into monitoring.involvement_tenant_delta
					  (tenant_id, form_code, pair_role, category, age_band, young_teacher, trained, day, delta)
					select f.tenant_id, b.form, b.role, f.category, f.age_band, f.young_teacher, f.trained, d.day, sum(d.delta)
					from bench.participant_fact f
					cross join lateral (values (f.form_code, f.pair_role), (f.form_code, '*'), ('*', f.pair_role), ('*', '*')) b(form, role)
					cross join lateral (values (f.active_from, 1), (f.active_to, -1)) d(day, delta)
					where f.form_code is not null and d.day is not null
					group by 1, 2, 3, 4, 5, 6, 7, 8 having sum(d.delta) <> 0
					""");
			s.execute("""
					insert into monitoring.pair_delta (tenant_id, form_code, day, delta)
					select f.tenant_id, f.form_code, d.day, sum(d.delta) from bench.participant_fact f
					cross join lateral (values (f.active_from, 1), (f.active_to, -1)) d(day, delta)
					where f.pair_role = 'MENTOR' and d.day is not null group by 1, 2, 3 having sum(d.delta) <> 0
					""");
			s.execute("""
					create table bench.school as
					select tenant_id, school, count(*) filter (where category = 'PUPIL') pupils,
					  count(*) filter (where category = 'PUPIL' and age_band in ('FROM_10_TO_14', 'FROM_15_TO_19')) p1019,
					  count(*) filter (where category = 'PUPIL' and age_band = 'FROM_15_TO_19') p1519,
					  count(*) filter (where category = 'TEACHER') teachers,
					  count(*) filter (where young_teacher) young
					from bench.participant_fact group by 1, 2
					""");
			s.execute("""
					insert into monitoring.contingent
					  (tenant_id, organization_id, school_year_start, pupils_total, pupils_10_19, pupils_15_19, teachers, young_teachers)
					select tenant_id, md5(tenant_id::text || '-' || school)::uuid, y, pupils, p1019, p1519, teachers, young
					from bench.school cross join (values (2024), (2025)) years(y)
					""");
			s.execute("""
					insert into monitoring.roadmap_progress
					  (tenant_id, roadmap_id, title, period_from, period_to, occurrences, done, in_progress, overdue, cancelled, as_of)
					select id, md5('roadmap' || n)::uuid, 'Дорожная карта внедрения целевой модели наставничества',
					  date '2024-09-01', date '2026-08-31', 40, n % 41, 3, n % 5, 1, date '2025-12-01' from bench.tenant
					""");
			long t3 = System.nanoTime();
			log("derived the projections (counters, pairs, contingent, roadmaps) in %.1f s", sec(t3 - t2));
		}
		// indicator definitions: seeded once as data (Sosnovka's targets), copied to every generated municipality
		TenantId first = new TenantId(tenantUuid(1));
		TenantContext.run(first, () -> indicators.seed("sosnovka"));
		try (Connection c = superuser(); Statement s = c.createStatement()) {
			s.execute("""
					insert into monitoring.indicator (tenant_id, id, code, name, description, source, sort_order, num_category,
					  num_pair_role, num_form_code, num_age_bands, num_young_teacher, num_trained, denominator)
					select t.id, gen_random_uuid(), i.code, i.name, i.description, i.source, i.sort_order, i.num_category,
					  i.num_pair_role, i.num_form_code, i.num_age_bands, i.num_young_teacher, i.num_trained, i.denominator
					from monitoring.indicator i cross join bench.tenant t where i.tenant_id = '%s' and t.n > 1
					""".formatted(first.value()));
			s.execute("""
					insert into monitoring.indicator_target (tenant_id, indicator_id, target_date, value)
					select n.tenant_id, n.id, tg.target_date, tg.value
					from monitoring.indicator n
					join bench.tenant t on t.id = n.tenant_id and t.n > 1
					join monitoring.indicator s on s.code = n.code and s.tenant_id = '%s'
					join monitoring.indicator_target tg on tg.indicator_id = s.id
					""".formatted(first.value()));
			for (String table : List.of("involvement_tenant_delta", "pair_delta", "contingent", "roadmap_progress", "indicator",
					"indicator_target")) {
				// what autovacuum does on a live database: statistics and the visibility map (index-only scans)
				s.execute("vacuum analyze monitoring." + table);
			}
			try (var rs = s.executeQuery("select (select count(*) from monitoring.involvement_tenant_delta), "
					+ "(select count(*) from monitoring.contingent), (select pg_total_relation_size('bench.participant_fact')), "
					+ "(select pg_total_relation_size('monitoring.involvement_tenant_delta'))")) {
				rs.next();
				log("projection rows: %,d counter cells, %,d contingent rows; sizes: participant facts %,d MB, counters %,d MB",
						rs.getLong(1), rs.getLong(2), rs.getLong(3) >> 20, rs.getLong(4) >> 20);
			}
		}
		log("generation total %.1f s", sec(System.nanoTime() - start));
	}

	// ------------------------------------------------------------------ HTTP vs the naive query

	static final String NAIVE = """
			select tenant_id,
			  count(distinct participant_id) filter (where category = 'PUPIL') pupils_involved,
			  count(distinct participant_id) filter (where category = 'PUPIL' and pair_role = 'MENTEE'
			    and age_band in ('FROM_10_TO_14', 'FROM_15_TO_19')) pupils_10_19_mentees,
			  count(distinct participant_id) filter (where category = 'PUPIL' and pair_role = 'MENTOR' and age_band = 'FROM_15_TO_19') pupils_15_19_mentors,
			  count(distinct participant_id) filter (where category = 'TEACHER' and pair_role = 'MENTEE' and young_teacher) young_mentees,
			  count(distinct participant_id) filter (where pair_role = 'MENTOR') mentors,
			  count(distinct participant_id) filter (where pair_role = 'MENTOR' and trained) trained_mentors,
			  count(*) filter (where pair_role = 'MENTOR' and form_code = 'pupil-pupil') pairs_pupil_pupil,
			  count(*) filter (where pair_role = 'MENTOR' and form_code = 'teacher-pupil') pairs_teacher_pupil,
			  count(*) filter (where pair_role = 'MENTOR' and form_code = 'teacher-teacher') pairs_teacher_teacher
			from bench.participant_fact
			where tenant_id = any (?) and form_code is not null and active_from <= ? and (active_to is null or active_to > ?)
			group by tenant_id
			""";

	void measureHttp() throws Exception {
		tenancy.createAccount(new TenancyService.NewAccount("bench-minobr", "bench-pass", "Министерство (бенчмарк)",
				Role.MINISTRY_VIEWER, null, region(1), null));
		tenancy.createAccount(new TenancyService.NewAccount("bench-coordinator", "bench-pass", "Координатор (бенчмарк)",
				Role.COORDINATOR, new TenantId(tenantUuid(1)), null, null));
		var ministry = signIn("bench-minobr");
		var coordinator = signIn("bench-coordinator");
		String summaryUrl = "/api/regions/" + region(1) + "/summary?date=" + DATE;
		String indicatorsUrl = "/api/bt1/monitoring/indicators?date=" + DATE;

		JsonNode summary = JSON.readTree(get(ministry, summaryUrl));
		int municipalities = summary.get("municipalities").size();
		JsonNode tenant = JSON.readTree(get(coordinator, indicatorsUrl));
		int apiInvolved = -1;
		for (JsonNode v : tenant.get("indicators")) {
			if (v.get("code").asString().equals(IndicatorCatalogue.PUPILS_INVOLVED)) {
				apiInvolved = v.get("numerator").asInt();
			}
		}

		var regionTenants = new ArrayList<UUID>();
		for (int n = 1; n <= TENANTS; n++) {
			if ((n - 1) % REGIONS == 0) {
				regionTenants.add(tenantUuid(n));
			}
		}
		try (Connection c = superuser()) {
			c.setReadOnly(true);
			int naiveInvolved;
			try (var p = naive(c, List.of(tenantUuid(1))); var rs = p.executeQuery()) {
				rs.next();
				naiveInvolved = rs.getInt("pupils_involved");
			}
			log("check: municipality bt1 pupils involved on %s — API %d, naive query %d", DATE, apiInvolved, naiveInvolved);
			assertThat(apiInvolved).isEqualTo(naiveInvolved);
			assertThat(municipalities).isEqualTo(regionTenants.size());

			explain(regionTenants);
			double[] inProcess = time(10, 100, () -> summaries.summary(region(1), DATE).municipalities().size() + "");
			log("region summary in process (service call, no HTTP): p50 %.1f ms, p95 %.1f ms", pct(inProcess, 50), pct(inProcess, 95));
			double[] httpSummary = time(30, 200, () -> get(ministry, summaryUrl));
			double[] httpIndicators = time(30, 300, () -> get(coordinator, indicatorsUrl));
			double[] naiveRegion = time(3, 30, () -> runNaive(c, regionTenants));
			double[] naiveTenant = time(5, 100, () -> runNaive(c, List.of(tenantUuid(1))));
			log("region summary (%d municipalities) over HTTP: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (target p95 < 100 ms)",
					municipalities, pct(httpSummary, 50), pct(httpSummary, 95), pct(httpSummary, 99));
			log("naive aggregate over the region's participant facts (SQL only, no HTTP): p50 %.1f ms, p95 %.1f ms",
					pct(naiveRegion, 50), pct(naiveRegion, 95));
			log("ratio naive p95 / HTTP p95 (region): %.1f", pct(naiveRegion, 95) / pct(httpSummary, 95));
			log("tenant indicators over HTTP: p50 %.1f ms, p95 %.1f ms, p99 %.1f ms (target p95 < 50 ms)",
					pct(httpIndicators, 50), pct(httpIndicators, 95), pct(httpIndicators, 99));
			log("naive aggregate over one municipality's participant facts (SQL only): p50 %.1f ms, p95 %.1f ms",
					pct(naiveTenant, 50), pct(naiveTenant, 95));
			log("ratio naive p95 / HTTP p95 (tenant): %.1f", pct(naiveTenant, 95) / pct(httpIndicators, 95));
			double[] naiveNational = time(0, 1, () -> runNaiveAll(c));
			log("naive aggregate over all %,d participant facts (every region's summary at once, SQL only): %.0f ms",
					PARTICIPANTS, naiveNational[0]);
		}
	}

	/** The plan of the summary's main read, as the application role under row-level security for the region. */
	void explain(List<UUID> regionTenants) throws Exception {
		try (Connection c = DriverManager.getConnection(db.url(), db.appUsername(), db.appPassword())) {
			c.setAutoCommit(false);
			try (var p = c.prepareStatement("select set_config('app.tenant_ids', ?, true)")) {
				p.setString(1, String.join(",", regionTenants.stream().map(UUID::toString).toList()));
				p.execute();
			}
			var queries = List.of(
					"select tenant_id g, form_code, pair_role, category, age_band, young_teacher, trained, sum(delta)::int n "
							+ "from monitoring.involvement_tenant_delta where day <= date '" + DATE + "' group by tenant_id, form_code, "
							+ "pair_role, category, age_band, young_teacher, trained having sum(delta) <> 0",
					"select * from monitoring.indicator order by tenant_id, sort_order, code",
					"select indicator_id, target_date, value from monitoring.indicator_target",
					"select tenant_id, sum(pupils_total) from monitoring.contingent where school_year_start = 2025 group by tenant_id",
					"select tenant_id, form_code, sum(delta)::int n from monitoring.pair_delta where day <= date '" + DATE
							+ "' group by tenant_id, form_code having sum(delta) <> 0",
					"select tenant_id, sum(done) from monitoring.roadmap_progress group by tenant_id");
			for (String query : queries) {
				try (var s = c.createStatement(); var rs = s.executeQuery("explain (analyze, buffers) " + query)) {
					var plan = new StringBuilder();
					while (rs.next()) {
						plan.append("    ").append(rs.getString(1)).append('\n');
					}
					log("plan (application role, RLS over the region's tenants) of: %s%n%s", query, plan);
				}
			}
			c.rollback();
		}
	}

	PreparedStatement naive(Connection c, List<UUID> tenants) throws Exception {
		var p = c.prepareStatement(NAIVE);
		p.setArray(1, c.createArrayOf("uuid", tenants.toArray()));
		p.setObject(2, DATE);
		p.setObject(3, DATE);
		return p;
	}

	String runNaive(Connection c, List<UUID> tenants) throws Exception {
		int rows = 0;
		try (var p = naive(c, tenants); var rs = p.executeQuery()) {
			while (rs.next()) {
				rows++;
			}
		}
		return Integer.toString(rows);
	}

	String runNaiveAll(Connection c) throws Exception {
		try (var s = c.createStatement(); var rs = s.executeQuery(NAIVE.replace("tenant_id = any (?) and ", "")
			.replace("active_from <= ? and (active_to is null or active_to > ?)",
					"active_from <= date '" + DATE + "' and (active_to is null or active_to > date '" + DATE + "')"))) {
			int rows = 0;
			while (rs.next()) {
				rows++;
			}
			return Integer.toString(rows);
		}
	}

	// ------------------------------------------------------------------ rebuild

	void measureRebuild() throws Exception {
		UUID id = UUID.nameUUIDFromBytes("bench-rebuild".getBytes(StandardCharsets.UTF_8));
		try (Connection c = superuser(); Statement s = c.createStatement()) {
			s.execute("insert into platform.tenant (id, slug, name, region_code, authority) values ('" + id
					+ "', 'bench-rebuild', 'Муниципалитет для пересборки', '" + region(REGIONS) + "', 'УО')");
		}
		TenantId tenant = new TenantId(id);
		TenantContext.run(tenant, () -> indicators.seed("sosnovka"));
		var random = new java.util.Random(42);
		var events = new ArrayList<Object>();
		int schools = 40;
		var schoolIds = new UUID[schools];
		for (int i = 0; i < schools; i++) {
			schoolIds[i] = UUID.randomUUID();
			events.add(new OrganizationRegistered(tenant, schoolIds[i], "МБОУ СОШ № " + (i + 1), "СОШ № " + (i + 1), "школа"));
			events.add(new ContingentReported(tenant, schoolIds[i], 2025, 2500, 1800, 700, 300, 40));
		}
		int teachers = REBUILD_PARTICIPANTS * 15 / 100;
		var pupils = new ArrayList<UUID>();
		var olderPupils = new ArrayList<UUID>();
		var teacherIds = new ArrayList<UUID>();
		var schoolOf = new java.util.HashMap<UUID, UUID>();
		for (int i = 0; i < REBUILD_PARTICIPANTS; i++) {
			UUID p = UUID.randomUUID();
			UUID school = schoolIds[i % schools];
			schoolOf.put(p, school);
			if (i < teachers) {
				boolean young = i % 7 == 0;
				events.add(new ParticipantRegistered(tenant, MonitoringEvents.teacher(p, school, young, i % 3 == 0,
						young ? ParticipantRole.MENTEE : ParticipantRole.MENTOR)));
				teacherIds.add(p);
			}
			else {
				AgeBand band = i % 3 == 0 ? AgeBand.FROM_15_TO_19 : AgeBand.FROM_10_TO_14;
				events.add(new ParticipantRegistered(tenant, MonitoringEvents.pupil(p, school, band,
						band == AgeBand.FROM_15_TO_19 ? ParticipantRole.MENTOR : ParticipantRole.MENTEE)));
				(band == AgeBand.FROM_15_TO_19 ? olderPupils : pupils).add(p);
			}
		}
		// pairs: pupil–pupil (older pupil mentors a younger one), teacher–pupil groups of 5 (overlapping the first: those
		// pupils count once), teacher–teacher; 1,000 pairs dissolved later
		var involvedPupils = new HashSet<UUID>();
		var pairs = new ArrayList<PairsFixedByOrder.FixedPair>();
		int peerPairs = Math.min(olderPupils.size(), pupils.size() / 2);
		for (int i = 0; i < peerPairs; i++) {
			UUID mentor = olderPupils.get(i);
			UUID mentee = pupils.get(i);
			pairs.add(MonitoringEvents.pair(UUID.randomUUID(), Forms.PUPIL_PUPIL, schoolOf.get(mentee), mentor, "PUPIL", mentee, "PUPIL"));
			involvedPupils.add(mentor);
			involvedPupils.add(mentee);
		}
		var youngTeachers = new ArrayList<UUID>();
		var experienced = new ArrayList<UUID>();
		for (int i = 0; i < teacherIds.size(); i++) {
			(i % 7 == 0 ? youngTeachers : experienced).add(teacherIds.get(i));
		}
		for (int g = 0; g < experienced.size() / 2; g++) {
			var mentees = new ArrayList<PairsFixedByOrder.Member>();
			for (int k = 0; k < 5; k++) {
				UUID pupil = pupils.get(random.nextInt(pupils.size()));
				mentees.add(new PairsFixedByOrder.Member(pupil, "PUPIL"));
				involvedPupils.add(pupil);
			}
			UUID teacher = experienced.get(g);
			pairs.add(new PairsFixedByOrder.FixedPair(UUID.randomUUID(), Forms.TEACHER_PUPIL, "учитель–ученик",
					schoolOf.get(teacher), new PairsFixedByOrder.Member(teacher, "TEACHER"), mentees));
		}
		for (int i = 0; i < youngTeachers.size(); i++) {
			UUID mentor = experienced.get(experienced.size() / 2 + i % (experienced.size() - experienced.size() / 2));
			pairs.add(MonitoringEvents.pair(UUID.randomUUID(), Forms.TEACHER_TEACHER, schoolOf.get(youngTeachers.get(i)),
					mentor, "TEACHER", youngTeachers.get(i), "TEACHER"));
		}
		for (int from = 0; from < pairs.size(); from += 1000) {
			events.add(new PairsFixedByOrder(tenant, UUID.randomUUID(), "П-" + from, LocalDate.of(2025, 9, 15),
					UUID.randomUUID(), null, pairs.subList(from, Math.min(pairs.size(), from + 1000))));
		}
		for (int i = 0; i < 1000 && i < peerPairs; i++) {
			var p = pairs.get(i);
			events.add(new PairDissolved(tenant, p.pairId(), p.formCode(), p.organizationId(), p.mentor().participantId(),
					p.mentees().stream().map(PairsFixedByOrder.Member::participantId).toList(), LocalDate.of(2026, 1, 20),
					"переезд"));
		}
		long t0 = System.nanoTime();
		var result = TenantContext.get(tenant, () -> rebuild.rebuild(events));
		long t1 = System.nanoTime();
		int involved = TenantContext.get(tenant, () -> indicators.values(DATE, null, null)).stream()
			.filter(v -> v.code().equals(IndicatorCatalogue.PUPILS_INVOLVED)).findFirst().orElseThrow().numerator();
		log("rebuild of one municipality from %,d events (%,d participants, %,d pairs and groups): %.1f s, %,d counter cells (target < 60 s)",
				result.events(), result.participants(), result.pairs(), sec(t1 - t0), result.counterCells());
		log("check: pupils involved after the rebuild %d, expected (distinct pupils in pairs) %d", involved, involvedPupils.size());
		assertThat(involved).isEqualTo(involvedPupils.size());
		// a second rebuild from the same events gives the same (replay is idempotent)
		long t2 = System.nanoTime();
		TenantContext.get(tenant, () -> rebuild.rebuild(events));
		long t3 = System.nanoTime();
		int again = TenantContext.get(tenant, () -> indicators.values(DATE, null, null)).stream()
			.filter(v -> v.code().equals(IndicatorCatalogue.PUPILS_INVOLVED)).findFirst().orElseThrow().numerator();
		log("second rebuild from the same events: %.1f s, pupils involved %d", sec(t3 - t2), again);
		assertThat(again).isEqualTo(involved);
		// the same events in monitoring's journal, as the listeners would have left them (not timed), then the rebuild
		// a coordinator starts: read the journal, turn each row back into its event, rebuild
		TenantContext.run(tenant, () -> transactions.executeWithoutResult(tx -> {
			journal.append(new TenantCreated(tenant, "bench-rebuild", "Муниципалитет для пересборки", region(REGIONS), "УО",
					false));
			events.forEach(journal::append);
		}));
		long t4 = System.nanoTime();
		var fromJournal = TenantContext.get(tenant, () -> rebuild.rebuildFromJournal());
		long t5 = System.nanoTime();
		int journaled = TenantContext.get(tenant, () -> indicators.values(DATE, null, null)).stream()
			.filter(v -> v.code().equals(IndicatorCatalogue.PUPILS_INVOLVED)).findFirst().orElseThrow().numerator();
		log("rebuild from monitoring's journal (%,d journaled events: read, deserialised, rebuilt): %.1f s, pupils involved %d "
				+ "(target < 60 s)", fromJournal.events(), sec(t5 - t4), journaled);
		assertThat(journaled).isEqualTo(involved);
	}

	// ------------------------------------------------------------------ HTTP and timing helpers

	record Session(HttpClient client) {
	}

	Session signIn(String username) throws Exception {
		var client = HttpClient.newBuilder().cookieHandler(new CookieManager()).followRedirects(HttpClient.Redirect.NEVER)
			.connectTimeout(Duration.ofSeconds(5)).build();
		String form = client.send(HttpRequest.newBuilder(uri("/login")).GET().build(), HttpResponse.BodyHandlers.ofString())
			.body();
		var m = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(form);
		if (!m.find()) {
			m = Pattern.compile("value=\"([^\"]+)\"\\s+name=\"_csrf\"").matcher(form);
			assertThat(m.find()).as("CSRF token on the sign-in page").isTrue();
		}
		String body = "username=" + enc(username) + "&password=" + enc("bench-pass") + "&_csrf=" + enc(m.group(1));
		var response = client.send(HttpRequest.newBuilder(uri("/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.discarding());
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElse("")).doesNotContain("error");
		return new Session(client);
	}

	String get(Session session, String path) throws Exception {
		var response = session.client().send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json").GET().build(),
				HttpResponse.BodyHandlers.ofString());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(path + " → " + response.statusCode() + ": " + response.body());
		}
		return response.body();
	}

	URI uri(String path) {
		return URI.create("http://localhost:" + port + path);
	}

	static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	interface Call {
		String run() throws Exception;
	}

	static double[] time(int warmup, int runs, Call call) throws Exception {
		for (int i = 0; i < warmup; i++) {
			call.run();
		}
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long t = System.nanoTime();
			call.run();
			ms[i] = (System.nanoTime() - t) / 1e6;
		}
		Arrays.sort(ms);
		return ms;
	}

	static double pct(double[] sorted, int p) {
		int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	static String loadAverage() {
		try {
			return Files.readString(Path.of("/proc/loadavg")).strip();
		}
		catch (Exception e) {
			return "unknown";
		}
	}

	static double sec(long nanos) {
		return nanos / 1e9;
	}
}
