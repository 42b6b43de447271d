-- A proposal keeps the curator's locks and bans it was run with (issue 16, item 3): each one, whether the run applied
-- it and, if not, why (a lock whose mentor left, withdrew the consent or has no place left). Proposals made before
-- this version recorded none (constraints_recorded = false): their pages show the current constraints as before.
alter table pairing.proposal
    add column constraints_recorded boolean not null default false;

create table pairing.proposal_constraint
(
    proposal_id uuid        not null references pairing.proposal (id) on delete cascade,
    idx         integer     not null,
    tenant_id   uuid        not null default platform.current_tenant_id(),
    kind        varchar(20) not null,
    mentor_id   uuid        not null,
    mentee_id   uuid        not null,
    applied     boolean     not null,
    problem     text,
    primary key (proposal_id, idx),
    constraint proposal_constraint_kind check (kind in ('LOCKED', 'FORBIDDEN')),
    constraint proposal_constraint_problem check (applied = (problem is null))
);
call platform.protect_tenant_table('pairing.proposal_constraint');
