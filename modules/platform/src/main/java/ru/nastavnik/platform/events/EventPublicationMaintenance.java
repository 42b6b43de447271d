package ru.nastavnik.platform.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Keeps the event publication registry (the outbox) small and moving: completed publications are deleted as they
 * complete ({@code spring.modulith.events.completion-mode=delete}); publications whose listener failed are resubmitted
 * every few minutes once they are older than that, so a listener that failed on a transient fault catches up.
 */
public class EventPublicationMaintenance {

	private static final Logger log = LoggerFactory.getLogger(EventPublicationMaintenance.class);

	private final IncompleteEventPublications incomplete;

	public EventPublicationMaintenance(IncompleteEventPublications incomplete) {
		this.incomplete = incomplete;
	}

	@Scheduled(fixedDelayString = "${nastavnik.events.resubmit-interval:PT5M}", initialDelayString = "${nastavnik.events.resubmit-interval:PT5M}")
	public void resubmitStale() {
		try {
			incomplete.resubmitIncompletePublicationsOlderThan(Duration.ofMinutes(5));
		}
		catch (RuntimeException e) {
			log.warn("Resubmitting incomplete event publications failed: {}", e.getMessage());
		}
	}
}
