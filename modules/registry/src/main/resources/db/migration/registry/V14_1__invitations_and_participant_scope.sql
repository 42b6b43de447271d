-- Issue 14 (decision 0010): invitations of participants to their own account, and the participant scope.

-- An invitation to create a participant account, bound to one participant (for a minor: their legal representative
-- is invited and acts for them). The token is shown once; only its SHA-256 is kept. One-time (used_at), with an
-- expiry, revocable.
create table registry.invitation
(
    id              uuid primary key,
    tenant_id       uuid         not null,
    participant_id  uuid         not null references registry.participant (id),
    representative  boolean      not null,
    invitee_name    varchar(300) not null,
    token_hash      char(64)     not null,
    created_at      timestamptz  not null,
    created_by      varchar(80)  not null,
    expires_at      timestamptz  not null,
    used_at         timestamptz,
    account_id      uuid,
    revoked_at      timestamptz,
    revoked_by      varchar(80),
    constraint invitation_used_or_revoked check (used_at is null or revoked_at is null),
    constraint invitation_expiry check (expires_at > created_at)
);
call platform.protect_tenant_table('registry.invitation');
create unique index invitation_token_uq on registry.invitation (token_hash);
create index invitation_participant_idx on registry.invitation (tenant_id, participant_id, created_at desc);

-- A participant's transaction (app.participant_id set) sees and changes only its own participant's rows. Staff and
-- listeners (no participant set) are not affected. Tables a participant never needs show it nothing.
call platform.restrict_to_participant('registry.participant', 'id = (select platform.current_participant_id())');
call platform.restrict_to_participant('registry.consent', 'participant_id = (select platform.current_participant_id())');
call platform.restrict_to_participant('registry.training', 'participant_id = (select platform.current_participant_id())');
call platform.restrict_to_participant('registry.audit_entry', 'participant_id = (select platform.current_participant_id())');
call platform.restrict_to_participant('registry.invitation', 'participant_id = (select platform.current_participant_id())');
call platform.restrict_to_participant('registry.organization',
    'id in (select p.organization_id from registry.participant p)');
call platform.restrict_to_participant('registry.contingent', 'false');
call platform.restrict_to_participant('registry.curator', 'false');
call platform.restrict_to_participant('registry.import_job', 'false');
