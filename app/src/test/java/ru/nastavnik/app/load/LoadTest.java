package ru.nastavnik.app.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.HdrHistogram.Histogram;

import ru.nastavnik.app.instances.AppInstance;
import ru.nastavnik.app.instances.TenantRows;
import ru.nastavnik.app.load.LoadRunner.Result;
import ru.nastavnik.app.load.LoadRunner.User;
import ru.nastavnik.app.load.LoadRunner.Weighted;
import ru.nastavnik.platform.db.DatabaseCoordinates;

/**
 * The load test of issue 15, reusable at any size: the whole application on embedded PostgreSQL with the production
 * pool size, N tenants set up through the API, then phases measured in one run so that every figure has its baseline
 * beside it — the mixed load (browsers on sessions, API clients on tokens), {@code /api/me} on tokens at the same
 * concurrency, and the same API read mix signed in by token, by session and by HTTP Basic, in alternating rounds.
 * After the run the database is checked: every id seen in a tenant's responses belongs to that tenant, no row
 * references another tenant's row, and every registered participant carries its own tenant's marker.
 */
final class LoadTest {

	record Settings(int tenants, int users, Duration mixed, Duration warmup, Duration baseline, Duration compare,
			int compareUsers, int rounds, boolean twoInstances) {

		static Settings fromSystemProperties() {
			return new Settings(Integer.getInteger("load.tenants", 50), Integer.getInteger("load.users", 200),
					Duration.ofSeconds(Integer.getInteger("load.seconds", 120)),
					Duration.ofSeconds(Integer.getInteger("load.warmup", 20)),
					Duration.ofSeconds(Integer.getInteger("load.baseline", 30)),
					Duration.ofSeconds(Integer.getInteger("load.compare", 20)), Integer.getInteger("load.compareUsers", 32),
					Integer.getInteger("load.rounds", 3), Boolean.parseBoolean(System.getProperty("load.twoInstances", "true")));
		}
	}

	/** What a run found: the phases, and the tenant checks. */
	static final class Outcome {

		final List<Result> phases = new ArrayList<>();

		final Map<String, List<Double>> authThroughput = new LinkedHashMap<>();

		long responsesChecked;

		List<String> foreignMarkers = List.of();

		long idsChecked;

		List<String> foreignIds = new ArrayList<>();

		Map<String, Integer> crossTenantReferences = Map.of();

		int participantsWithForeignMarker;

		int participantsChecked;

		Double twoInstanceRatio;

		long errors() {
			return phases.stream().mapToLong(Result::errors).sum();
		}

		int crossTenantRows() {
			return foreignMarkers.size() + foreignIds.size() + participantsWithForeignMarker
					+ crossTenantReferences.values().stream().mapToInt(Integer::intValue).sum();
		}

		Result phase(String name) {
			return phases.stream().filter(p -> p.phase.equals(name)).findFirst().orElseThrow();
		}
	}

