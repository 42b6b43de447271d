-- Pairing: forms of mentorship, the candidate projection of the registry's events, programmes, the compatibility
-- questionnaire, proposals (matching runs), the curator's constraints, pairs and groups with individual plans, orders.
-- Every table carries tenant_id, filled by default from the transaction's tenant, and is under row-level security.

create table pairing.tenant_settings
(
    id                   uuid primary key default platform.current_tenant_id(),
    tenant_id            uuid    not null default platform.current_tenant_id(),
    only_trained_mentors boolean not null default false,
    version              integer not null
);
call platform.protect_tenant_table('pairing.tenant_settings');

create table pairing.form
(
    id                    uuid primary key,
    tenant_id             uuid         not null default platform.current_tenant_id(),
    code                  varchar(60)  not null,
    name                  varchar(200) not null,
    mentor_categories     text[]       not null,
    mentee_categories     text[]       not null,
    mentor_must_be_senior boolean      not null,
    role_variants         text[]       not null default '{}',
    methodology           boolean      not null,
    version               integer      not null,
    unique (tenant_id, code)
);
call platform.protect_tenant_table('pairing.form');

-- organisations and participants as the registry's events told us (never read from the registry's tables)
create table pairing.organization
(
    id         uuid primary key,
    tenant_id  uuid         not null default platform.current_tenant_id(),
    name       varchar(500) not null,
    short_name varchar(200),
    kind       varchar(100)
);
call platform.protect_tenant_table('pairing.organization');

create table pairing.candidate
(
    id                 uuid primary key,
    tenant_id          uuid    not null default platform.current_tenant_id(),
    organization_id    uuid,
    surname            varchar(200),
    name               varchar(200),
    patronymic         varchar(200),
    category           varchar(40),
    grade              integer,
    age_band           varchar(20),
    mentor             boolean not null default false,
    mentee             boolean not null default false,
    competencies       text[]  not null default '{}',
    requests           text[]  not null default '{}',
    capacity           integer not null default 0,
    trained            boolean not null default false,
    processing_consent boolean not null default false,
    active             boolean not null default false,
    anonymised         boolean not null default false,
    left_on            date,
    -- out-of-order arrival: a profile or consent event that came before the registration is newer than its snapshot
    mentor_profile_seen boolean not null default false,
    mentee_profile_seen boolean not null default false,
    consent_withdrawn  boolean not null default false,
    -- which kind of event last wrote the snapshot: a ParticipantRegistered never overwrites a ParticipantChanged
    snapshot_source    varchar(20),
    updated_at         timestamptz not null default now()
);
call platform.protect_tenant_table('pairing.candidate');
create index candidate_org_idx on pairing.candidate (tenant_id, organization_id);

create table pairing.programme
(
    id              uuid primary key,
    tenant_id       uuid         not null default platform.current_tenant_id(),
    organization_id uuid         not null,
    title           varchar(500) not null,
    form_codes      text[]       not null,
    starts_on       date         not null,
    ends_on         date         not null,
    goals           text,
    curator_name    varchar(300),
    status          varchar(20)  not null,
    created_at      timestamptz  not null,
    version         integer      not null
);
call platform.protect_tenant_table('pairing.programme');
create index programme_org_idx on pairing.programme (tenant_id, organization_id);

create table pairing.question
(
    id       uuid primary key,
    tenant_id uuid          not null default platform.current_tenant_id(),
    position integer        not null,
    code     varchar(60)    not null,
    text     varchar(1000)  not null,
    multiple boolean        not null,
    options  text[]         not null,
    weight   double precision not null,
    active   boolean        not null,
    version  integer        not null
);
call platform.protect_tenant_table('pairing.question');

-- answers are sensitive: shown to curators only, never carried by an event
create table pairing.answer
(
    id             uuid primary key,
    tenant_id      uuid    not null default platform.current_tenant_id(),
    participant_id uuid    not null,
    question_id    uuid    not null references pairing.question (id) on delete cascade,
    chosen         text[]  not null,
    answered_on    date    not null,
    version        integer not null,
    unique (participant_id, question_id)
);
call platform.protect_tenant_table('pairing.answer');

create table pairing.curator_constraint
(
    id           uuid primary key,
    tenant_id    uuid        not null default platform.current_tenant_id(),
    programme_id uuid        not null references pairing.programme (id),
    form_code    varchar(60) not null,
    mentor_id    uuid        not null,
    mentee_id    uuid        not null,
    kind         varchar(20) not null,
    created_at   timestamptz not null,
    version      integer     not null,
    unique (programme_id, form_code, mentor_id, mentee_id)
);
call platform.protect_tenant_table('pairing.curator_constraint');

