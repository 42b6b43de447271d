package ru.nastavnik.app.load;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.micrometer.core.instrument.MeterRegistry;

import ru.nastavnik.app.instances.AppInstance;
import ru.nastavnik.app.instances.TenantRows;
import ru.nastavnik.app.load.LoadRunner.Kind;
import ru.nastavnik.app.load.LoadRunner.User;
import ru.nastavnik.app.load.LoadRunner.Weighted;
import ru.nastavnik.platform.db.DatabaseCoordinates;

/**
 * What each request kind of the load test's mix costs, in CPU time, against {@code GET /api/me} in the same run
 * (docs/benchmarks.md, «Load test»). Under saturation the mixed phase's p95 is about the average request's CPU cost
 * times the users, so the read p95 / {@code /api/me} p95 target is a target on these costs; and CPU time per request
 * is far less disturbed by the other processes of a shared machine than latency is.
 * <p>
 * The same application, settings and tenants as {@link LoadTest}; each kind alone, a few users in a closed loop (no
 * queue to speak of), in rounds that rotate the kinds' order. Per request: CPU of the application's JVM (the load
 * generator shares it, as in the load test), CPU of PostgreSQL (the server's processes, read from {@code /proc}), and
 * the connections taken from the pool (≈ transactions). A write's cost includes its event listeners: the measurement
 * ends when every publication has completed.
 * <p>
 * {@code ./mvnw -B -q -pl app -am -Pload-test -DskipTests verify -Dload.main=ru.nastavnik.app.load.RequestCostBenchmark}
 * (sizes: {@code -Dload.args="-Dcost.tenants=10 -Dcost.users=4 -Dcost.seconds=8 -Dcost.rounds=3"}).
 */
public final class RequestCostBenchmark {

	private RequestCostBenchmark() {
	}

	record Cost(double javaMs, double postgresMs, double checkouts, long requests) {

		double totalMs() {
			return javaMs + postgresMs;
		}
	}

