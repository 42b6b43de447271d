package ru.nastavnik.roadmap.application;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.stereotype.Component;

/** Today in Moscow time, which decides what is overdue. */
@Component
public class RoadmapClock {

    /** The zone of the product's dates. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Moscow");

    private final Clock clock = Clock.system(ZONE);

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }
}
