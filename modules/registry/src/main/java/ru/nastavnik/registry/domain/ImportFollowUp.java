package ru.nastavnik.registry.domain;

import java.util.List;

/**
 * What the other sections of the system have made of a written import: its events were stored as {@code publications}
 * event publications (one per chunk per listening module); {@code pending} of them are not yet handled, by the
 * modules named in {@code sections}; {@code failed} of those failed and are retried automatically.
 */
public record ImportFollowUp(int publications, int pending, int failed, List<String> sections) {

    public ImportFollowUp {
        sections = List.copyOf(sections);
    }

    /** Pairs, indicators and the rest do not yet reflect the import. */
    public boolean catchingUp() {
        return pending > 0;
    }

    public int handled() {
        return Math.max(0, publications - pending);
    }
}
