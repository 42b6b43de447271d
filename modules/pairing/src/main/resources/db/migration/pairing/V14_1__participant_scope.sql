-- Issue 14 (decision 0010): what a participant's transaction (app.participant_id set) may see of pairing: its own
-- candidate row and its partners' (name and organisation for «my pair»), its own pairs with their mentees and
-- milestones, their programmes and its organisation's, its own questionnaire answers; no proposal, constraint or
-- order. Staff and listeners (no participant set) are not affected.

-- The pairs a participant is in (as mentor or mentee). Looks them up with the participant setting cleared for the
-- moment of its own query and restored right after, so that the policies of pair and pair_mentee below can use it
-- without referring to each other (which PostgreSQL refuses as recursion); the tenant policy still applies inside.
-- (A SET clause on the function would do the same, but setting a custom parameter that way needs a superuser.)
create function pairing.pairs_of(participant uuid) returns setof uuid
    language plpgsql volatile
as
$$
declare
    saved text := current_setting('app.participant_id', true);
    found uuid[];
begin
    perform set_config('app.participant_id', '', true);
    select coalesce(array_agg(id), '{}') into found
    from (select p.id from pairing.pair p where p.mentor_id = participant
          union
          select m.pair_id from pairing.pair_mentee m where m.mentee_id = participant) pairs;
    perform set_config('app.participant_id', coalesce(saved, ''), true);
    return query select unnest(found);
end
$$;
grant execute on function pairing.pairs_of(uuid) to ${app_role};

call platform.restrict_to_participant('pairing.pair',
    'id in (select pairing.pairs_of((select platform.current_participant_id())))', 'false');
call platform.restrict_to_participant('pairing.pair_mentee',
    'pair_id in (select pairing.pairs_of((select platform.current_participant_id())))', 'false');
call platform.restrict_to_participant('pairing.milestone',
    'pair_id in (select pairing.pairs_of((select platform.current_participant_id())))', 'false');
call platform.restrict_to_participant('pairing.candidate',
    'id = (select platform.current_participant_id()) or id in (select p.mentor_id from pairing.pair p) '
        || 'or id in (select m.mentee_id from pairing.pair_mentee m)',
    'false');
call platform.restrict_to_participant('pairing.answer', 'participant_id = (select platform.current_participant_id())');
call platform.restrict_to_participant('pairing.programme',
    'id in (select p.programme_id from pairing.pair p) or organization_id in '
        || '(select c.organization_id from pairing.candidate c where c.id = (select platform.current_participant_id()))',
    'false');
call platform.restrict_to_participant('pairing.proposal', 'false');
call platform.restrict_to_participant('pairing.proposal_pair', 'false');
call platform.restrict_to_participant('pairing.proposal_unmatched', 'false');
call platform.restrict_to_participant('pairing.proposal_alternative', 'false');
call platform.restrict_to_participant('pairing.curator_constraint', 'false');
call platform.restrict_to_participant('pairing.pairing_order', 'false');
call platform.restrict_to_participant('pairing.order_pair', 'false');