	static Outcome run(Settings settings, StringBuilder report) throws Exception {
		var outcome = new Outcome();
		long started = System.nanoTime();
		// production-like: the pool of an external database (20), no demo data (the load tenants are set up below)
		try (AppInstance app = AppInstance.first("load", List.of(), Map.of("nastavnik.db.pool-size", "20",
				"nastavnik.demo.enabled", "false", "logging.level.root", "warn",
				"nastavnik.roadmap.overdue-on-startup", "false"))) {
			app.awaitQuiet();
			report.append("Application started in %.1f s%n".formatted((System.nanoTime() - started) / 1e9));
			long setupStart = System.nanoTime();
			List<LoadTenant> tenants = setUp(app, settings.tenants());
			app.awaitQuiet();
			report.append("Set-up: %d tenants in %.1f s (organisations, 12 participants each, roadmap, programme)%n%n"
				.formatted(tenants.size(), (System.nanoTime() - setupStart) / 1e9));

			try (var runner = new LoadRunner(app.port())) {
				var mix = new LoadMix(runner);
				// per tenant: half the users in browsers (sessions), half API clients (tokens)
				List<User> mixed = new ArrayList<>();
				for (int i = 0; i < settings.users(); i++) {
					LoadTenant tenant = tenants.get(i % tenants.size());
					boolean browser = (i / tenants.size()) % 2 == 0;
					mixed.add(browser
							? new User(tenant, runner.session(tenant.slug, LoadTenant.PASSWORD, "/t/" + tenant.slug), mix.browser(), i)
							: new User(tenant, LoadRunner.token(tenant.token), mix.api(), i));
				}
				runner.run("warm-up", mixed, settings.warmup());
				outcome.phases.add(runner.run("baseline: /api/me, tokens", users(tenants, settings.users(), mix.meOnly(),
						t -> LoadRunner.token(t.token)), settings.baseline()));
				outcome.phases.add(runner.run("mixed: browsers on sessions, API clients on tokens", mixed, settings.mixed()));

				// the same API read mix, signed in three ways, in alternating rounds
				List<User> bySession = new ArrayList<>();
				for (int i = 0; i < settings.compareUsers(); i++) {
					LoadTenant t = tenants.get(i % tenants.size());
					bySession.add(new User(t, runner.session(t.slug, LoadTenant.PASSWORD, "/t/" + t.slug), mix.apiReads(), i));
				}
				List<User> byToken = users(tenants, settings.compareUsers(), mix.apiReads(), t -> LoadRunner.token(t.token));
				List<User> byBasic = users(tenants, settings.compareUsers(), mix.apiReads(),
						t -> LoadRunner.basic(t.slug, LoadTenant.PASSWORD));
				// the mixed phase's writes leave listeners running for a while: let them finish first, and rotate the
				// order of the ways in each round, so that no way of signing in always runs first
				app.awaitQuiet();
				var ways = new ArrayList<>(List.of(Map.entry("token", byToken), Map.entry("session", bySession),
						Map.entry("basic", byBasic)));
				for (int round = 1; round <= settings.rounds(); round++) {
					for (var entry : List.copyOf(ways)) {
						Result r = runner.run("API reads by " + entry.getKey() + ", round " + round, entry.getValue(),
								settings.compare());
						outcome.phases.add(r);
						outcome.authThroughput.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(r.throughput());
					}
					java.util.Collections.rotate(ways, -1);
				}
				if (settings.twoInstances()) {
					outcome.twoInstanceRatio = twoInstances(app, runner, tenants, mix, settings, outcome);
				}
				app.awaitQuiet();
				outcome.responsesChecked = runner.responsesChecked.get();
				outcome.foreignMarkers = List.copyOf(runner.foreignMarkers);
				checkDatabase(app, tenants, runner, outcome);
			}
		}
		return outcome;
	}

