package ru.nastavnik.app.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

import com.jayway.jsonpath.JsonPath;

import ru.nastavnik.NastavnikApplication;
import ru.nastavnik.app.GeneratedRegister;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.platform.db.DatabaseCoordinates;
import ru.nastavnik.platform.security.NastavnikPrincipal;
import ru.nastavnik.platform.tenancy.TenancyService;
import ru.nastavnik.platform.test.QuietServer;
import ru.nastavnik.platform.test.TestUsers;
import ru.nastavnik.registry.application.ImportService;
import ru.nastavnik.registry.application.OrganizationService;
import ru.nastavnik.registry.domain.ImportJob;
import ru.nastavnik.registry.domain.ImportStatus;
import ru.nastavnik.registry.domain.OrganizationKind;

/**
 * Issue 13's targets, measured in one run (one JVM) on the same generated file:
 * <ol>
 * <li><b>module level</b>: the registry alone with the platform (nobody listens to its events), the import through
 * {@link ImportService#importNow} into a fresh municipality — the baseline;</li>
 * <li><b>whole application</b>: the demo application (every module), the same file over
 * {@code POST /api/{tenant}/registry/imports} into a fresh municipality: how long the request takes, how long after it
 * returns every listener (pairing, monitoring, publication, roadmap) is done — the import's own follow-up,
 * {@code GET …/imports/{id}}, polled every 20 ms until it no longer says «catching up» — how many event publications the
 * import's events were stored as (as the import reports it; on main, which does not, PostgreSQL's count of inserted
 * rows), and what every module holds afterwards;</li>
 * <li>a <b>re-import</b> of the same file into the same municipality in the whole application: its time, and the same
 * counts in every module (no duplicated effect).</li>
 * </ol>
 * Both run at once, each on its own database of the one embedded server, their rounds interleaved (the order swapped
 * every round), each round started on a quiet server (no autovacuum worker busy, a checkpoint taken).
 * Rows default to 100,000, one warm-up and five measured rounds of each. Not a test (surefire skips
 * {@code *Benchmark*}); run with
 * {@code ./mvnw -B -q -pl app -am verify -DskipTests -Dapp-import-benchmark [-Dapp-import-benchmark.rows=100000]}.
 */
public final class WholeApplicationImportBenchmark {

	static final int ROUNDS = 5;

	static final String PASSWORD = "bench-secret";

	private WholeApplicationImportBenchmark() {
	}

	/**
	 * The registry alone with the platform, as its module tests boot it: nobody listens to its events. (Spring
	 * Modulith's runtime view of the modules needs the application class, which this is not; nothing here uses it.)
	 */
	@EnableAutoConfiguration(excludeName = {
			"org.springframework.modulith.runtime.autoconfigure.SpringModulithRuntimeAutoConfiguration",
			"org.springframework.modulith.actuator.autoconfigure.ApplicationModulesEndpointConfiguration" })
	@AutoConfigurationPackage(basePackages = { "ru.nastavnik.registry", "ru.nastavnik.platform" })
	@ComponentScan(basePackages = "ru.nastavnik.registry")
	static class RegistryAlone {
	}

