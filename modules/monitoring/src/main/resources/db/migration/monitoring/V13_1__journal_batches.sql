-- Issue 13: an import's participants arrive in chunks (ParticipantsRegistered / ParticipantsChanged), one journal row
-- per chunk. The chunk's batch id is its key: the listener applies a chunk only if the journal does not hold it yet, in
-- the same transaction that appends it, so a chunk delivered again changes neither the projections, nor the counters,
-- nor the journal. Events without a key (one person's, a pairing order, …) are journaled as before.
alter table monitoring.event_journal
    add column event_key uuid;
create unique index event_journal_key_uq on monitoring.event_journal (tenant_id, event_key) where event_key is not null;
