package ru.nastavnik.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the event publication registry (the outbox) small and moving: completed publications are deleted as they
 * complete ({@code spring.modulith.events.completion-mode=delete}); publications whose listener failed, or that an
 * instance which died left behind, are resubmitted every few minutes once they are older than
 * {@code nastavnik.events.resubmit-older-than} (5 minutes), so a listener that failed on a transient fault catches
 * up. With several instances every one runs this; Spring Modulith claims each publication for resubmission atomically,
 * so each is resubmitted by one of them (the two-instance test proves it). Errors of listeners whose publication has
 * completed since are forgotten.
 */
public class EventPublicationMaintenance {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

	private final IncompleteEventPublications incomplete;

	private final FailedPublications failed;

	private final Duration olderThan;

	public EventPublicationMaintenance(IncompleteEventPublications incomplete, FailedPublications failed,
			Duration olderThan) {
		this.incomplete = incomplete;
		this.failed = failed;
		this.olderThan = olderThan;
	}

	@Scheduled(fixedDelayString = "${nastavnik.events.resubmit-interval:PT5M}", initialDelayString = "${nastavnik.events.resubmit-interval:PT5M}")
	public void resubmitStale() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(olderThan);
			failed.forgetResolved();
		}
		catch (RuntimeException e) {
			log.warn("Resubmitting incomplete event publications failed: {}", e.getMessage());
		}
	}
}