	public static void main(String[] args) throws Exception {
		int rows = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Europe/Moscow"));
		byte[] csv = GeneratedRegister.csv(rows, today);
		Path file = Files.createTempFile("whole-app-import", ".csv");
		Files.write(file, csv);
		System.out.printf(Locale.ROOT, "Java %s, %d CPUs, max heap %d MiB; CSV %.1f MiB, %,d rows%n",
				System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(),
				Runtime.getRuntime().maxMemory() >> 20, csv.length / 1048576.0, rows);
		String[] common = { "--server.port=0", "--logging.level.root=WARN", "--spring.main.banner-mode=off",
				"--logging.level.ru.nastavnik.registry.application.ImportService=INFO",
				// where the listeners' time goes, chunk by chunk
				"--logging.level.ru.nastavnik.pairing.application.CandidateListener=DEBUG",
				"--logging.level.ru.nastavnik.monitoring.application.ProjectionListeners=DEBUG",
				"--logging.level.ru.nastavnik.publication.application.RegistryFacts=DEBUG",
				"--logging.level.ru.nastavnik.registry.adapter.out.persistence.JdbcParticipantStore=DEBUG" };

		double[] module = new double[ROUNDS];
		double[] request = new double[ROUNDS];
		double[] listeners = new double[ROUNDS];
		double[] ratios = new double[ROUNDS];
		// both running at once on the one embedded server (each its own database), their rounds interleaved — the
		// order swapped every round — and each round started on a quiet server: no autovacuum worker left from the
		// rounds before, a checkpoint just taken. So neither side pays for the other's (or its own earlier rounds')
		// background work, and both see the machine's load of the same minutes.
		try (ConfigurableApplicationContext alone = SpringApplication.run(RegistryAlone.class, common);
			 ConfigurableApplicationContext app = SpringApplication.run(NastavnikApplication.class, common)) {
			DatabaseCoordinates db = app.getBean(DatabaseCoordinates.class);
			TenancyService tenancy = app.getBean(TenancyService.class);
			String base = "http://127.0.0.1:" + ((WebServerApplicationContext) app).getWebServer().getPort();
			awaitNoPublications(db);
			String slug = null;
			for (int r = -1; r < ROUNDS; r++) {
				slug = "bencha" + (r + 2);
				TestUsers.newTenantWithCoordinator(tenancy, slug, "Бенчмарк " + slug, PASSWORD);
				registerOrganisations(base, slug);
				boolean moduleFirst = (r & 1) != 0;
				double s = 0;
				if (moduleFirst) {
					s = moduleRound(alone, db, r, file, rows);
				}
				System.out.printf(Locale.ROOT, "whole application, round %d: quiet after %.1f s%n", r, QuietServer.await(db));
				Measured m = wholeImport(db, base, slug, file);
				Map<String, Long> counts = counts(db, tenancy.bySlug(slug).orElseThrow().id());
				System.out.printf(Locale.ROOT, "whole application, round %d: request %.2f s, every listener done %.2f s "
						+ "after it; %d event publications; %s%n", r, m.request(), m.listeners(), m.publications(), counts);
				check(counts, rows);
				if (!moduleFirst) {
					s = moduleRound(alone, db, r, file, rows);
				}
				if (r >= 0) {
					module[r] = s;
					request[r] = m.request();
					listeners[r] = m.listeners();
					ratios[r] = m.request() / s;
					System.out.printf(Locale.ROOT, "round %d: request / module level %.2f (load average %s)%n", r,
							ratios[r], Files.readString(Path.of("/proc/loadavg")).trim());
				}
			}
			// the same file again into the last municipality: nothing new anywhere
			TenantId last = tenancy.bySlug(slug).orElseThrow().id();
			Map<String, Long> before = counts(db, last);
			QuietServer.await(db);
			Measured again = wholeImport(db, base, slug, file);
			Map<String, Long> after = counts(db, last);
			System.out.printf(Locale.ROOT, "re-import of the same file: request %.2f s, listeners done %.2f s after it, "
					+ "%d event publications; counts before %s, after %s — %s%n", again.request(), again.listeners(),
					again.publications(), before, after, before.equals(after) ? "unchanged" : "CHANGED");
			if (!before.equals(after)) {
				throw new IllegalStateException("the re-import changed what the modules hold");
			}
			// the listeners' floor: what the three projections' rows cost the database alone
			TenantId floor = TestUsers.newTenantWithCoordinator(tenancy, "benchafloor", "Бенчмарк: пол", PASSWORD);
			awaitNoPublications(db);
			QuietServer.await(db);
			double[] f = listenersFloor(db, last, floor);
			System.out.printf(Locale.ROOT, "the listeners' floor — the last round's candidates, people and monitoring's "
					+ "participants copied by bare INSERT … SELECT into another municipality, the three at once on three "
					+ "connections: pairing %.2f s, publication %.2f s, monitoring %.2f s, all three done after %.2f s%n",
					f[0], f[1], f[2], f[3]);
		}
		double m = median(module);
		double q = median(request);
		System.out.printf(Locale.ROOT, "%n%,d rows: module-level import median %.2f s; whole-application request median "
				+ "%.2f s (ratio %.2f; the rounds' own ratios %s, median %.2f — target ≤ 1.3); every listener done median %.2f s after the "
				+ "request (target ≤ 2 s)%n", rows, m, q, q / m, Arrays.toString(ratios), median(ratios), median(listeners));
		System.exit(0);
	}

	record Measured(double request, double listeners, int publications) {
	}

