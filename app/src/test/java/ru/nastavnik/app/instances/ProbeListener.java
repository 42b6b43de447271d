package ru.nastavnik.app.instances;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;

import ru.nastavnik.roadmap.OccurrenceOverdue;

/**
 * Test-only listeners added to each instance of a multi-instance test (the counters are shared by the JVM, so across
 * instances): how often each overdue occurrence was announced, and a listener of {@link ProbeHappened} that writes
 * one row in its transaction and then throws while {@link #failing} is set — like a real listener: transactional, with
 * nothing left behind when it fails.
 */
public class ProbeListener {

	/** Deliveries of {@code OccurrenceOverdue} per occurrence, across instances. */
	public static final Map<UUID, AtomicInteger> OVERDUE = new ConcurrentHashMap<>();

	/** Invocations of the probe listener per probe id (failed ones included). */
	public static final Map<UUID, AtomicInteger> PROBE_ATTEMPTS = new ConcurrentHashMap<>();

	public static volatile boolean failing;

	private final JdbcTemplate jdbc;

	public ProbeListener(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** The probe's table, created as the schema owner, under tenant isolation like every business table. */
	public static void createTable(ru.nastavnik.platform.db.DatabaseCoordinates db) {
		ru.nastavnik.platform.test.ProtectedTestTable.create(db, "probe", "effect", "probe_id uuid not null", "");
	}

	@ApplicationModuleListener
	void on(OccurrenceOverdue event) {
		OVERDUE.computeIfAbsent(event.occurrenceId(), id -> new AtomicInteger()).incrementAndGet();
	}

	@ApplicationModuleListener
	void on(ProbeHappened event) {
		PROBE_ATTEMPTS.computeIfAbsent(event.id(), id -> new AtomicInteger()).incrementAndGet();
		jdbc.update("insert into probe.effect (id, tenant_id, probe_id) values (?, ?, ?)", UUID.randomUUID(),
				event.tenantId().value(), event.id());
		if (failing) {
			throw new IllegalStateException("Пробный сбой обработчика события «" + event.label() + "»");
		}
	}
}