	public static void main(String[] args) throws Exception {
		int tenantCount = Integer.getInteger("cost.tenants", 10);
		int userCount = Integer.getInteger("cost.users", 4);
		Duration length = Duration.ofSeconds(Integer.getInteger("cost.seconds", 8));
		int rounds = Integer.getInteger("cost.rounds", 3);
		var report = new StringBuilder("# Request cost, ").append(java.time.OffsetDateTime.now().withNano(0))
			.append(String.format(Locale.ROOT, "%n%n%d tenants, %d users per kind, %d s per kind and round, %d rounds; "
					+ "%d CPUs, Java %s, load average before: %.2f%n%n", tenantCount, userCount, length.toSeconds(), rounds,
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"), loadAverage()));
		int exit = 0;
		try (AppInstance app = AppInstance.first("load", List.of(), LoadTest.PRODUCTION_LIKE)) {
			app.awaitQuiet();
			List<LoadTenant> tenants = LoadTest.setUp(app, tenantCount);
			app.awaitQuiet();
			var meters = app.bean(MeterRegistry.class);
			var cpu = new CpuClock(new TenantRows(app.bean(DatabaseCoordinates.class)));
			try (var runner = new LoadRunner(app.port())) {
				var mix = new LoadMix(runner);
				List<LoadRunner.Auth> sessions = new ArrayList<>();
				for (int i = 0; i < userCount; i++) {
					LoadTenant t = tenants.get(i % tenants.size());
					sessions.add(runner.session(t.slug, LoadTenant.PASSWORD, "/t/" + t.slug));
				}
				Function<Kind, List<User>> tokens = kind -> users(tenants, userCount, kind, i -> LoadRunner.token(tenants.get(i % tenants.size()).token));
				Function<Kind, List<User>> browsers = kind -> users(tenants, userCount, kind, sessions::get);
				// what is measured, and how its users sign in: the API kinds as the API clients (tokens), the pages as
				// the browsers (sessions)
				var kinds = new LinkedHashMap<Kind, List<User>>();
				kinds.put(mix.me(), tokens.apply(mix.me()));
				for (Kind k : List.of(mix.participants(), mix.indicators(), mix.roadmapDue(), mix.registration(),
						mix.roadmapMark(), mix.matching())) {
					kinds.put(k, tokens.apply(k));
				}
				kinds.put(mix.homePage(), browsers.apply(mix.homePage()));
				kinds.put(mix.registryPage(), browsers.apply(mix.registryPage()));

				// warm-up: every kind, the JIT's and the caches' first work is not measured
				for (var entry : kinds.entrySet()) {
					runner.run("warm-up " + entry.getKey().name(), entry.getValue(), Duration.ofSeconds(4));
				}
				app.awaitQuiet();

				Map<String, List<Cost>> costs = new LinkedHashMap<>();
				var phases = new StringBuilder("\nPhases (UTC start, to find them in a profile): ");
				var order = new ArrayList<>(kinds.keySet());
				for (int round = 1; round <= rounds; round++) {
					for (Kind kind : order) {
						var before = snapshot(meters, cpu);
						var result = runner.run(kind.name() + ", round " + round, kinds.get(kind), length);
						if (kind.write()) {
							app.awaitQuiet();
						}
						var after = snapshot(meters, cpu);
						phases.append(result.phase).append(' ').append(result.started.truncatedTo(java.time.temporal.ChronoUnit.SECONDS))
							.append("; ");
						if (result.errors() > 0) {
							exit = 1;
							report.append("- errors in ").append(kind.name()).append(": ").append(result.errorSamples).append('\n');
						}
						long n = result.count();
						costs.computeIfAbsent(kind.name(), k -> new ArrayList<>()).add(new Cost(
								CpuClock.jvmMs(before.cpu(), after.cpu()) / n, CpuClock.postgresMs(before.cpu(), after.cpu()) / n,
								(after.checkouts() - before.checkouts()) / (double) n, n));
					}
					java.util.Collections.rotate(order, -1);
				}
				describe(costs, mix, report);
				report.append(phases).append('\n');
			}
		}
		report.append(String.format(Locale.ROOT, "%nLoad average after: %.2f%n", loadAverage()));
		System.out.println(report);
		Path out = Path.of(System.getProperty("load.report", "target/request-cost.md"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report);
		System.exit(exit);
	}

	private static List<User> users(List<LoadTenant> tenants, int count, Kind kind, java.util.function.IntFunction<LoadRunner.Auth> auth) {
		List<User> users = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			users.add(new User(tenants.get(i % tenants.size()), auth.apply(i), List.of(new Weighted(kind, 1)), 7000 + i));
		}
		return users;
	}

	private record Snapshot(CpuClock.Reading cpu, double checkouts) {
	}

	private static Snapshot snapshot(MeterRegistry meters, CpuClock cpu) {
		var usage = meters.find("hikaricp.connections.usage").timer();
		return new Snapshot(cpu.read(), usage == null ? 0 : usage.count());
	}

	private static double loadAverage() {
		return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
	}

	private static void describe(Map<String, List<Cost>> costs, LoadMix mix, StringBuilder out) {
		var median = new LinkedHashMap<String, Cost>();
		costs.forEach((kind, list) -> median.put(kind, new Cost(med(list, Cost::javaMs), med(list, Cost::postgresMs),
				med(list, Cost::checkouts), list.stream().mapToLong(Cost::requests).sum())));
		Cost me = median.get(mix.me().name());
		out.append("CPU per request, median of the rounds (ms); ratio = (JVM + PostgreSQL) / the same for `/api/me`:\n\n")
			.append("| kind | requests | JVM | PostgreSQL | total | ratio | pool checkouts | per round: total |\n")
			.append("|---|---:|---:|---:|---:|---:|---:|---|\n");
		median.forEach((kind, c) -> out.append(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f | %.2f | %.1f | %s |%n",
				kind, c.requests(), c.javaMs(), c.postgresMs(), c.totalMs(), c.totalMs() / me.totalMs(), c.checkouts(),
				costs.get(kind).stream().map(x -> String.format(Locale.ROOT, "%.2f", x.totalMs())).toList())));
		// the mixed phase: half the users browsers, half API clients, each drawing from its mix by weight
		double browser = weighted(mix.browser(), median);
		double api = weighted(mix.api(), median);
		double browserReads = weightedReads(mix.browser(), median);
		double apiReads = weightedReads(mix.api(), median);
		out.append(String.format(Locale.ROOT, "%nAverage mixed request (half browsers, half API clients, by the mixes' weights): "
				+ "%.2f ms = **%.2f × `/api/me`** (browser mix %.2f ms, API mix %.2f ms); its reads alone %.2f ms = %.2f ×%n",
				(browser + api) / 2, (browser + api) / 2 / me.totalMs(), browser, api, (browserReads + apiReads) / 2,
				(browserReads + apiReads) / 2 / me.totalMs()));
	}

	private static double weighted(List<Weighted> mix, Map<String, Cost> costs) {
		double total = mix.stream().mapToInt(Weighted::weight).sum();
		return mix.stream().mapToDouble(w -> w.weight() * costs.get(w.kind().name()).totalMs()).sum() / total;
	}

	private static double weightedReads(List<Weighted> mix, Map<String, Cost> costs) {
		var reads = mix.stream().filter(w -> !w.kind().write()).toList();
		return weighted(reads, costs);
	}

	private static double med(List<Cost> list, java.util.function.ToDoubleFunction<Cost> value) {
		return LoadTest.median(list.stream().map(value::applyAsDouble).toList());
	}
}
