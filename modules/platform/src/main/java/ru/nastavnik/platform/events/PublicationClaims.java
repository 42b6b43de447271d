package ru.nastavnik.platform.events;

import java.time.Duration;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.EventPublication;

/**
 * Claims an incomplete event publication for one instance's resubmission, so that of several instances resubmitting at
 * the same moment exactly one delivers it again.
 * <p>
 * Spring Modulith's own guard ({@code update … set status = 'RESUBMITTED' … where status != 'RESUBMITTED'}) is not
 * enough: once the winner's listener has started, the status is {@code PROCESSING}, and a second instance that read the
 * publication before the claim resubmits it again (seen in {@code TwoInstancesTests} under load). The claim is a row in
 * {@code platform.publication_claim}, taken by one insert-or-update: of several instances at once one inserts it, the
 * others meet the conflict, wait for its commit and find it fresh. A claim younger than {@code inFlight} is left to its
 * winner — its listener may still be running, or failed and waits for the next round; after that another instance
 * takes it over (the winner died). A publication that has completed (deleted) meanwhile cannot be claimed.
 */
public final class PublicationClaims {

	private PublicationClaims() {
	}

	/** Whether this instance may resubmit {@code publication} now: true for exactly one of several callers. */
	public static boolean claim(JdbcTemplate jdbc, EventPublication publication, Duration inFlight) {
		return jdbc.update("""
				insert into platform.publication_claim (id, claimed_at)
				select ep.id, clock_timestamp() from platform.event_publication ep
				where ep.id = ? and ep.completion_date is null
				on conflict (id) do update set claimed_at = excluded.claimed_at
				where publication_claim.claimed_at <= clock_timestamp() - ?::interval""",
				publication.getIdentifier(), inFlight.toMillis() + " milliseconds") == 1;
	}

	/** Forgets the claims of publications that are gone (completed and deleted). */
	public static int forgetCompleted(JdbcTemplate jdbc) {
		return jdbc.update("""
				delete from platform.publication_claim c
				where not exists (select 1 from platform.event_publication ep where ep.id = c.id)""");
	}
}
