package ru.nastavnik.registry.domain;

import java.util.UUID;

/** The audit log of the tenant (port). */
public interface AuditLog {

    void record(AuditEntry entry);

    /** Newest first; {@code participantId} null for all entries. */
    ResultPage<AuditEntry> page(UUID participantId, int page, int size);
}
