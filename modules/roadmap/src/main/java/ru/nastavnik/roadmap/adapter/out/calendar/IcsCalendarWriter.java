package ru.nastavnik.roadmap.adapter.out.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.springframework.stereotype.Component;

import ru.nastavnik.roadmap.domain.export.CalendarEntry;
import ru.nastavnik.roadmap.domain.export.CalendarWriter;

/**
 * iCalendar (RFC 5545) text written by hand — the subset needed is small: one VCALENDAR of all-day VEVENTs with UID,
 * DTSTAMP, DTSTART;VALUE=DATE, DTEND;VALUE=DATE (the next day), SUMMARY and DESCRIPTION; TEXT values escaped
 * (§3.3.11), CRLF line ends and lines folded at 75 octets without splitting a UTF-8 character (§3.1).
 */
@Component
public class IcsCalendarWriter implements CalendarWriter {

    static final int MAX_OCTETS = 75;

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Override
    public String write(String name, List<CalendarEntry> entries, Instant stamp) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Nastavnik//Roadmap due dates//RU");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(name));
        line(out, "X-WR-TIMEZONE:Europe/Moscow");
        String dtstamp = STAMP.format(stamp);
        for (CalendarEntry e : entries) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + e.uid());
            line(out, "DTSTAMP:" + dtstamp);
            line(out, "DTSTART;VALUE=DATE:" + DATE.format(e.day()));
            line(out, "DTEND;VALUE=DATE:" + DATE.format(e.day().plusDays(1)));
            line(out, "SUMMARY:" + text(e.summary()));
            if (!e.description().isEmpty()) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            line(out, "TRANSP:TRANSPARENT");
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT escaping of RFC 5545 §3.3.11. */
    static String text(String value) {
        return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
                .replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n");
    }

    /** Appends a content line folded at 75 octets, each physical line ended by CRLF. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int limit = MAX_OCTETS;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > limit) {
                out.append("\r\n ");
                octets = 1;
                limit = MAX_OCTETS;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
