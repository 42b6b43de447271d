package ru.nastavnik.registry.domain;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What writing a list of rows did: participants created, participants changed, rows that changed nothing;
 * {@code createdRows}: the row each created participant was made of — a created participant is exactly its row
 * ({@link Participant#registeredFrom}), so its events need no read-back.
 */
public record UpsertOutcome(List<UUID> created, List<UUID> updated, int unchanged,
                            Map<UUID, ParticipantRow> createdRows) {

    public UpsertOutcome {
        created = List.copyOf(created);
        updated = List.copyOf(updated);
        createdRows = Map.copyOf(createdRows);
        if (!createdRows.keySet().containsAll(created)) {
            throw new IllegalArgumentException("every created participant needs its row");
        }
    }
}
