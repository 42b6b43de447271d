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
}