create table pairing.proposal
(
    id                   uuid primary key,
    tenant_id            uuid        not null default platform.current_tenant_id(),
    programme_id         uuid        not null references pairing.programme (id),
    form_code            varchar(60) not null,
    form_name            varchar(200) not null,
    only_trained_mentors boolean     not null,
    mentor_count         integer     not null,
    mentee_count         integer     not null,
    matched_count        integer     not null,
    total_fit            bigint      not null,
    candidate_pair_count bigint      not null,
    solve_millis         bigint      not null,
    total_millis         bigint      not null,
    solver_name          varchar(100) not null,
    created_at           timestamptz not null,
    version              integer     not null
);
call platform.protect_tenant_table('pairing.proposal');
create index proposal_programme_idx on pairing.proposal (tenant_id, programme_id, created_at);

create table pairing.proposal_pair
(
    proposal_id       uuid             not null references pairing.proposal (id) on delete cascade,
    idx               integer          not null,
    tenant_id         uuid             not null default platform.current_tenant_id(),
    mentor_id         uuid             not null,
    mentee_id         uuid             not null,
    fit               integer          not null,
    request_coverage  double precision not null,
    compatibility     double precision not null,
    same_organization boolean          not null,
    covered_requests  text[]           not null,
    uncovered_requests text[]          not null,
    summary           text             not null,
    locked            boolean          not null,
    primary key (proposal_id, idx)
);
call platform.protect_tenant_table('pairing.proposal_pair');

create table pairing.proposal_unmatched
(
    proposal_id uuid        not null references pairing.proposal (id) on delete cascade,
    idx         integer     not null,
    tenant_id   uuid        not null default platform.current_tenant_id(),
    mentee_id   uuid        not null,
    reason      varchar(60) not null,
    message     text        not null,
    primary key (proposal_id, idx)
);
call platform.protect_tenant_table('pairing.proposal_unmatched');

create table pairing.proposal_alternative
(
    proposal_id     uuid    not null references pairing.proposal (id) on delete cascade,
    idx             integer not null,
    tenant_id       uuid    not null default platform.current_tenant_id(),
    mentee_id       uuid    not null,
    mentor_id       uuid    not null,
    fit             integer not null,
    mentor_has_free_slot boolean not null,
    primary key (proposal_id, idx)
);
call platform.protect_tenant_table('pairing.proposal_alternative');

create table pairing.pair
(
    id              uuid primary key,
    tenant_id       uuid         not null default platform.current_tenant_id(),
    programme_id    uuid         not null references pairing.programme (id),
    organization_id uuid         not null,
    form_code       varchar(60)  not null,
    form_name       varchar(200) not null,
    mentor_id       uuid         not null,
    mentor_category varchar(40)  not null,
    status          varchar(20)  not null,
    proposal_id     uuid,
    order_id        uuid,
    created_at      timestamptz  not null,
    activated_on    date,
    completed_on    date,
    outcome         text,
    dissolved_on    date,
    reason          text,
    plan_title      varchar(500),
    version         integer      not null
);
call platform.protect_tenant_table('pairing.pair');
create index pair_programme_idx on pairing.pair (tenant_id, programme_id);

create table pairing.pair_mentee
(
    pair_id   uuid        not null references pairing.pair (id) on delete cascade,
    idx       integer     not null,
    tenant_id uuid        not null default platform.current_tenant_id(),
    mentee_id uuid        not null,
    category  varchar(40) not null,
    primary key (pair_id, idx)
);
call platform.protect_tenant_table('pairing.pair_mentee');

-- the individual plan (индивидуальный план / маршрут) of a pair: its milestones
create table pairing.milestone
(
    pair_id   uuid          not null references pairing.pair (id) on delete cascade,
    idx       integer       not null,
    tenant_id uuid          not null default platform.current_tenant_id(),
    title     varchar(1000) not null,
    due_on    date,
    status    varchar(20)   not null,
    done_on   date,
    note      text,
    primary key (pair_id, idx)
);
call platform.protect_tenant_table('pairing.milestone');

create table pairing.pairing_order
(
    id              uuid primary key,
    tenant_id       uuid         not null default platform.current_tenant_id(),
    programme_id    uuid         not null references pairing.programme (id),
    organization_id uuid         not null,
    number          varchar(60)  not null,
    order_date      date         not null,
    status          varchar(20)  not null,
    issued_at       timestamptz,
    created_at      timestamptz  not null,
    version         integer      not null,
    unique (tenant_id, organization_id, number)
);
call platform.protect_tenant_table('pairing.pairing_order');

create table pairing.order_pair
(
    order_id  uuid    not null references pairing.pairing_order (id) on delete cascade,
    idx       integer not null,
    tenant_id uuid    not null default platform.current_tenant_id(),
    pair_id   uuid    not null references pairing.pair (id),
    primary key (order_id, idx)
);
call platform.protect_tenant_table('pairing.order_pair');
