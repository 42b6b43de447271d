package ru.nastavnik.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the event publication registry (the outbox) small and moving: completed publications are deleted as they
 * complete ({@code spring.modulith.events.completion-mode=delete}); publications whose listener failed, or that an
 * instance which died left behind, are resubmitted every few minutes once they are older than
 * {@code nastavnik.events.resubmit-older-than} (5 minutes), so a listener that failed on a transient fault catches
 * up. With several instances every one runs this, and each publication is resubmitted by one of them: before Spring
 * Modulith resubmits a publication, this instance claims it ({@link PublicationClaims}); one claimed less than
 * {@code nastavnik.events.in-flight} (5 minutes) ago is left to its claimant.
 * Errors of listeners whose publication has completed since are forgotten.
 */
public class EventPublicationMaintenance {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

	private final IncompleteEventPublications incomplete;

	private final FailedPublications failed;

	private final Duration olderThan;

	private final JdbcTemplate jdbc;

	private final Duration inFlight;

	public EventPublicationMaintenance(IncompleteEventPublications incomplete, FailedPublications failed,
			Duration olderThan, JdbcTemplate jdbc, Duration inFlight) {
		this.incomplete = incomplete;
		this.failed = failed;
		this.olderThan = olderThan;
		this.jdbc = jdbc;
		this.inFlight = inFlight;
	}

	@Scheduled(fixedDelayString = "${nastavnik.events.resubmit-interval:PT5M}", initialDelayString = "${nastavnik.events.resubmit-interval:PT5M}")
	public void resubmitStale() {
		try {
			java.time.Instant before = java.time.Instant.now().minus(olderThan);
			incomplete.resubmitIncompletePublications(p -> !p.getPublicationDate().isAfter(before) && claim(p));
			failed.forgetResolved();
			PublicationClaims.forgetCompleted(jdbc);
		}
		catch (RuntimeException e) {
			log.warn("Resubmitting incomplete event publications failed: {}", e.getMessage());
		}
	}

	/** Whether this instance may resubmit the publication as it read it ({@link PublicationClaims}). */
	public boolean claim(EventPublication publication) {
		return PublicationClaims.claim(jdbc, publication, inFlight);
	}
}
