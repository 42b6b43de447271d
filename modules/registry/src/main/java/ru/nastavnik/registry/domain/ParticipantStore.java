package ru.nastavnik.registry.domain;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Storage of participants (port); every operation sees only the current tenant (row-level security). */
public interface ParticipantStore {

    Optional<Participant> find(UUID id);

    List<Participant> findAll(Collection<UUID> ids);

    /**
     * Writes the participant's fields, consents and trainings, and with them whether its processing consent is valid
     * (the flag the list's «активные» reads; decision 0014); fails on a concurrent change.
     */
    void update(Participant participant);

    /** Whether another participant (not {@code except}) has this natural key. */
    boolean naturalKeyTaken(String naturalKey, UUID except);

    ResultPage<ParticipantListItem> list(ParticipantQuery query);

    /**
     * Writes validated rows by natural key: new keys create participants (joined on {@code joinedOn}), known keys are
     * updated where a fact or the processing consent differs, identical rows are left alone; one audit entry per
     * created or changed participant. All in the caller's transaction.
     */
    default UpsertOutcome upsert(List<ParticipantRow> rows, UUID importId, LocalDate joinedOn, Actor actor) {
        return upsert(rows, importId, joinedOn, actor, (written, created) -> { });
    }

    /** {@link #upsert(List, UUID, LocalDate, Actor)}, telling {@code progress} about each chunk as it is written. */
    UpsertOutcome upsert(List<ParticipantRow> rows, UUID importId, LocalDate joinedOn, Actor actor, ChunkWritten progress);

    /** What the store tells about the chunks of a bulk write as it goes (in the writing thread and transaction). */
    interface ChunkWritten {

        /**
         * @param rows    how many of the rows are written so far
         * @param created the participants the chunk just written created — id and row, in the file's order
         */
        void written(int rows, List<Map.Entry<UUID, ParticipantRow>> created);
    }

    /** Participants with a valid processing consent, as template rows, for the export. */
    void forEachExportRow(UUID organizationId, Map<UUID, OrganisationRef> organisations, Consumer<ParticipantRow> sink);

    /**
     * Counts of the tenant (or one organisation) for the home widget and the register: total, active (active in
     * programmes, {@link Participant#isActiveInProgrammes()} — the same as the list's «активные»), mentors, mentees.
     */
    Map<String, Long> counts(UUID organizationId);
}
