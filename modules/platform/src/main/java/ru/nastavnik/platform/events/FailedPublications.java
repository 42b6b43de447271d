package ru.nastavnik.platform.events;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;

/**
 * The administrator's view of the event publication registry: every publication whose listener has not completed —
 * failed ones first, with the listener's last error and the number of attempts — and a way to retry the failed ones
 * now rather than at the next scheduled resubmission. Resubmission claims each publication atomically (Spring
 * Modulith's {@code markResubmitted}: {@code update … where status != 'RESUBMITTED'}), so two administrators or
 * instances retrying at once deliver each publication once.
 */
public class FailedPublications {

	private final JdbcTemplate jdbc;

	private final IncompleteEventPublications incomplete;

	public FailedPublications(JdbcTemplate jdbc, IncompleteEventPublications incomplete) {
		this.jdbc = jdbc;
		this.incomplete = incomplete;
	}

	/** One incomplete publication: which event for which listener, since when, how often tried, and its last error. */
	public record Publication(UUID id, String module, String listener, String eventType, Instant publishedAt,
			String status, int attempts, Instant lastResubmittedAt, String error, Instant failedAt) {

		public boolean failed() {
			return "FAILED".equals(status);
		}

		/** The status in Russian, for the page. */
		public String statusTitle() {
			return switch (status == null ? "" : status) {
				case "FAILED" -> "ошибка";
				case "PROCESSING" -> "обрабатывается";
				case "RESUBMITTED" -> "повторная отправка";
				default -> "ожидает обработки";
			};
		}
	}

	/** Incomplete publications, failed first, then oldest first (at most {@code limit}). */
	public List<Publication> incomplete(int limit) {
		return jdbc.query("""
				select ep.id, ep.listener_id, ep.event_type, ep.publication_date, ep.status, ep.completion_attempts,
				       ep.last_resubmission_date, f.error, f.failed_at
				from platform.event_publication ep
				left join platform.event_failure f
				       on f.listener_id = ep.listener_id and f.event_hash = md5(ep.serialized_event)
				where ep.completion_date is null
				order by (ep.status = 'FAILED') desc, ep.publication_date
				limit ?""", (rs, row) -> {
			String listener = rs.getString("listener_id");
			return new Publication(rs.getObject("id", UUID.class), module(listener), shortListener(listener),
					simpleName(rs.getString("event_type")), instant(rs.getTimestamp("publication_date")),
					rs.getString("status"), rs.getInt("completion_attempts"),
					instant(rs.getTimestamp("last_resubmission_date")), rs.getString("error"),
					instant(rs.getTimestamp("failed_at")));
		}, limit);
	}

	/** How many publications are failed right now. */
	public int failedCount() {
		Integer count = jdbc.queryForObject("select count(*) from platform.event_publication where status = 'FAILED'",
				Integer.class);
		return count == null ? 0 : count;
	}

	/** Resubmits every failed publication now (each listener runs again, asynchronously); how many were failed. */
	public int resubmitFailed() {
		int failed = failedCount();
		// claimed as the scheduled resubmission claims (PublicationClaims), but at once: the administrator asks for it now
		// (two administrators pressing «retry» on two instances in the same instant may deliver one twice; listeners
		// are idempotent)
		incomplete.resubmitIncompletePublications(p -> p.getStatus() == EventPublication.Status.FAILED
				&& PublicationClaims.claim(jdbc, p, java.time.Duration.ZERO));
		return failed;
	}

	/** Forgets errors whose publication has completed since (or was deleted); the number forgotten. */
	public int forgetResolved() {
		return jdbc.update("""
				delete from platform.event_failure f
				where not exists (select 1 from platform.event_publication ep
				                  where ep.listener_id = f.listener_id and md5(ep.serialized_event) = f.event_hash
				                    and ep.completion_date is null)""");
	}

	private static String module(String listenerId) {
		String[] parts = listenerId.split("\\.");
		return parts.length > 2 && "ru".equals(parts[0]) && "nastavnik".equals(parts[1]) ? parts[2] : "";
	}

	private static String shortListener(String listenerId) {
		int paren = listenerId.indexOf('(');
		String method = paren < 0 ? listenerId : listenerId.substring(0, paren);
		int lastDot = method.lastIndexOf('.');
		int classDot = lastDot < 0 ? -1 : method.lastIndexOf('.', lastDot - 1);
		return classDot < 0 ? method : method.substring(classDot + 1);
	}

	private static String simpleName(String type) {
		return type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
	}

	private static Instant instant(Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}
}
