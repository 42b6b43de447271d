-- Monitoring's journal of the events it projects, in the order it handled them: what a rebuild of the tenant's
-- projections replays (ProjectionRebuild.rebuildFromJournal). The platform deletes completed event publications, so
-- this is the only durable record of monitoring's input. The events carry no names (ParticipantSnapshot: category,
-- age band, roles, organisation, dates) — the journal holds no more personal data than the projections do.
create table monitoring.event_journal
(
    seq         bigint generated always as identity primary key,
    tenant_id   uuid         not null,
    event_type  varchar(200) not null,
    payload     jsonb        not null,
    received_at timestamptz  not null default now()
);
call platform.protect_tenant_table('monitoring.event_journal');
create index event_journal_tenant_idx on monitoring.event_journal (tenant_id, seq);
