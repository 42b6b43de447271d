-- Monitoring keeps its own projections of the registry's, pairing's and roadmap's events (never their tables), the
-- indicator definitions with their targets, frozen snapshots, questionnaires, readiness confirmations and reports.
-- Every table carries tenant_id and is under row-level security.

-- ---------------------------------------------------------------- projections (rebuildable from events)

create table monitoring.organization
(
    tenant_id  uuid         not null,
    id         uuid primary key,
    name       varchar(500) not null,
    short_name varchar(200),
    kind       varchar(100)
);
call platform.protect_tenant_table('monitoring.organization');
create index organization_tenant_idx on monitoring.organization (tenant_id);

-- the contingent (denominators) per organisation and school year (2020 = 2020/21); a re-report replaces it
create table monitoring.contingent
(
    tenant_id         uuid    not null,
    organization_id   uuid    not null,
    school_year_start integer not null,
    pupils_total      integer not null,
    pupils_10_19      integer not null,
    pupils_15_19      integer,
    teachers          integer not null,
    young_teachers    integer not null,
    primary key (organization_id, school_year_start)
);
call platform.protect_tenant_table('monitoring.contingent');
create index contingent_tenant_year_idx on monitoring.contingent (tenant_id, school_year_start);

-- what monitoring knows of a participant: no name, no date of birth — only what the indicators count by
create table monitoring.participant
(
    tenant_id       uuid        not null,
    id              uuid primary key,
    organization_id uuid,
    category        varchar(40) not null,
    age_band        varchar(20),
    roles           varchar(60) not null default '',
    young_teacher   boolean     not null default false,
    mentor_trained  boolean     not null default false,
    active          boolean     not null default true,
    joined_on       date,
    left_on         date,
    anonymised      boolean     not null default false
);
call platform.protect_tenant_table('monitoring.participant');
create index participant_tenant_idx on monitoring.participant (tenant_id);

create table monitoring.pair
(
    tenant_id       uuid         not null,
    id              uuid primary key,
    form_code       varchar(60)  not null,
    form_name       varchar(200),
    organization_id uuid,
    programme_id    uuid,
    order_id        uuid,
    order_number    varchar(60),
    active_from     date         not null,
    active_to       date,
    status          varchar(20)  not null
);
call platform.protect_tenant_table('monitoring.pair');
create index pair_tenant_idx on monitoring.pair (tenant_id, form_code);

-- one row per participant per pair (a mentor, or one of the mentees of a pair or group)
create table monitoring.pair_member
(
    tenant_id      uuid        not null,
    pair_id        uuid        not null,
    participant_id uuid        not null,
    member_role    varchar(10) not null,
    category       varchar(40),
    primary key (pair_id, participant_id, member_role)
);
call platform.protect_tenant_table('monitoring.pair_member');
create index pair_member_participant_idx on monitoring.pair_member (tenant_id, participant_id);

create table monitoring.programme
(
    tenant_id       uuid not null,
    id              uuid primary key,
    organization_id uuid,
    title           varchar(500),
    form_codes      varchar(500) not null default '',
    period_from     date,
    period_to       date,
    closed_on       date
);
call platform.protect_tenant_table('monitoring.programme');
create index programme_tenant_idx on monitoring.programme (tenant_id, organization_id);

create table monitoring.roadmap_progress
(
    tenant_id    uuid         not null,
    roadmap_id   uuid primary key,
    title        varchar(500),
    period_from  date,
    period_to    date,
    order_number varchar(60),
    order_date   date,
    occurrences  integer      not null default 0,
    done         integer      not null default 0,
    in_progress  integer      not null default 0,
    overdue      integer      not null default 0,
    cancelled    integer      not null default 0,
    as_of        date
);
call platform.protect_tenant_table('monitoring.roadmap_progress');
create index roadmap_progress_tenant_idx on monitoring.roadmap_progress (tenant_id);

-- the school curator's appointment (the order), per organisation; no name is kept
create table monitoring.curator
(
    tenant_id       uuid not null,
    organization_id uuid primary key,
    order_number    varchar(60),
    order_date      date
);
call platform.protect_tenant_table('monitoring.curator');

-- ---------------------------------------------------------------- pre-aggregated counters
-- Involvement counters: +1 on the day a participant starts counting in a bucket, -1 on the day they stop. The value
-- at a date is the sum of deltas up to it. A bucket is (form or '*', pair role or '*', category, age band, young
-- teacher, trained); '*' buckets merge a participant's intervals first, so a participant counts once however many
-- pairs they are in. Kept per school and per tenant (the tenant table is what the indicators and the regional
-- summary read).
create table monitoring.involvement_school_delta
(
    tenant_id       uuid        not null,
    organization_id uuid        not null,
    form_code       varchar(60) not null,
    pair_role       varchar(10) not null,
    category        varchar(40) not null,
    age_band        varchar(20) not null,
    young_teacher   boolean     not null,
    trained         boolean     not null,
    day             date        not null,
    delta           integer     not null,
    primary key (tenant_id, organization_id, form_code, pair_role, category, age_band, young_teacher, trained, day)
        include (delta)
);
call platform.protect_tenant_table('monitoring.involvement_school_delta');

