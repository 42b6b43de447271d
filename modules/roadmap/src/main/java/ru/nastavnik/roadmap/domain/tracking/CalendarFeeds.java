package ru.nastavnik.roadmap.domain.tracking;

import java.time.Instant;
import java.util.Optional;

/** Port: the SHA-256 of the current tenant's iCalendar feed token. */
public interface CalendarFeeds {

    /** Replaces the tenant's token hash. */
    void save(String tokenHash, Instant createdAt, String createdBy);

    /** Removes the tenant's token: the feed stops working until a new one is created. */
    void revoke();

    Optional<String> tokenHash();

    Optional<Instant> createdAt();

    /**
     * What the feed's content depends on, read without loading the roadmaps: the tenant's adopted roadmaps and
     * tracked occurrences (counts) and the latest change of either (an adoption, a status, new schools' occurrences).
     */
    DataVersion dataVersion();

    /** @param lastChange {@code null} without roadmaps */
    record DataVersion(long roadmaps, long occurrences, Instant lastChange) {
    }
}
