package ru.nastavnik.registry.domain;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log: who, when, what, about whom. */
public record AuditEntry(UUID id, Instant at, UUID accountId, String username, AuditAction action, UUID participantId,
                         String details) {

    public static AuditEntry of(Actor actor, AuditAction action, UUID participantId, String details) {
        return new AuditEntry(UUID.randomUUID(), Instant.now(), actor.accountId(), actor.username(), action,
                participantId, details);
    }
}