	/** One round of the registry alone, on a quiet server; seconds. */
	static double moduleRound(ConfigurableApplicationContext alone, DatabaseCoordinates db, int r, Path file, int rows)
			throws Exception {
		System.out.printf(Locale.ROOT, "module level, round %d: quiet after %.1f s%n", r, QuietServer.await(db));
		double s = moduleImport(alone, "benchm" + (r + 2), file, rows);
		System.out.printf(Locale.ROOT, "module level, round %d: import %.2f s%n", r, s);
		return s;
	}

	/**
	 * The rows the three listening modules wrote for {@code source}, already typed, inserted again by the application
	 * role under row-level security into {@code target} with bare {@code INSERT … SELECT}s (no conflict handling, no
	 * Java, no events) — each on its own connection, the three at once, as the listeners run: seconds of each and until
	 * all three committed. What the listeners' 2 s would have to include whatever they do.
	 */
	static double[] listenersFloor(DatabaseCoordinates db, TenantId source, TenantId target) throws Exception {
		String newId = "('f' || substr(%s::text, 2))::uuid";
		String[] statements = {
			"insert into pairing.candidate (id, organization_id, surname, name, patronymic, category, grade, age_band, "
				+ "mentor, mentee, competencies, requests, capacity, trained, processing_consent, active, snapshot_source) "
				+ "select " + newId.formatted("id") + ", organization_id, surname, name, patronymic, category, grade, "
				+ "age_band, mentor, mentee, competencies, requests, capacity, trained, processing_consent, active, "
				+ "snapshot_source from pairing.candidate where tenant_id = '" + source.value() + "'",
			"insert into publication.person (tenant_id, participant_id, organization_id, surname, name, patronymic, minor, "
				+ "mentor, positive_experience, publication_consent, active) select platform.current_tenant_id(), "
				+ newId.formatted("participant_id") + ", organization_id, surname, name, patronymic, minor, mentor, "
				+ "positive_experience, publication_consent, active from publication.person where tenant_id = '"
				+ source.value() + "'",
			"insert into monitoring.participant (tenant_id, id, organization_id, category, age_band, roles, young_teacher, "
				+ "mentor_trained, active, joined_on) select platform.current_tenant_id(), " + newId.formatted("id")
				+ ", organization_id, category, age_band, roles, young_teacher, mentor_trained, active, joined_on "
				+ "from monitoring.participant where tenant_id = '" + source.value() + "'" };
		double[] seconds = new double[statements.length + 1];
		var threads = new ArrayList<Thread>();
		var failures = new java.util.concurrent.ConcurrentLinkedQueue<Exception>();
		long start = System.nanoTime();
		for (int k = 0; k < statements.length; k++) {
			int i = k;
			Thread thread = new Thread(() -> {
				try (Connection app = DriverManager.getConnection(db.url(), db.appUsername(), db.appPassword());
					 Statement s = app.createStatement()) {
					app.setAutoCommit(false);
					long t = System.nanoTime();
					s.execute("select set_config('app.tenant_id', '" + target.value() + "', true), set_config("
							+ "'app.tenant_ids', '" + source.value() + "," + target.value() + "', true)");
					s.executeUpdate(statements[i]);
					app.commit();
					seconds[i] = (System.nanoTime() - t) / 1e9;
				}
				catch (Exception e) {
					failures.add(e);
				}
			});
			thread.start();
			threads.add(thread);
		}
		for (Thread t : threads) {
			t.join();
		}
		seconds[statements.length] = (System.nanoTime() - start) / 1e9;
		if (!failures.isEmpty()) {
			throw failures.peek();
		}
		return seconds;
	}

