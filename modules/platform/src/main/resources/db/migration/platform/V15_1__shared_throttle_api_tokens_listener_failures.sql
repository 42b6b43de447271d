-- Issue 15: state that several instances must share, and personal API tokens.
-- All four tables are instance-level (like platform.account): no tenant's business data, so no row-level security;
-- the API and pages reach them only for the signed-in account's own rows (or the administrator's view).

-- The sign-in throttle (ADR 0012): one row per user name with recent failures, counted by an atomic upsert, so
-- every instance sees the same count and the same lock.
create table platform.login_attempt
(
    username_key  varchar(200) primary key,
    failures      integer     not null,
    first_failure timestamptz not null,
    locked_until  timestamptz
);

-- Personal API tokens: only the SHA-256 of the token is stored (the token is 256 random bits, shown once).
create table platform.api_token
(
    id           uuid primary key,
    account_id   uuid         not null references platform.account (id),
    name         varchar(100) not null,
    token_hash   bytea        not null,
    token_prefix varchar(16)  not null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create unique index api_token_hash_uq on platform.api_token (token_hash);
create index api_token_account_idx on platform.api_token (account_id, created_at desc);

-- The audit log of token use: every request authenticated by a token, with its outcome.
create table platform.api_token_use
(
    id          bigint generated always as identity primary key,
    token_id    uuid         not null references platform.api_token (id),
    account_id  uuid         not null references platform.account (id),
    used_at     timestamptz  not null,
    method      varchar(10)  not null,
    path        varchar(500) not null,
    status      integer      not null,
    remote_addr varchar(64)
);
create index api_token_use_token_idx on platform.api_token_use (token_id, used_at desc);
create index api_token_use_account_idx on platform.api_token_use (account_id, used_at desc);

-- The last error of an event listener that threw, per listener and event (matched to platform.event_publication by
-- listener_id and md5(serialized_event)), for the administrator's view of failed publications.
create table platform.event_failure
(
    listener_id text        not null,
    event_hash  text        not null,
    event_type  text        not null,
    error       text        not null,
    failures    integer     not null default 1,
    failed_at   timestamptz not null,
    primary key (listener_id, event_hash)
);

grant select, insert, update, delete on platform.login_attempt to ${app_role};
grant select, insert, update on platform.api_token to ${app_role};
grant select, insert, delete on platform.api_token_use to ${app_role};
grant select, insert, update, delete on platform.event_failure to ${app_role};
