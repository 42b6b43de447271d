package ru.nastavnik.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Slows down password guessing: after {@code maxFailures} failed sign-ins for one user name within the window, further
 * attempts for that name are refused (without checking the password) until the lock expires.
 * <p>
 * The count lives in PostgreSQL ({@code platform.login_attempt}, ADR 0012), the store every instance already shares:
 * a failure is one atomic upsert, so failures arriving at different instances add up to one count and one lock, and
 * an attacker gets {@code maxFailures} tries per window whatever the number of instances. A password sign-in costs one
 * indexed read (and a delete of the name's row on success, free when there is none) — negligible beside the password
 * hash. The table holds only names with recent failures; {@link #forgetStale()} drops expired rows.
 */
public class LoginThrottle {

	private final JdbcClient jdbc;

	private final int maxFailures;

	private final Duration window;

	private final Duration lock;

	private final Clock clock;

	public LoginThrottle(JdbcClient jdbc, int maxFailures, Duration window, Duration lock, Clock clock) {
		this.jdbc = jdbc;
		this.maxFailures = maxFailures;
		this.window = window;
		this.lock = lock;
		this.clock = clock;
	}

	/** How long the name is still locked, if it is. */
	public Optional<Duration> lockedFor(String username) {
		Instant now = clock.instant();
		return jdbc.sql("select locked_until from platform.login_attempt where username_key = ? and locked_until > ?")
			.params(key(username), Timestamp.from(now))
			.query((rs, row) -> rs.getTimestamp(1).toInstant())
			.optional()
			.map(until -> Duration.between(now, until));
	}

	/**
	 * Counts one failure. A count whose window has passed, or whose lock has expired, starts again at one; reaching
	 * {@code maxFailures} locks the name.
	 */
	public void failed(String username) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into platform.login_attempt as a (username_key, failures, first_failure, locked_until)
				values (:key, 1, :now, case when 1 >= :max then cast(:lockedUntil as timestamptz) end)
				on conflict (username_key) do update set
				  failures = case when a.first_failure < :windowStart or a.locked_until <= :now then 1
				                  else a.failures + 1 end,
				  first_failure = case when a.first_failure < :windowStart or a.locked_until <= :now then :now
				                       else a.first_failure end,
				  locked_until = case when (case when a.first_failure < :windowStart or a.locked_until <= :now then 1
				                                 else a.failures + 1 end) >= :max then cast(:lockedUntil as timestamptz) end""")
			.param("key", key(username))
			.param("now", Timestamp.from(now))
			.param("windowStart", Timestamp.from(now.minus(window)))
			.param("lockedUntil", Timestamp.from(now.plus(lock)))
			.param("max", maxFailures)
			.update();
	}

	public void succeeded(String username) {
		jdbc.sql("delete from platform.login_attempt where username_key = ?").param(key(username)).update();
	}

	/** Drops counts whose window and lock have both passed; the number dropped. */
	public int forgetStale() {
		Instant now = clock.instant();
		return jdbc.sql("delete from platform.login_attempt where first_failure < ? and (locked_until is null or locked_until <= ?)")
			.params(Timestamp.from(now.minus(window)), Timestamp.from(now))
			.update();
	}

	private static String key(String username) {
		return username == null ? "" : username.trim().toLowerCase(Locale.ROOT);
	}
}
