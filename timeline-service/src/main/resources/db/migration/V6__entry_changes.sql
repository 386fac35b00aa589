-- Every change of an entry, in the order programs following the timeline receive them (GET /api/stream, topic
-- timeline-changes). One row per entry changed per merge transaction, written in that transaction (stream/ChangeLog).
--
-- seq is taken by the writer under a shared advisory lock held to its commit; a reader takes the same lock
-- exclusively to learn how far every seq is final (stream/ChangeStore#watermark): sequence values reach commit out
-- of order, and a reader going by "seq > last" alone would skip a row committed late with a smaller seq.
create table entry_change (
    seq        bigint generated always as identity primary key,
    entry_id   bigint not null,
    kind       varchar(8) not null check (kind in ('created', 'updated', 'deleted')),
    changed_at timestamp with time zone not null default now()
);

-- How far the change log has been pruned ('pruned': rows up to this seq are gone, so a client that last saw an
-- earlier seq cannot resume) and relayed to Kafka ('published': rows up to this seq are on timeline-changes; pruning
-- never passes it).
create table entry_change_mark (
    name varchar(16) primary key,
    seq  bigint not null
);
insert into entry_change_mark (name, seq) values ('pruned', 0), ('published', 0);

-- The service role (timeline_app) reads and writes both tables and uses entry_change's identity sequence through the
-- default privileges db/roles.sql gives it on whatever the owner creates, as for the tables of V1-V5.