	static List<User> users(List<LoadTenant> tenants, int count, List<Weighted> mix,
			java.util.function.Function<LoadTenant, LoadRunner.Auth> auth) {
		List<User> users = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			LoadTenant t = tenants.get(i % tenants.size());
			users.add(new User(t, auth.apply(t), mix, 1000 + i));
		}
		return users;
	}

	static List<LoadTenant> setUp(AppInstance app, int count) throws Exception {
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<LoadTenant>> futures = new ArrayList<>();
			for (int i = 1; i <= count; i++) {
				int index = i;
				futures.add(pool.submit(() -> LoadTenant.create(app, index)));
			}
			List<LoadTenant> tenants = new ArrayList<>();
			for (var f : futures) {
				tenants.add(f.get());
			}
			return tenants;
		}
		finally {
			pool.shutdown();
		}
	}

	/** The API read mix on tokens against one instance, then spread over two on the same database. */
	static double twoInstances(AppInstance app, LoadRunner runner, List<LoadTenant> tenants, LoadMix mix,
			Settings settings, Outcome outcome) throws Exception {
		try (AppInstance second = AppInstance.on(app, "load-2", List.of(), Map.of("nastavnik.db.pool-size", "20",
				"nastavnik.demo.enabled", "false", "logging.level.root", "warn",
				"nastavnik.roadmap.overdue-on-startup", "false"));
				var secondRunner = new LoadRunner(second.port())) {
			List<User> one = users(tenants, settings.compareUsers() * 2, mix.apiReads(), t -> LoadRunner.token(t.token));
			Result single = runner.run("API reads, one instance", one, settings.compare());
			outcome.phases.add(single);
			var secondMix = new LoadMix(secondRunner);
			List<User> half = users(tenants, settings.compareUsers(), mix.apiReads(), t -> LoadRunner.token(t.token));
			List<User> otherHalf = users(tenants, settings.compareUsers(), secondMix.apiReads(), t -> LoadRunner.token(t.token));
			ExecutorService both = Executors.newFixedThreadPool(2);
			try {
				var first = both.submit(() -> runner.run("API reads, two instances (first)", half, settings.compare()));
				var other = both.submit(() -> secondRunner.run("API reads, two instances (second)", otherHalf, settings.compare()));
				Result a = first.get();
				Result b = other.get();
				outcome.phases.add(a);
				outcome.phases.add(b);
				return (a.throughput() + b.throughput()) / single.throughput();
			}
			finally {
				both.shutdown();
				runner.idsSeen.forEach((tenant, ids) -> secondRunner.idsSeen.merge(tenant, ids, (x, y) -> {
					x.addAll(y);
					return x;
				}));
				secondRunner.idsSeen.forEach((tenant, ids) -> runner.idsSeen.computeIfAbsent(tenant,
						k -> java.util.concurrent.ConcurrentHashMap.newKeySet()).addAll(ids));
				runner.foreignMarkers.addAll(secondRunner.foreignMarkers);
				runner.responsesChecked.addAndGet(secondRunner.responsesChecked.get());
			}
		}
	}

	static void checkDatabase(AppInstance app, List<LoadTenant> tenants, LoadRunner runner, Outcome outcome) {
		var rows = new TenantRows(app.bean(DatabaseCoordinates.class));
		for (var entry : runner.idsSeen.entrySet()) {
			UUID tenant = entry.getKey();
			Map<UUID, UUID> owners = rows.tenantsOfIds(entry.getValue());
			outcome.idsChecked += owners.size();
			owners.forEach((id, owner) -> {
				if (!owner.equals(tenant) && outcome.foreignIds.size() < 100) {
					outcome.foreignIds.add("tenant " + tenant + " was shown " + id + " of tenant " + owner);
				}
			});
		}
		outcome.crossTenantReferences = rows.crossTenantReferences();
		Map<UUID, String> markers = new java.util.HashMap<>();
		tenants.forEach(t -> markers.put(t.id, t.marker.toLowerCase(Locale.ROOT)));
		var participants = rows.superuser().queryForList("select tenant_id, lower(surname) as surname "
				+ "from registry.participant where lower(surname) like lower(?)", LoadTenant.MARKER_PREFIX + "%");
		outcome.participantsChecked = participants.size();
		for (var p : participants) {
			String own = markers.get((UUID) p.get("tenant_id"));
			if (own == null || !((String) p.get("surname")).startsWith(own + "-")) {
				outcome.participantsWithForeignMarker++;
			}
		}
	}

	// ------------------------------------------------------------------ report

	static String ms(Histogram h, double percentile) {
		return h.getTotalCount() == 0 ? "–" : String.format(Locale.ROOT, "%.1f", h.getValueAtPercentile(percentile) / 1000.0);
	}

	static void describe(Outcome outcome, Settings settings, StringBuilder out) {
		out.append("| phase | users | s | requests | req/s | errors |\n|---|---:|---:|---:|---:|---:|\n");
		for (Result r : outcome.phases) {
			out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %d | %.1f | %d |%n", r.phase, r.users, r.seconds,
					r.count(), r.throughput(), r.errors()));
		}
		Result mixed = outcome.phase("mixed: browsers on sessions, API clients on tokens");
		Result baseline = outcome.phase("baseline: /api/me, tokens");
		out.append("\nMixed phase, per kind (ms):\n\n| kind | requests | req/s | p50 | p95 | p99 | errors |\n|---|---:|---:|---:|---:|---:|---:|\n");
		mixed.latencies.forEach((kind, h) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %s | %s | %s | %d |%n",
				kind, h.getTotalCount(), h.getTotalCount() / mixed.seconds, ms(h, 50), ms(h, 95), ms(h, 99),
				mixed.errorsByKind.get(kind).get())));
		Histogram reads = mixed.combined(false);
		Histogram writes = mixed.combined(true);
		Histogram me = baseline.latencies.get("read: /api/me");
		out.append(String.format(Locale.ROOT, "| **all reads** | %d | | %s | %s | %s | |%n", reads.getTotalCount(), ms(reads, 50),
				ms(reads, 95), ms(reads, 99)));
		out.append(String.format(Locale.ROOT, "| **all writes** | %d | | %s | %s | %s | |%n", writes.getTotalCount(),
				ms(writes, 50), ms(writes, 95), ms(writes, 99)));
		out.append(String.format(Locale.ROOT, "| baseline `/api/me` (tokens, %d users) | %d | %.1f | %s | %s | %s | %d |%n",
				baseline.users, me.getTotalCount(), baseline.throughput(), ms(me, 50), ms(me, 95), ms(me, 99), baseline.errors()));
		out.append(String.format(Locale.ROOT, "%nRead p95 / baseline p95 = **%.2f** (target ≤ 3)%n",
				reads.getValueAtPercentile(95) / (double) me.getValueAtPercentile(95)));
		var t = outcome.authThroughput;
		out.append("\nAPI read mix by way of signing in (%d users, %d s per round), req/s per round: token %s, session %s, basic %s%n"
			.formatted(settings.compareUsers(), settings.compare().toSeconds(), rounded(t.get("token")),
					rounded(t.get("session")), rounded(t.get("basic"))));
		List<Double> tokenToSession = new ArrayList<>();
		List<Double> tokenToBasic = new ArrayList<>();
		for (int i = 0; i < t.get("token").size(); i++) {
			tokenToSession.add(t.get("token").get(i) / t.get("session").get(i));
			tokenToBasic.add(t.get("token").get(i) / t.get("basic").get(i));
		}
		out.append(String.format(Locale.ROOT, "Token / session per round %s, median **%.2f** (target ≥ 0.8); "
				+ "token / basic per round %s, median **%.1f** (target ≥ 8)%n", rounded(tokenToSession), median(tokenToSession),
				rounded(tokenToBasic), median(tokenToBasic)));
		if (outcome.twoInstanceRatio != null) {
			out.append(String.format(Locale.ROOT, "%nTwo instances / one instance, API reads on tokens: **%.2f**%n",
					outcome.twoInstanceRatio));
		}
		out.append(String.format(Locale.ROOT, "%nErrors: **%d**. Cross-tenant rows: **%d** — responses scanned for other "
				+ "tenants' markers: %d (foreign: %d); ids from responses looked up in the database: %d (foreign: %d); "
				+ "participants checked by marker: %d (foreign: %d); foreign keys between tenant tables checked: %d "
				+ "(rows pointing at another tenant: %d)%n", outcome.errors(), outcome.crossTenantRows(),
				outcome.responsesChecked, outcome.foreignMarkers.size(), outcome.idsChecked, outcome.foreignIds.size(),
				outcome.participantsChecked, outcome.participantsWithForeignMarker, outcome.crossTenantReferences.size(),
				outcome.crossTenantReferences.values().stream().mapToInt(Integer::intValue).sum()));
		outcome.phases.stream().flatMap(p -> p.errorSamples.stream()).limit(10).forEach(e -> out.append("- error: ").append(e).append('\n'));
		outcome.foreignMarkers.stream().limit(5).forEach(e -> out.append("- foreign: ").append(e).append('\n'));
		outcome.foreignIds.stream().limit(5).forEach(e -> out.append("- foreign: ").append(e).append('\n'));
	}

	static double median(List<Double> values) {
		var sorted = values.stream().sorted().toList();
		int n = sorted.size();
		return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
	}

	private static String rounded(List<Double> values) {
		return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).toList().toString();
	}
}
