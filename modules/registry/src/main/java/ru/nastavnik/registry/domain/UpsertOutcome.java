package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What writing a list of rows did: participants created, participants changed, rows that changed nothing;
 * {@code createdKeys}: the natural key of each created participant (so that its events need no read-back).
 */
public record UpsertOutcome(List<UUID> created, List<UUID> updated, int unchanged, Map<UUID, String> createdKeys) {

    public UpsertOutcome {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        createdKeys = Map.copyOf(createdKeys);
    }

    public UpsertOutcome(List<UUID> created, List<UUID> updated, int unchanged) {
        this(created, updated, unchanged, Map.of());
    }
}
