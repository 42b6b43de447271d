-- Everything the municipality publishes: best-practice cases, news and information-support posts, best mentors,
-- monitoring results and documents. One table, one workflow; case-only columns are null for the other kinds.
create table publication.publication
(
    id                 uuid primary key,
    tenant_id          uuid         not null,
    version            integer      not null,
    kind               varchar(30)  not null,
    status             varchar(20)  not null,
    title              varchar(300) not null,
    summary            varchar(1000),
    body               text,
    organization_id    uuid,
    organization_name  varchar(500),
    form_code          varchar(100),
    problem            text,
    actions            text,
    results            text,
    tags               varchar(1000),
    recommended        boolean      not null default false,
    review_comment     text,
    mentor_id          uuid,
    source_pair_id     uuid,
    source_report_id   uuid,
    document_type      varchar(30),
    demo_key           varchar(100),
    author_id          uuid,
    author_name        varchar(300),
    created_at         timestamptz  not null,
    updated_at         timestamptz  not null,
    submitted_at       timestamptz,
    published_at       timestamptz,
    withdrawn_at       timestamptz,
    withdrawal_reason  varchar(1000),
    constraint publication_kind check (kind in ('CASE', 'NEWS', 'INFO', 'BEST_MENTOR', 'MONITORING_RESULT', 'DOCUMENT')),
    constraint publication_status check (status in ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED', 'PUBLISHED', 'WITHDRAWN')),
    constraint publication_published_at check (status <> 'PUBLISHED' or published_at is not null)
);
call platform.protect_tenant_table('publication.publication');
create index publication_public_idx on publication.publication (tenant_id, status, kind, published_at desc);
create index publication_mentor_idx on publication.publication (tenant_id, mentor_id) where mentor_id is not null;
create unique index publication_report_uq on publication.publication (tenant_id, source_report_id) where source_report_id is not null;
create unique index publication_demo_uq on publication.publication (tenant_id, demo_key) where demo_key is not null;

-- Files attached to a publication (or the file of a document). The type is the one sniffed from the content.
create table publication.attachment
(
    id              uuid primary key,
    tenant_id       uuid         not null,
    publication_id  uuid         not null references publication.publication (id) on delete cascade,
    file_name       varchar(300) not null,
    content_type    varchar(100) not null,
    type_label      varchar(20)  not null,
    size_bytes      bigint       not null,
    content         bytea        not null,
    created_at      timestamptz  not null
);
call platform.protect_tenant_table('publication.attachment');
create index attachment_publication_idx on publication.attachment (tenant_id, publication_id);

-- Projection of the registry's participants, kept from its events: names of minors (the privacy guard), and of
-- adults with their publication consent (the best mentors). Erased on ParticipantAnonymised.
create table publication.person
(
    tenant_id           uuid    not null,
    participant_id      uuid    not null,
    organization_id     uuid,
    surname             varchar(200),
    name                varchar(200),
    patronymic          varchar(200),
    minor               boolean not null default false,
    mentor              boolean not null default false,
    positive_experience boolean not null default false,
    publication_consent boolean not null default false,
    active              boolean not null default true,
    primary key (participant_id)
);
call platform.protect_tenant_table('publication.person');
create index person_minor_idx on publication.person (tenant_id) where minor;

-- Projection of the registry's organisations (names for cases).
create table publication.organization
(
    tenant_id       uuid         not null,
    organization_id uuid         not null primary key,
    name            varchar(500) not null,
    short_name      varchar(300)
);
call platform.protect_tenant_table('publication.organization');

-- Completed pairs (pairing's PairCompleted): material a case can be drafted from. No names, only facts.
create table publication.case_material
(
    tenant_id       uuid not null,
    pair_id         uuid not null primary key,
    form_code       varchar(100),
    organization_id uuid,
    mentee_count    integer not null,
    completed_on    date,
    outcome         text,
    used_by_case    uuid
);
call platform.protect_tenant_table('publication.case_material');
