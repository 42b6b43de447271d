package ru.nastavnik.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

import ru.nastavnik.platform.db.DatabaseCoordinates;

/**
 * For the benchmarks that compare two imports as a ratio: each measurement starts on a quiet embedded server — no
 * autovacuum worker busy (the rows of the rounds before wake it), a checkpoint just taken — so that neither side pays
 * for the other's background work.
 */
public final class QuietServer {

	private QuietServer() {
	}

	/**
	 * Waits (at most 3 minutes, then goes on) until no autovacuum worker is busy on the server, then takes a checkpoint
	 * as the embedded server's superuser; seconds waited.
	 */
	public static double await(DatabaseCoordinates db) {
		long start = System.nanoTime();
		try (Connection su = DriverManager.getConnection(db.url(), "postgres", "");
			 Statement s = su.createStatement()) {
			try {
				Awaitility.await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(200))
					.atMost(Duration.ofMinutes(3)).until(() -> autovacuumWorkers(s) == 0);
			}
			catch (ConditionTimeoutException stillBusy) {
				// a server that stays busy for 3 minutes is measured as it is
			}
			s.execute("checkpoint");
		}
		catch (SQLException e) {
			throw new IllegalStateException(e);
		}
		return (System.nanoTime() - start) / 1e9;
	}

	private static int autovacuumWorkers(Statement s) throws SQLException {
		try (ResultSet rs = s.executeQuery(
				"select count(*) from pg_stat_activity where backend_type = 'autovacuum worker'")) {
			rs.next();
			return rs.getInt(1);
		}
	}

}
