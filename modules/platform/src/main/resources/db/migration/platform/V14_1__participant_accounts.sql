-- Issue 14 (decision 0010): participant accounts and the participant scope of row-level security.
--
-- A PARTICIPANT account belongs to one tenant and is bound to exactly one participant of it (for a legal
-- representative: the minor they act for). At most one enabled account per participant.
alter table platform.account
    add column participant_id uuid,
    add column representative boolean not null default false;
alter table platform.account drop constraint account_scope;
alter table platform.account add constraint account_scope check (
    (role = 'PLATFORM_ADMIN' and tenant_id is null and region_code is null and participant_id is null)
        or (role = 'MINISTRY_VIEWER' and tenant_id is null and region_code is not null and participant_id is null)
        or (role = 'COORDINATOR' and tenant_id is not null and participant_id is null)
        or (role = 'SCHOOL_CURATOR' and tenant_id is not null and organization_id is not null and participant_id is null)
        or (role = 'PARTICIPANT' and tenant_id is not null and participant_id is not null and organization_id is null));
create unique index account_participant_uq on platform.account (tenant_id, participant_id)
    where role = 'PARTICIPANT' and enabled;

-- The participant a transaction works for (transaction-local setting app.participant_id, set by
-- TenantAwareTransactionManager from the TenantContext of a participant's request). Unset or empty: none, i.e. a
-- staff request or a listener, which the tenant policy alone governs.
create function platform.current_participant_id() returns uuid
    language sql stable parallel safe as
$$ select nullif(current_setting('app.participant_id', true), '')::uuid $$;
grant execute on function platform.current_participant_id() to ${app_role};

-- Narrows a table further for a participant's transactions: a RESTRICTIVE policy (AND-ed with the tenant policy)
-- that lets rows through only when no participant is set, or when `visible` holds for reading / changing and
-- `writable` (default: `visible`) for new and changed rows. Staff and listeners are not affected. Modules call it
-- for every table that a participant's request may touch or that holds another participant's data. The setting is
-- read in a scalar sub-select — an InitPlan, evaluated once per statement instead of once per row — so staff's bulk
-- writes and scans pay next to nothing for the policies; conditions should do the same.
create procedure platform.restrict_to_participant(target regclass, visible text, writable text default null)
    language plpgsql as
$$
declare
    read_rule  text := format('(select platform.current_participant_id()) is null or (%s)', visible);
    write_rule text := format('(select platform.current_participant_id()) is null or (%s)', coalesce(writable, visible));
begin
    execute format('create policy participant_read on %s as restrictive for select using (%s)', target, read_rule);
    execute format('create policy participant_insert on %s as restrictive for insert with check (%s)', target, write_rule);
    execute format('create policy participant_update on %s as restrictive for update using (%s) with check (%s)',
                   target, read_rule, write_rule);
    execute format('create policy participant_delete on %s as restrictive for delete using (%s)', target, read_rule);
end
$$;