	/** The file through the import use case of the registry alone, into a fresh municipality; seconds. */
	static double moduleImport(ConfigurableApplicationContext ctx, String slug, Path file, int rows) throws Exception {
		TenancyService tenancy = ctx.getBean(TenancyService.class);
		TenantId tenant = TestUsers.newTenantWithCoordinator(tenancy, slug, "Бенчмарк " + slug, PASSWORD);
		var principal = new NastavnikPrincipal(TestUsers.currentUser(tenancy, slug), "n/a", true);
		SecurityContextHolder.getContext().setAuthentication(
				UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities()));
		OrganizationService organizations = ctx.getBean(OrganizationService.class);
		ImportService imports = ctx.getBean(ImportService.class);
		return TenantContext.get(tenant, () -> {
			for (String name : names()) {
				organizations.register(new OrganizationService.OrganizationCommand("Учреждение " + name, name,
						name.equals(GeneratedRegister.COLLEGE) ? OrganizationKind.COLLEGE : OrganizationKind.SCHOOL));
			}
			try {
				Path copy = Files.createTempFile("module-import", ".csv");
				Files.copy(file, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
				long start = System.nanoTime();
				ImportJob job = imports.importNow(new ImportService.Upload("bench.csv", copy));
				double seconds = (System.nanoTime() - start) / 1e9;
				if (job.status() != ImportStatus.DONE || job.created() != rows) {
					throw new IllegalStateException("module import: " + job.status() + " " + job.message() + " "
							+ job.errors().stream().limit(3).toList());
				}
				return seconds;
			}
			catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		});
	}

	static List<String> names() {
		var names = new ArrayList<>(GeneratedRegister.SCHOOLS);
		names.add(GeneratedRegister.COLLEGE);
		return names;
	}

