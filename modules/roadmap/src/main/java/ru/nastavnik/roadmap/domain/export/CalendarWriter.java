package ru.nastavnik.roadmap.domain.export;

import java.time.Instant;
import java.util.List;

/** Port: the due-dates calendar as iCalendar (RFC 5545) text. */
public interface CalendarWriter {

    /**
     * @param name the calendar's name shown by clients
     * @param entries all-day entries
     * @param stamp the DTSTAMP of every entry (when the feed was generated)
     */
    String write(String name, List<CalendarEntry> entries, Instant stamp);
}
