package ru.nastavnik.roadmap.benchmark;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;
import java.util.function.IntSupplier;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import ru.nastavnik.RoadmapModuleTestApplication;
import ru.nastavnik.platform.TenantContext;
import ru.nastavnik.platform.TenantDirectory;
import ru.nastavnik.platform.TenantId;
import ru.nastavnik.roadmap.application.OverdueJob;
import ru.nastavnik.roadmap.application.RoadmapClock;
import ru.nastavnik.roadmap.application.RoadmapService;
import ru.nastavnik.roadmap.domain.tracking.Roadmap;
import ru.nastavnik.roadmap.domain.tracking.Roadmaps;

/**
 * Roadmap at regional scale, on the embedded PostgreSQL over loopback: Sasovo's demo roadmap grown to
 * {@code 9 items × N organisations} open, past-due, never-announced occurrences.
 *
 * <ol>
 *   <li><b>Overdue claim</b> — {@link OverdueJob#runInTenant} (the claiming {@code update … returning}, one
 *       {@code OccurrenceOverdue} per row, the progress totals) against the baseline of a plain {@code select} of the
 *       same rows with the same predicate.</li>
 *   <li><b>Roadmap table</b> — {@link RoadmapService#view} (the read model of the roadmap page) against the baseline of
 *       loading the same occurrences through the port ({@link Roadmaps#occurrences}).</li>
 * </ol>
 * Each measured operation runs in its own transaction, rolled back, so every run sees the same data; one warm-up,
 * then {@code runs} measured runs, median reported. No module listens to the events here, so the outbox writes the
 * whole application would add for monitoring's listener are not in the figure.
 *
 * <p>Run: {@code ./mvnw -B -q -pl modules/roadmap -am -Pbenchmark -DskipTests verify}
 * ({@code -Dbenchmark.args="<organisations> <runs>"}, default {@code 5000 5}).
 */
public final class OverdueJobBenchmark {

	private OverdueJobBenchmark() {
	}

	public static void main(String[] args) {
		int organisations = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
		int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RoadmapModuleTestApplication.class)
			.web(WebApplicationType.NONE)
			.properties("logging.level.root=WARN", "spring.main.banner-mode=off")
			.run()) {
			run(context, organisations, runs);
		}
	}

	static void run(ConfigurableApplicationContext context, int organisations, int runs) {
		JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
		TransactionTemplate tx = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
		TenantId sasovo = context.getBean(TenantDirectory.class).bySlug("sasovo").orElseThrow().id();
		OverdueJob job = context.getBean(OverdueJob.class);
		RoadmapService service = context.getBean(RoadmapService.class);
		Roadmaps roadmaps = context.getBean(Roadmaps.class);
		LocalDate today = LocalDate.now(RoadmapClock.ZONE);

		UUID roadmap = TenantContext.get(sasovo, () -> tx.execute(s -> {
			Roadmap demo = roadmaps.all().get(0);
			jdbc.update("insert into roadmap.occurrence (id, tenant_id, roadmap_id, item_id, seq, organization_id, label, "
					+ "due_date, status, updated_at) select gen_random_uuid(), i.tenant_id, i.roadmap_id, i.id, 0, "
					+ "gen_random_uuid(), 'бенчмарк', date '2021-05-31', 'PLANNED', now() "
					+ "from roadmap.roadmap_item i cross join generate_series(1, ?) g where i.roadmap_id = ?",
					organisations, demo.id());
			return demo.id();
		}));
		int total = TenantContext.get(sasovo, () -> tx.execute(s -> jdbc.queryForObject(
				"select count(*) from roadmap.occurrence where roadmap_id = ?", Integer.class, roadmap)));
		System.out.printf(Locale.ROOT, "OverdueJobBenchmark: roadmap of %d occurrences (9 items x %d organisations + demo), "
				+ "%d measured runs after 1 warm-up, JVM %s, %d processors%n", total, organisations, runs,
				Runtime.version(), Runtime.getRuntime().availableProcessors());

		IntSupplier select = () -> rolledBack(tx, sasovo, () -> jdbc.queryForList("select id, roadmap_id, item_id, "
				+ "organization_id, due_date from roadmap.occurrence where overdue_notified_at is null and due_date < ? "
				+ "and status in ('PLANNED', 'IN_PROGRESS')", java.sql.Date.valueOf(today)).size());
		IntSupplier claim = () -> rolledBack(tx, sasovo, () -> job.runInTenant(today));
		IntSupplier load = () -> rolledBack(tx, sasovo, () -> roadmaps.occurrences(roadmap).size());
		IntSupplier view = () -> rolledBack(tx, sasovo, () -> service.view(roadmap).items().size());

		double selectMs = report("overdue: baseline select of the rows", select, runs);
		double claimMs = report("overdue: claim + events (OverdueJob)", claim, runs);
		System.out.printf(Locale.ROOT, "  ratio claim / select = %.2f%n", claimMs / selectMs);
		double loadMs = report("table: baseline load of occurrences", load, runs);
		double viewMs = report("table: RoadmapService.view", view, runs);
		System.out.printf(Locale.ROOT, "  ratio view / load = %.2f%n", viewMs / loadMs);
	}

	static int rolledBack(TransactionTemplate tx, TenantId tenant, IntSupplier action) {
		return TenantContext.get(tenant, () -> tx.execute(s -> {
			int n = action.getAsInt();
			s.setRollbackOnly();
			return n;
		}));
	}

	static double report(String what, IntSupplier operation, int runs) {
		int rows = operation.getAsInt();
		double[] ms = measure(operation, runs);
		System.out.printf(Locale.ROOT, "  %-40s rows %6d  median %8.1f ms  (min %.1f, max %.1f)%n", what, rows,
				ms[ms.length / 2], ms[0], ms[ms.length - 1]);
		return ms[ms.length / 2];
	}

	static double[] measure(IntSupplier operation, int runs) {
		double[] ms = new double[runs];
		for (int i = 0; i < runs; i++) {
			long start = System.nanoTime();
			operation.getAsInt();
			ms[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(ms);
		return ms;
	}
}
