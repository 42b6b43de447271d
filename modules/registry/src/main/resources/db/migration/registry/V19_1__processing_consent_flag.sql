-- Issue 16, item 13 (decision 0014): whether a participant has a valid consent to processing is kept in the
-- participant's own row, so that the register's «активные» filter, its exact count and the counts above the list read
-- one table instead of joining the consents. The participant store writes the flag with the consents, in every
-- statement (or, for the save of one participant, the transaction) that writes them.
alter table registry.participant
    add column processing_consent boolean not null default false;

-- The flag of every participant of every tenant, from the consents as they are. Both tables are under FORCE ROW LEVEL
-- SECURITY, which applies to their owner too: the migration's role (the schema owner, not a superuser in production)
-- would see no row of either, so the update would change nothing. Without FORCE the owner is not subject to the
-- policies; Flyway runs this file in one transaction, so FORCE is back before anyone else can see the tables, and the
-- application role (not the owner) is under row-level security all the time regardless (ENABLE stays on).
alter table registry.participant no force row level security;
alter table registry.consent no force row level security;

update registry.participant p
   set processing_consent = true
 where exists (select 1
                 from registry.consent c
                where c.participant_id = p.id
                  and c.purpose = 'PROCESSING'
                  and c.withdrawn_on is null);

alter table registry.consent force row level security;
alter table registry.participant force row level security;

-- The «активные» filter's exact count from one narrow partial index, read alone (index-only): the participants active
-- in programmes of the tenant. Its first page in name order is read from participant_list_idx (tenant_id, search_key,
-- id), stopping at the page's last row. A partial index on (tenant_id, search_key, id) would serve the page too, but
-- the planner counts with a scan of the table instead of it (as wide as the list index), and every import would pay
-- for one more index in name order; this one grows at its end (time-ordered ids) like V17_1's (EXPLAIN and figures:
-- docs/benchmarks.md). V17_1's two indexes go: the consents' one served only the join this replaces.
drop index if exists registry.participant_active_idx;
drop index if exists registry.consent_processing_idx;
create index participant_active_in_programmes_idx on registry.participant (tenant_id, id)
    where status = 'ACTIVE' and not anonymised and processing_consent;
