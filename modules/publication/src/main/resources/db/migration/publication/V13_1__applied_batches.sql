-- The chunks of the registry's import events (ParticipantsRegistered / ParticipantsChanged) this module has applied,
-- recorded in the transaction that applies them: a chunk delivered again (the event publication registry retries
-- until a listener completes) finds its batch here and changes nothing, even after later changes of the same people.
create table publication.applied_batch
(
    batch_id   uuid primary key,
    tenant_id  uuid        not null,
    applied_at timestamptz not null default now()
);
call platform.protect_tenant_table('publication.applied_batch');
