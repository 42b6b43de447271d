-- Templates per tenant (versioned), adopted roadmaps with their items and occurrences, evidence and its files,
-- the projection of the tenant's schools, and the iCalendar feed token. Every table carries tenant_id under
-- row-level security.

-- One row per saved version of a tenant's template. A version is immutable: editing, importing or copying
-- appends the next number. The content is the canonical JSON of TEMPLATE-FORMAT (nastavnik.roadmap-template/1).
create table roadmap.template_version
(
    id          uuid primary key,
    tenant_id   uuid          not null,
    number      integer       not null check (number >= 1),
    content     text          not null,
    source      varchar(20)   not null check (source in ('BUNDLED', 'EDITED', 'IMPORTED', 'COPIED')),
    comment     varchar(1000) not null default '',
    created_at  timestamptz   not null,
    created_by  varchar(300)  not null,
    constraint template_version_number_uq unique (tenant_id, number)
);
call platform.protect_tenant_table('roadmap.template_version');

-- An adopted roadmap: a template version materialised for a period by an order.
create table roadmap.roadmap
(
    id                      uuid primary key,
    tenant_id               uuid          not null,
    template_version_id     uuid          not null references roadmap.template_version (id),
    template_version_number integer       not null,
    title                   varchar(2000) not null,
    basis                   varchar(2000) not null,
    period_from             date          not null,
    period_to               date          not null,
    order_number            varchar(100)  not null,
    order_date              date          not null,
    adopted_at              timestamptz   not null,
    adopted_by              varchar(300)  not null,
    constraint roadmap_period_ck check (period_to >= period_from)
);
call platform.protect_tenant_table('roadmap.roadmap');
create index roadmap_tenant_idx on roadmap.roadmap (tenant_id, adopted_at desc);

-- The items of an adopted roadmap, copied from the template version (so later template edits do not touch it).
create table roadmap.roadmap_item
(
    id                 uuid primary key,
    tenant_id          uuid          not null,
    roadmap_id         uuid          not null references roadmap.roadmap (id) on delete cascade,
    position           integer       not null,
    section_number     varchar(40)   not null,
    section_title      varchar(2000) not null,
    number             varchar(40)   not null,
    title              text          not null,
    schedule_kind      varchar(30)   not null,
    schedule_text      varchar(2000) not null,
    responsible        text          not null,
    result             text          not null,
    note               text          not null,
    tracked_per_school boolean       not null,
    binding            varchar(100),
    constraint roadmap_item_position_uq unique (roadmap_id, position)
);
call platform.protect_tenant_table('roadmap.roadmap_item');
create index roadmap_item_binding_idx on roadmap.roadmap_item (tenant_id, binding) where binding is not null;

-- One tracked occurrence of an item: the seq-th planned occurrence of its schedule, for the municipality
-- (organization_id null) or for one school. overdue_notified_at is claimed once by the daily job.
create table roadmap.occurrence
(
    id                  uuid primary key,
    tenant_id           uuid         not null,
    roadmap_id          uuid         not null references roadmap.roadmap (id) on delete cascade,
    item_id             uuid         not null references roadmap.roadmap_item (id) on delete cascade,
    seq                 integer      not null,
    organization_id     uuid,
    label               varchar(300) not null,
    start_date          date,
    due_date            date,
    target_value        numeric,
    target_unit         varchar(20),
    target_comparison   varchar(20),
    status              varchar(20)  not null check (status in ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    cancellation_reason varchar(2000),
    overdue_notified_at timestamptz,
    updated_at          timestamptz  not null,
    version             integer      not null default 0,
    constraint occurrence_uq unique nulls not distinct (item_id, seq, organization_id)
);
call platform.protect_tenant_table('roadmap.occurrence');
create index occurrence_roadmap_idx on roadmap.occurrence (roadmap_id);
create index occurrence_overdue_idx on roadmap.occurrence (tenant_id, due_date)
    where overdue_notified_at is null and status in ('PLANNED', 'IN_PROGRESS');

-- A file attached to document evidence, stored in the database (size limited by the application).
create table roadmap.evidence_file
(
    id           uuid primary key,
    tenant_id    uuid         not null,
    file_name    varchar(300) not null,
    content_type varchar(200) not null,
    size         integer      not null,
    content      bytea        not null,
    created_at   timestamptz  not null
);
call platform.protect_tenant_table('roadmap.evidence_file');

-- The evidence of an occurrence, in the order attached: a document, a link or an event of another module.
create table roadmap.evidence
(
    id                uuid primary key,
    tenant_id         uuid         not null,
    occurrence_id     uuid         not null references roadmap.occurrence (id) on delete cascade,
    position          integer      not null,
    kind              varchar(20)  not null check (kind in ('DOCUMENT', 'LINK', 'EVENT')),
    doc_kind          varchar(200),
    doc_number        varchar(100),
    doc_date          date,
    doc_title         varchar(2000),
    file_id           uuid references roadmap.evidence_file (id),
    url               varchar(2000),
    link_title        varchar(2000),
    event_type        varchar(100),
    event_id          varchar(100),
    event_description varchar(2000),
    observed_at       timestamptz,
    constraint evidence_position_uq unique (occurrence_id, position)
);
call platform.protect_tenant_table('roadmap.evidence');
create unique index evidence_event_uq on roadmap.evidence (occurrence_id, event_type, event_id) where kind = 'EVENT';
create index evidence_event_idx on roadmap.evidence (event_type, event_id) where kind = 'EVENT';

-- The tenant's schools, projected from the registry's OrganizationRegistered / OrganizationChanged.
create table roadmap.school
(
    id         uuid primary key,
    tenant_id  uuid          not null,
    name       varchar(1000) not null,
    short_name varchar(300),
    kind       varchar(200),
    updated_at timestamptz   not null
);
call platform.protect_tenant_table('roadmap.school');

-- The secret of the tenant's iCalendar feed: only its SHA-256 is kept.
create table roadmap.calendar_feed
(
    tenant_id  uuid primary key,
    token_hash varchar(64)  not null,
    created_at timestamptz  not null,
    created_by varchar(300) not null
);
call platform.protect_tenant_table('roadmap.calendar_feed');
