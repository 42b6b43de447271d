package ru.nastavnik.platform.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL 17 run from the zonky binaries shipped as a Maven artifact. One server per JVM and data
 * directory; {@link #provision(String)} creates Nastavnik's two roles and a database.
 */
final class EmbeddedPostgresServer {

	static final String OWNER = "nastavnik_owner";

	static final String APP = "nastavnik_app";

	private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

	private static final AtomicInteger DATABASES = new AtomicInteger();

	private static EmbeddedPostgresServer ephemeral;

	private static EmbeddedPostgresServer persistent;

	private final EmbeddedPostgres postgres;

	/** Open datasources on this server; it is stopped at JVM exit only once they are all closed. */
	private int leases;

	private EmbeddedPostgresServer(EmbeddedPostgres postgres) {
		this.postgres = postgres;
		// Our own hook instead of zonky's: stopping PostgreSQL while Spring contexts are still closing (their shutdown
		// hooks run concurrently) leaves their last queries waiting for a connection until the pool's timeout.
		Runtime.getRuntime().addShutdownHook(new Thread(this::stopWhenReleased, "embedded-postgres-stop"));
	}

	synchronized void acquire() {
		leases++;
	}

	synchronized void release() {
		leases--;
		notifyAll();
	}

	private synchronized void stopWhenReleased() {
		long deadline = System.currentTimeMillis() + 20_000;
		try {
			while (leases > 0 && System.currentTimeMillis() < deadline) {
				wait(Math.max(1, deadline - System.currentTimeMillis()));
			}
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
		try {
			postgres.close();
		}
		catch (IOException e) {
			log.warn("Stopping the embedded PostgreSQL failed: {}", e.getMessage());
		}
	}

	/** The throw-away server shared by all Spring contexts of this JVM (tests). */
	static synchronized EmbeddedPostgresServer ephemeral() {
		if (ephemeral == null) {
			ephemeral = start(null, 0);
		}
		return ephemeral;
	}

	/** The server on a persistent data directory (the run command's default). */
	static synchronized EmbeddedPostgresServer persistent(Path dataDir, int port) {
		if (persistent == null) {
			persistent = start(dataDir, port);
		}
		return persistent;
	}

	private static EmbeddedPostgresServer start(Path dataDir, int port) {
		try {
			EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
				.setRegisterShutdownHook(false)
				.setServerConfig("max_connections", "200")
				.setServerConfig("shared_buffers", "256MB")
				.setServerConfig("fsync", dataDir == null ? "off" : "on")
				.setServerConfig("synchronous_commit", dataDir == null ? "off" : "on")
				.setLocaleConfig("encoding", "UTF8")
				.setLocaleConfig("locale", "C.UTF-8");
			if (dataDir != null) {
				Files.createDirectories(dataDir);
				builder.setDataDirectory(dataDir).setCleanDataDirectory(false);
				log.info("Embedded PostgreSQL data directory: {}", dataDir.toAbsolutePath());
			}
			if (port > 0) {
				builder.setPort(port);
			}
			return new EmbeddedPostgresServer(builder.start());
		}
		catch (IOException | RuntimeException e) {
			throw new EmbeddedDatabaseUnavailable(e);
		}
	}

	/** Creates (if missing) the owner and application roles and the named database; returns its JDBC URL. */
	String provision(String database) {
		DataSource admin = postgres.getPostgresDatabase();
		try (Connection connection = admin.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("""
					do $$ begin
					  if not exists (select from pg_roles where rolname = '%1$s') then
					    create role %1$s login password '%1$s' nosuperuser nobypassrls;
					  end if;
					  if not exists (select from pg_roles where rolname = '%2$s') then
					    create role %2$s login password '%2$s' nosuperuser nobypassrls nocreatedb nocreaterole;
					  end if;
					end $$""".formatted(OWNER, APP));
			boolean exists;
			try (ResultSet rs = statement.executeQuery("select 1 from pg_database where datname = '" + database + "'")) {
				exists = rs.next();
			}
			if (!exists) {
				statement.execute("create database " + database + " owner " + OWNER);
				statement.execute("revoke all on database " + database + " from public");
				statement.execute("grant connect on database " + database + " to " + APP);
			}
		}
		catch (SQLException e) {
			throw new IllegalStateException("Could not prepare the embedded PostgreSQL: " + e.getMessage(), e);
		}
		return postgres.getJdbcUrl("postgres", database).replace("user=postgres", "");
	}

	/** A fresh database name for one more Spring context on the ephemeral server. */
	static String nextTestDatabase() {
		return "nastavnik_t" + DATABASES.incrementAndGet();
	}

	int port() {
		return postgres.getPort();
	}

	/** Thrown when the embedded server cannot start; its message says what to do. */
	static final class EmbeddedDatabaseUnavailable extends IllegalStateException {

		EmbeddedDatabaseUnavailable(Throwable cause) {
			super(explain(cause), cause);
		}

		private static String explain(Throwable cause) {
			String detail = String.valueOf(cause.getMessage());
			for (Throwable t = cause; t != null; t = t.getCause()) {
				detail = detail + " " + t.getMessage();
			}
			if (detail.contains("cannot be run as root") || detail.contains("unshare")) {
				return "The embedded PostgreSQL cannot start as root on this machine because user namespaces "
						+ "(unshare -U) are not allowed: run as a non-root user, allow them "
						+ "(sysctl -w kernel.unprivileged_userns_clone=1 / user.max_user_namespaces), or point "
						+ "Nastavnik at a PostgreSQL server with SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and "
						+ "SPRING_DATASOURCE_PASSWORD.";
			}
			return "The embedded PostgreSQL could not start (" + cause.getMessage() + "): check the data directory "
					+ "(nastavnik.db.embedded.data-dir) is writable and not used by another running Nastavnik, or set "
					+ "SPRING_DATASOURCE_URL, SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD to use an "
					+ "existing PostgreSQL server.";
		}
	}
}
