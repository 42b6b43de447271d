-- What the import page shows while and after an import is written (issue 13): the rows written so far (committed
-- only with the import, but reported as the chunks go) and how many event publications the import's events were
-- stored as — one per chunk per listening module; while any of them is incomplete the other sections are catching up.
alter table registry.import_job
    add column rows_written       integer not null default 0,
    add column event_publications integer;