create table monitoring.involvement_tenant_delta
(
    tenant_id     uuid        not null,
    form_code     varchar(60) not null,
    pair_role     varchar(10) not null,
    category      varchar(40) not null,
    age_band      varchar(20) not null,
    young_teacher boolean     not null,
    trained       boolean     not null,
    day           date        not null,
    delta         integer     not null,
    primary key (tenant_id, form_code, pair_role, category, age_band, young_teacher, trained, day) include (delta)
);
call platform.protect_tenant_table('monitoring.involvement_tenant_delta');

-- the primary keys carry the delta (INCLUDE), so that summing a tenant's or a region's counters is an index-only scan

-- active pairs (and groups) by form: +1 on the order's date, -1 on completion/dissolution
create table monitoring.pair_delta
(
    tenant_id uuid        not null,
    form_code varchar(60) not null,
    day       date        not null,
    delta     integer     not null,
    primary key (tenant_id, form_code, day) include (delta)
);
call platform.protect_tenant_table('monitoring.pair_delta');

-- ---------------------------------------------------------------- indicators and their targets
create table monitoring.indicator
(
    tenant_id         uuid         not null,
    id                uuid primary key,
    code              varchar(60)  not null,
    name              varchar(500) not null,
    description       varchar(1000),
    source            varchar(200),
    sort_order        integer      not null,
    num_category      varchar(40),
    num_pair_role     varchar(10),
    num_form_code     varchar(60),
    num_age_bands     varchar(200) not null default '',
    num_young_teacher boolean,
    num_trained       boolean,
    denominator       varchar(40)  not null,
    unique (tenant_id, code)
);
call platform.protect_tenant_table('monitoring.indicator');

create table monitoring.indicator_target
(
    tenant_id    uuid          not null,
    indicator_id uuid          not null references monitoring.indicator (id) on delete cascade,
    target_date  date          not null,
    value        numeric(6, 2),
    primary key (indicator_id, target_date)
);
call platform.protect_tenant_table('monitoring.indicator_target');
-- read by tenant (the regional summary reads the region's tenants' targets under row-level security)
create index indicator_target_tenant_idx on monitoring.indicator_target (tenant_id);

-- ---------------------------------------------------------------- snapshots (immutable)
create table monitoring.snapshot
(
    tenant_id     uuid         not null,
    id            uuid primary key,
    snapshot_date date         not null,
    title         varchar(300) not null,
    taken_at      timestamptz  not null default now()
);
call platform.protect_tenant_table('monitoring.snapshot');
create index snapshot_tenant_idx on monitoring.snapshot (tenant_id, snapshot_date);

-- organization_id null: the whole municipality
create table monitoring.snapshot_value
(
    tenant_id       uuid         not null,
    snapshot_id     uuid         not null references monitoring.snapshot (id),
    indicator_code  varchar(60)  not null,
    indicator_name  varchar(500) not null,
    organization_id uuid,
    numerator       integer      not null,
    denominator     integer      not null,
    value           numeric(7, 2),
    target          numeric(6, 2),
    on_track        boolean
);
call platform.protect_tenant_table('monitoring.snapshot_value');
create index snapshot_value_snapshot_idx on monitoring.snapshot_value (snapshot_id);
-- a snapshot never changes: the application may add snapshots, never alter or remove them
revoke update, delete on monitoring.snapshot, monitoring.snapshot_value from ${app_role};

-- ---------------------------------------------------------------- quality monitoring
-- one questionnaire filled in by one respondent of a programme; no respondent identity is stored
create table monitoring.questionnaire_response
(
    tenant_id       uuid        not null,
    id              uuid primary key,
    programme_id    uuid        not null,
    organization_id uuid,
    stage           integer     not null,
    respondent_role varchar(10) not null,
    phase           varchar(10),
    answers         text        not null,
    submitted_on    date        not null
);
call platform.protect_tenant_table('monitoring.questionnaire_response');
create index questionnaire_response_idx on monitoring.questionnaire_response (tenant_id, stage, programme_id);

create table monitoring.readiness_confirmation
(
    tenant_id       uuid         not null,
    organization_id uuid         not null,
    item_code       varchar(40)  not null,
    confirmed       boolean      not null,
    document        varchar(500),
    confirmed_on    date,
    primary key (organization_id, item_code)
);
call platform.protect_tenant_table('monitoring.readiness_confirmation');

-- ---------------------------------------------------------------- analytical reports
create table monitoring.report
(
    tenant_id   uuid         not null,
    id          uuid primary key,
    title       varchar(300) not null,
    report_date date         not null,
    status      varchar(20)  not null,
    content     text         not null,
    conclusions text         not null,
    created_on  date         not null,
    approved_on date,
    version     integer      not null default 0
);
call platform.protect_tenant_table('monitoring.report');
create index report_tenant_idx on monitoring.report (tenant_id, report_date);
