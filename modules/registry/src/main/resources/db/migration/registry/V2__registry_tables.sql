-- The registry's tables. Every one carries tenant_id and is under row-level security (platform.protect_tenant_table).

-- Educational organisations (ОО) of a tenant. short_name_key is the short name normalised as the import matches it
-- (OrganisationDirectory.normaliseName), so «СОШ №1» and «сош № 1» cannot both be registered.
create table registry.organization
(
    id             uuid primary key,
    tenant_id      uuid         not null,
    name           varchar(500) not null,
    short_name     varchar(200) not null,
    short_name_key varchar(200) not null,
    kind           varchar(40)  not null,
    created_at     timestamptz  not null default now(),
    version        integer      not null default 0
);
call platform.protect_tenant_table('registry.organization');
create unique index organization_short_name_uq on registry.organization (tenant_id, short_name_key);

-- The contingent of an organisation for a school year (2020 = 2020/21): the indicators' denominators.
create table registry.contingent
(
    id               uuid primary key,
    tenant_id        uuid        not null,
    organization_id  uuid        not null references registry.organization (id),
    school_year      integer     not null check (school_year between 2000 and 2100),
    pupils_total     integer     not null check (pupils_total >= 0),
    pupils_10_19     integer     not null check (pupils_10_19 >= 0 and pupils_10_19 <= pupils_total),
    pupils_15_19     integer check (pupils_15_19 >= 0 and pupils_15_19 <= pupils_10_19),
    teachers         integer     not null check (teachers >= 0),
    young_teachers   integer     not null check (young_teachers >= 0 and young_teachers <= teachers),
    reported_at      timestamptz not null default now(),
    version          integer     not null default 0
);
call platform.protect_tenant_table('registry.contingent');
create unique index contingent_org_year_uq on registry.contingent (tenant_id, organization_id, school_year);

create sequence registry.participant_number_seq;

-- Participants. natural_key = organisation id | folded surname | name | patronymic | birth date (ParticipantNaturalKey),
-- the key of idempotent re-import; anonymisation replaces it by «anonymised|<id>». search_key is the folded full name.
-- birth_year survives anonymisation (birth_date does not), so the age band remains for the indicators.
create table registry.participant
(
    id                  uuid primary key,
    tenant_id           uuid          not null,
    number              bigint        not null default nextval('registry.participant_number_seq'),
    organization_id     uuid          not null references registry.organization (id),
    natural_key         varchar(600)  not null,
    search_key          varchar(400)  collate "C" not null,
    category            varchar(40)   not null,
    surname             varchar(100)  not null,
    name                varchar(100)  not null,
    patronymic          varchar(100),
    birth_date          date,
    birth_year          integer       not null,
    grade               integer check (grade between 1 and 11),
    class_letter        varchar(4),
    pedagogical_start   date,
    company             varchar(300),
    email               varchar(200),
    phone               varchar(20),
    mentor              boolean       not null,
    mentee              boolean       not null,
    competencies        text[]        not null default '{}',
    competencies_note   varchar(2000),
    capacity            integer check (capacity between 1 and 10),
    positive_experience boolean       not null default false,
    requests            text[]        not null default '{}',
    requests_note       varchar(2000),
    status              varchar(20)   not null default 'ACTIVE',
    joined_on           date          not null,
    left_on             date,
    left_reason         varchar(500),
    anonymised          boolean       not null default false,
    anonymised_on       date,
    last_import_id      uuid,
    created_at          timestamptz   not null default now(),
    updated_at          timestamptz   not null default now(),
    version             integer       not null default 0,
    constraint participant_role check (mentor or mentee)
);
call platform.protect_tenant_table('registry.participant');
create unique index participant_natural_key_uq on registry.participant (tenant_id, natural_key);
-- the list: ordered by name, filtered by organisation or category, searched by a name prefix
create index participant_list_idx on registry.participant (tenant_id, search_key, id);
create index participant_org_list_idx on registry.participant (tenant_id, organization_id, search_key, id);
create index participant_category_list_idx on registry.participant (tenant_id, category, search_key, id);

-- Consent (152-ФЗ): one record per participant and purpose; a withdrawn consent keeps its record.
create table registry.consent
(
    id                      uuid primary key,
    tenant_id               uuid        not null,
    participant_id          uuid        not null references registry.participant (id),
    purpose                 varchar(20) not null,
    given_on                date        not null,
    by_legal_representative boolean     not null,
    representative_name     varchar(300),
    withdrawn_on            date,
    recorded_at             timestamptz not null default now()
);
call platform.protect_tenant_table('registry.consent');
create unique index consent_participant_purpose_uq on registry.consent (participant_id, purpose);

-- A mentor's training (обучение наставников).
create table registry.training
(
    id             uuid primary key,
    tenant_id      uuid         not null,
    participant_id uuid         not null references registry.participant (id),
    title          varchar(300) not null,
    completed_on   date         not null
);
call platform.protect_tenant_table('registry.training');
create unique index training_uq on registry.training (participant_id, title, completed_on);

-- Tenant-editable catalogues: mentors' competencies and mentees' requests.
create table registry.catalogue_item
(
    id        uuid primary key,
    tenant_id uuid         not null,
    kind      varchar(20)  not null,
    title     varchar(200) not null,
    version   integer      not null default 0
);
call platform.protect_tenant_table('registry.catalogue_item');
create unique index catalogue_item_uq on registry.catalogue_item (tenant_id, kind, lower(title));

-- School curators (куратор ОО) and the municipal base of curators, with the appointing order.
create table registry.curator
(
    id              uuid primary key,
    tenant_id       uuid         not null,
    kind            varchar(20)  not null,
    organization_id uuid references registry.organization (id),
    full_name       varchar(300) not null,
    position        varchar(300),
    email           varchar(200),
    phone           varchar(20),
    order_number    varchar(50)  not null,
    order_date      date         not null,
    account_id      uuid,
    appointed_at    timestamptz  not null default now(),
    version         integer      not null default 0,
    constraint curator_school check (kind <> 'SCHOOL' or organization_id is not null)
);
call platform.protect_tenant_table('registry.curator');

-- Bulk imports: one row per uploaded file, updated while the background job runs.
create table registry.import_job
(
    id              uuid primary key,
    tenant_id       uuid         not null,
    file_name       varchar(300) not null,
    account_id      uuid,
    username        varchar(80)  not null,
    started_at      timestamptz  not null default now(),
    finished_at     timestamptz,
    status          varchar(20)  not null,
    rows_processed  integer      not null default 0,
    rows_total      integer,
    created         integer      not null default 0,
    updated         integer      not null default 0,
    unchanged       integer      not null default 0,
    total_errors    integer      not null default 0,
    errors          text,
    message         varchar(2000)
);
call platform.protect_tenant_table('registry.import_job');
create index import_job_started_idx on registry.import_job (tenant_id, started_at desc);

-- Audit log: every read of a participant's card and every change.
create table registry.audit_entry
(
    id             uuid primary key,
    tenant_id      uuid         not null,
    at             timestamptz  not null default now(),
    account_id     uuid,
    username       varchar(80)  not null,
    action         varchar(40)  not null,
    participant_id uuid,
    details        varchar(4000)
);
call platform.protect_tenant_table('registry.audit_entry');
create index audit_entry_at_idx on registry.audit_entry (tenant_id, at desc);
create index audit_entry_participant_idx on registry.audit_entry (tenant_id, participant_id, at desc);