	static void registerOrganisations(String base, String slug) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		for (String name : names()) {
			String body = "{\"name\":\"Учреждение " + name.replace("\"", "\\\"") + "\",\"shortName\":\""
					+ name.replace("\"", "\\\"") + "\",\"kind\":\""
					+ (name.equals(GeneratedRegister.COLLEGE) ? "COLLEGE" : "SCHOOL") + "\"}";
			HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/api/" + slug
					+ "/registry/organizations")).header("Authorization", basic(slug)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
			if (r.statusCode() / 100 != 2) {
				throw new IllegalStateException("organisation: HTTP " + r.statusCode() + " " + r.body());
			}
		}
	}

	/**
	 * The file over the API; then the import's follow-up polled until every listener is done. The request time is
	 * the client's; the listeners' time counts from the response. The import signs in with HTTP Basic (as an API client
	 * does), the polling with a session of the sign-in form (so that it does not check a password 50 times a second).
	 */
	static Measured wholeImport(DatabaseCoordinates db, String base, String slug, Path file) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpClient session = signedIn(base, slug);
		String boundary = "bench" + UUID.randomUUID();
		byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"bench.csv\"\r\n"
				+ "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8);
		byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
		HttpRequest upload = HttpRequest.newBuilder(URI.create(base + "/api/" + slug + "/registry/imports"))
			.header("Authorization", basic(slug)).header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArrays(List.of(head, Files.readAllBytes(file), tail))).build();
		long insertedBefore = settledInserts(db);
		long start = System.nanoTime();
		HttpResponse<String> response = http.send(upload, HttpResponse.BodyHandlers.ofString());
		long returned = System.nanoTime();
		if (response.statusCode() != 200) {
			throw new IllegalStateException("import: HTTP " + response.statusCode() + " " + response.body());
		}
		String id = JsonPath.read(response.body(), "$.id");
		Integer reported = JsonPath.<java.util.Map<String, Object>>read(response.body(), "$").containsKey("eventPublications")
				? JsonPath.read(response.body(), "$.eventPublications") : null;
		HttpRequest status = HttpRequest.newBuilder(URI.create(base + "/api/" + slug + "/registry/imports/" + id))
			.header("Accept", "application/json").build();
		long done;
		while (true) {
			String body = session.send(status, HttpResponse.BodyHandlers.ofString()).body();
			// the import's own follow-up; an application without it (main before issue 13): the outbox is empty
			boolean caughtUp = reported != null ? !JsonPath.<Boolean>read(body, "$.followUp.catchingUp") : pending(db) == 0;
			if (caughtUp) {
				done = System.nanoTime();
				break;
			}
			if (reported != null && JsonPath.<Integer>read(body, "$.followUp.failed") > 0) {
				throw new IllegalStateException("a listener failed: " + body);
			}
			Thread.sleep(20); // a benchmark's poll interval, not a test's wait
		}
		// an application without the count (main before issue 13): what PostgreSQL counted, once its statistics settled
		int publications = reported != null ? reported : (int) (settledInserts(db) - insertedBefore);
		return new Measured((returned - start) / 1e9, (done - returned) / 1e9, publications);
	}

	/** Rows ever inserted into the event publication table, once the statistics have not moved for 11 s. */
	static long settledInserts(DatabaseCoordinates db) throws Exception {
		long last = publicationsInserted(db);
		while (true) {
			Thread.sleep(11_000); // an idle backend flushes its statistics within 10 s
			long now = publicationsInserted(db);
			if (now == last) {
				return now;
			}
			last = now;
		}
	}

	/** Rows ever inserted into the event publication table (PostgreSQL's statistics). */
	static long publicationsInserted(DatabaseCoordinates db) throws Exception {
		try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
			 Statement s = owner.createStatement();
			 ResultSet rs = s.executeQuery("select n_tup_ins from pg_stat_user_tables "
					 + "where schemaname = 'platform' and relname = 'event_publication'")) {
			rs.next();
			return rs.getLong(1);
		}
	}

	static int pending(DatabaseCoordinates db) throws Exception {
		try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
			 Statement s = owner.createStatement();
			 ResultSet rs = s.executeQuery("select count(*) from platform.event_publication where completion_date is null")) {
			rs.next();
			return rs.getInt(1);
		}
	}

	/** A client with the session of the sign-in form (the CSRF token of the form, then the credentials). */
	static HttpClient signedIn(String base, String user) throws Exception {
		HttpClient http = HttpClient.newBuilder().cookieHandler(new java.net.CookieManager())
			.followRedirects(HttpClient.Redirect.NEVER).build();
		String form = http.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		var csrf = java.util.regex.Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"").matcher(form);
		if (!csrf.find()) {
			throw new IllegalStateException("no CSRF token on the sign-in page");
		}
		HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/login"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + PASSWORD + "&_csrf=" + csrf.group(1)))
			.build(), HttpResponse.BodyHandlers.ofString());
		if (r.statusCode() != 302 || r.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("sign-in failed: " + r.statusCode());
		}
		return http;
	}

	static String basic(String user) {
		return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
	}

	/** What every module holds of the municipality (as the schema owner, inside its tenant). */
	static Map<String, Long> counts(DatabaseCoordinates db, TenantId tenant) throws Exception {
		var queries = new LinkedHashMap<String, String>();
		queries.put("registry participants", "select count(*) from registry.participant");
		queries.put("registry consents", "select count(*) from registry.consent");
		queries.put("registry audit", "select count(*) from registry.audit_entry");
		queries.put("pairing candidates", "select count(*) from pairing.candidate");
		queries.put("pairing chunks", "select count(*) from pairing.applied_batch");
		queries.put("monitoring participants", "select count(*) from monitoring.participant");
		queries.put("monitoring journal", "select count(*) from monitoring.event_journal");
		queries.put("publication people", "select count(*) from publication.person");
		queries.put("publication chunks", "select count(*) from publication.applied_batch");
		queries.put("roadmap evidence", "select count(*) from roadmap.evidence where kind = 'EVENT'");
		var out = new LinkedHashMap<String, Long>();
		try (Connection owner = DriverManager.getConnection(db.url(), db.ownerUsername(), db.ownerPassword());
			 Statement s = owner.createStatement()) {
			s.execute("select set_config('app.tenant_ids', '" + tenant.value() + "', false), "
					+ "set_config('app.tenant_id', '" + tenant.value() + "', false)");
			for (var q : queries.entrySet()) {
				String table = q.getValue().substring(q.getValue().indexOf(" from ") + 6).split(" ")[0];
				try (ResultSet exists = owner.createStatement().executeQuery("select to_regclass('" + table + "')")) {
					exists.next();
					if (exists.getString(1) == null) {
						continue; // a table of a later version
					}
				}
				try (ResultSet rs = s.executeQuery(q.getValue())) {
					rs.next();
					out.put(q.getKey(), rs.getLong(1));
				}
			}
		}
		return out;
	}

	static void check(Map<String, Long> counts, int rows) {
		for (String key : List.of("registry participants", "pairing candidates", "monitoring participants",
				"publication people")) {
			if (counts.get(key) != rows) {
				throw new IllegalStateException(key + ": " + counts.get(key) + " instead of " + rows);
			}
		}
	}

	static void awaitNoPublications(DatabaseCoordinates db) {
		org.awaitility.Awaitility.await("the start-up events handled within 2 minutes").pollDelay(java.time.Duration.ZERO)
			.pollInterval(java.time.Duration.ofMillis(200)).atMost(java.time.Duration.ofMinutes(2))
			.until(() -> pending(db) == 0);
	}

	static double median(double[] values) {
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
				: (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
	}
}
