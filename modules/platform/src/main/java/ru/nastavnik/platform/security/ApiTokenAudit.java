package ru.nastavnik.platform.security;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The audit log of API-token use ({@code platform.api_token_use}): every request a token authenticated — or that
 * presented a known token that was refused — with its account, time, method, path, status and client address.
 * <p>
 * Requests only enqueue their entry; a flush every second (or as soon as {@value #BATCH} entries wait) writes them in
 * one batch, so a token request costs no database write of its own. The same flush moves each token's "last use",
 * at most once a minute per token ({@code where last_used_at < now − 1 min}), so a busy client does not rewrite its
 * token row per request. At shutdown the queue is flushed; a crash loses at most the last second's entries (with the
 * logger {@code nastavnik.audit.api-token} at DEBUG, the application log has one line per use as well).
 */
public class ApiTokenAudit {

	static final int BATCH = 500;

	private static final Logger log = LoggerFactory.getLogger("nastavnik.audit.api-token");

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final BlockingQueue<Use> queue = new ArrayBlockingQueue<>(20 * BATCH);

	record Use(UUID tokenId, UUID accountId, Instant at, String method, String path, int status, String remoteAddr) {
	}

	public ApiTokenAudit(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(UUID tokenId, UUID accountId, String method, String path, int status, String remoteAddr) {
		var use = new Use(tokenId, accountId, clock.instant(), method, abbreviate(path, 500), status,
				abbreviate(remoteAddr, 64));
		if (log.isDebugEnabled()) {
			log.debug("token {} account {} {} {} -> {} from {}", tokenId, accountId, method, use.path(), status, remoteAddr);
		}
		while (!queue.offer(use)) {
			// a full queue is written by the request that found it full, rather than losing an entry
			flush();
		}
		if (queue.size() >= BATCH) {
			flush();
		}
	}

	/** Writes what has been queued; the number of entries written. */
	@Scheduled(fixedDelayString = "${nastavnik.api-tokens.audit-flush-interval:PT1S}")
	public synchronized int flush() {
		List<Use> batch = new ArrayList<>();
		queue.drainTo(batch);
		if (batch.isEmpty()) {
			return 0;
		}
		jdbc.batchUpdate("insert into platform.api_token_use (token_id, account_id, used_at, method, path, status, remote_addr) "
				+ "values (?, ?, ?, ?, ?, ?, ?)", batch.stream()
			.map(u -> new Object[] { u.tokenId(), u.accountId(), Timestamp.from(u.at()), u.method(), u.path(), u.status(),
					u.remoteAddr() })
			.toList());
		Map<UUID, Instant> last = new HashMap<>();
		batch.forEach(u -> last.merge(u.tokenId(), u.at(), (a, b) -> a.isAfter(b) ? a : b));
		jdbc.batchUpdate("update platform.api_token set last_used_at = ? where id = ? "
				+ "and (last_used_at is null or last_used_at < ?)", last.entrySet().stream()
			.map(e -> new Object[] { Timestamp.from(e.getValue()), e.getKey(),
					Timestamp.from(e.getValue().minus(Duration.ofMinutes(1))) })
			.toList());
		return batch.size();
	}

	/** Drops audit entries older than the retention; the number dropped. */
	public int forgetOlderThan(Duration retention) {
		return jdbc.update("delete from platform.api_token_use where used_at < ?",
				Timestamp.from(clock.instant().minus(retention)));
	}

	public void close() {
		flush();
	}

	private static String abbreviate(String value, int max) {
		return value == null || value.length() <= max ? value : value.substring(0, max);
	}
}
