-- What each ./timeline reprocess run changed (issue 10). One row per article a run re-extracted: whether its stored
-- revision changed, and how its events did; the primary key makes a redelivered record count once.
create table article_revision (
    run_id         varchar(64)  not null,
    article_id     varchar(255) not null,
    changed        boolean      not null,
    events_added   integer      not null,
    events_removed integer      not null,
    events_redated integer      not null,
    recorded_at    timestamptz  not null default now(),
    primary key (run_id, article_id)
);

-- The totals of each run, kept up to date with its article_revision rows, so that a run's summary is one row to read
-- however many articles it re-extracted.
create table reprocess_run (
    run_id         varchar(64) primary key,
    articles       bigint      not null,
    changed        bigint      not null,
    events_added   bigint      not null,
    events_removed bigint      not null,
    events_redated bigint      not null,
    first_at       timestamptz not null,
    last_at        timestamptz not null
);
