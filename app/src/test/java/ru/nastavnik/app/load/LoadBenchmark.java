package ru.nastavnik.app.load;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The load test as one command (docs/benchmarks.md): {@code ./mvnw -B -q -pl app -am -Pload-test -DskipTests verify}
 * (sizes as system properties {@code load.*}, see {@link LoadTest.Settings}). Prints the report and writes it to
 * {@code app/target/load-report.md}; exits non-zero on any error or cross-tenant row.
 */
public final class LoadBenchmark {

	private LoadBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		var settings = LoadTest.Settings.fromSystemProperties();
		var report = new StringBuilder();
		report.append("# Load test, ").append(java.time.OffsetDateTime.now().withNano(0)).append("\n\n")
			.append(settings).append("\n\n").append("Machine: ").append(Runtime.getRuntime().availableProcessors())
			.append(" CPUs, Java ").append(System.getProperty("java.version")).append(", load average before: ")
			.append(String.format(java.util.Locale.ROOT, "%.2f",
					java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
			.append("\n\n");
		var outcome = LoadTest.run(settings, report);
		LoadTest.describe(outcome, settings, report);
		report.append(String.format(java.util.Locale.ROOT, "%nLoad average after: %.2f%n",
				java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
		System.out.println(report);
		Path out = Path.of(System.getProperty("load.report", "target/load-report.md"));
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.writeString(out, report);
		System.exit(outcome.errors() == 0 && outcome.crossTenantRows() == 0 ? 0 : 1);
	}
}
