package ru.nastavnik.app.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import ru.nastavnik.app.instances.TenantRows;

/**
 * CPU time used so far by this JVM (the application and the load generator, which share it) and by the PostgreSQL
 * server (the postmaster and all its processes, those that ended included, read from Linux's {@code /proc}; 0 where
 * there is none). CPU time
 * per request is what saturation turns into latency, and it is far less disturbed than latency by the other processes
 * of a shared machine.
 */
final class CpuClock {

	/** {@code USER_HZ}: 100 on Linux. */
	private static final double TICKS_PER_SECOND = 100;

	record Reading(long jvmNanos, long postgresTicks) {
	}

	private final long postmaster;

	CpuClock(TenantRows rows) throws IOException {
		String dataDirectory = rows.superuser().queryForObject("show data_directory", String.class);
		this.postmaster = Long.parseLong(Files.readAllLines(Path.of(dataDirectory, "postmaster.pid")).get(0).trim());
	}

	Reading read() {
		var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
		return new Reading(os.getProcessCpuTime(), postgresTicks());
	}

	static double jvmMs(Reading from, Reading to) {
		return (to.jvmNanos() - from.jvmNanos()) / 1e6;
	}

	static double postgresMs(Reading from, Reading to) {
		return (to.postgresTicks() - from.postgresTicks()) * 1000.0 / TICKS_PER_SECOND;
	}

	private long postgresTicks() {
		if (!Files.isDirectory(Path.of("/proc"))) {
			return 0; // not Linux: the JVM's figure alone
		}
		long total = 0;
		try (var processes = Files.list(Path.of("/proc"))) {
			for (Path p : processes.filter(p -> p.getFileName().toString().chars().allMatch(Character::isDigit)).toList()) {
				long[] stat = stat(p);
				if (stat != null && (stat[0] == postmaster || stat[1] == postmaster)) {
					// the postmaster's own time with that of its ended children; its living children's own time
					total += stat[0] == postmaster ? stat[2] + stat[3] : stat[2];
				}
			}
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
		return total;
	}

	/** pid, parent pid, utime + stime, cutime + cstime — or null when the process has gone. */
	private static long[] stat(Path process) {
		try {
			String s = Files.readString(process.resolve("stat"));
			String[] f = s.substring(s.lastIndexOf(')') + 2).split(" ");
			return new long[] { Long.parseLong(process.getFileName().toString()), Long.parseLong(f[1]),
					Long.parseLong(f[11]) + Long.parseLong(f[12]), Long.parseLong(f[13]) + Long.parseLong(f[14]) };
		}
		catch (IOException | RuntimeException e) {
			return null;
		}
	}
}
