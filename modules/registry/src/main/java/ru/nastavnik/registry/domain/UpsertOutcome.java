package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.UUID;

/** What writing a list of rows did: participants created, participants changed, rows that changed nothing. */
public record UpsertOutcome(List<UUID> created, List<UUID> updated, int unchanged) {

    public UpsertOutcome {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
    }
}
