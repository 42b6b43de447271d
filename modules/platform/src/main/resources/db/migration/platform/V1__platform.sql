-- The platform schema: tenancy (regions, tenants, accounts), the row-level-security helpers every module uses,
-- and Spring Modulith's event publication registry (the outbox).

grant usage on schema platform to ${app_role};

-- The tenants the current transaction may read / write, from the transaction-local settings that
-- TenantAwareTransactionManager sets at the start of every transaction. Unset or empty: none.
create function platform.current_tenant_ids() returns uuid[]
    language sql stable parallel safe as
$$ select coalesce(string_to_array(nullif(current_setting('app.tenant_ids', true), ''), ',')::uuid[], '{}'::uuid[]) $$;

create function platform.current_tenant_id() returns uuid
    language sql stable parallel safe as
$$ select nullif(current_setting('app.tenant_id', true), '')::uuid $$;

-- Puts a business table under tenant isolation: ENABLE + FORCE row-level security (so the owner is filtered too),
-- rows visible only for the current tenant(s), writes only for the one writable tenant. Every module's migration
-- calls it for each table with a tenant_id column.
create procedure platform.protect_tenant_table(target regclass)
    language plpgsql as
$$
begin
    execute format('alter table %s enable row level security', target);
    execute format('alter table %s force row level security', target);
    execute format('create policy tenant_isolation on %s using (tenant_id = any (platform.current_tenant_ids())) '
                   'with check (tenant_id = platform.current_tenant_id())', target);
end
$$;

grant execute on function platform.current_tenant_ids() to ${app_role};
grant execute on function platform.current_tenant_id() to ${app_role};

create table platform.region
(
    code varchar(40) primary key,
    name varchar(200) not null
);

create table platform.tenant
(
    id          uuid primary key,
    slug        varchar(40)  not null unique,
    name        varchar(300) not null,
    region_code varchar(40)  not null references platform.region (code),
    authority   varchar(500) not null,
    created_at  timestamptz  not null default now(),
    version     integer      not null default 0
);

create table platform.account
(
    id              uuid primary key,
    username        varchar(80)  not null,
    password_hash   varchar(200) not null,
    display_name    varchar(300) not null,
    role            varchar(40)  not null,
    tenant_id       uuid references platform.tenant (id),
    region_code     varchar(40) references platform.region (code),
    organization_id uuid,
    enabled         boolean      not null default true,
    created_at      timestamptz  not null default now(),
    version         integer      not null default 0,
    constraint account_scope check (
        (role = 'PLATFORM_ADMIN' and tenant_id is null and region_code is null)
            or (role = 'MINISTRY_VIEWER' and tenant_id is null and region_code is not null)
            or (role = 'COORDINATOR' and tenant_id is not null)
            or (role = 'SCHOOL_CURATOR' and tenant_id is not null and organization_id is not null))
);
create unique index account_username_uq on platform.account (lower(username));

insert into platform.region (code, name)
values ('ryazan', 'Рязанская область'),
       ('tambov', 'Тамбовская область'),
       ('dagestan', 'Республика Дагестан');

-- Spring Modulith 2.1 event publication registry (schema v2). Completed publications are deleted
-- (spring.modulith.events.completion-mode=delete), so the table holds only what is still in flight or failed.
create table platform.event_publication
(
    id                     uuid                     not null primary key,
    listener_id            text                     not null,
    event_type             text                     not null,
    serialized_event       text                     not null,
    publication_date       timestamp with time zone not null,
    completion_date        timestamp with time zone,
    status                 text,
    completion_attempts    int,
    last_resubmission_date timestamp with time zone
);
create index event_publication_serialized_event_hash_idx on platform.event_publication using hash (serialized_event);
create index event_publication_by_completion_date_idx on platform.event_publication (completion_date);

grant select on platform.region, platform.tenant to ${app_role};
grant insert, update on platform.tenant to ${app_role};
grant insert on platform.region to ${app_role};
grant select, insert, update on platform.account to ${app_role};
grant select, insert, update, delete on platform.event_publication to ${app_role};
