-- Scale: every write and read touches a bounded part of the store.
--  * an entry keeps a bounded summary of its reports (profile: a few sample reports, its telling words, place
--    counts) and, in entry_key, the keys by which a new report finds it (word@date-bucket), so a merge never loads
--    all reports;
--  * counts, salience and the word index (entry_search) are maintained as reports arrive, never recomputed per
--    request;
--  * the GIN-indexed columns live in tables of their own, rewritten only when they change: an entry's row changes
--    with every report, and each new row version would otherwise re-insert every key and word into the GIN indexes;
--  * entities have their own tables: entry_entity (which entries name whom, for the entity filter) and
--    entity_stat (how many entries name each entity, for /api/entities).
-- Existing entries get their profile, keys and salience from the application's one-time backfill
-- (ProfileBackfill), which finds them by profile is null.

create extension if not exists pg_trgm;

-- Articles: when this service stored them (latency from POST to queryable), and a digest of the message, so that
-- a redelivered, unchanged message is recognized and costs nothing.
alter table article add column stored_at timestamp with time zone;
update article set stored_at = received_at;
alter table article alter column stored_at set not null;
alter table article add column content_hash varchar(64);
create index article_stored_idx on article (stored_at, id);

-- Reports: the outlet they count for, so "is this outlet new to the entry?" is one index probe.
alter table mention add column outlet_key text;
update mention m set outlet_key = coalesce(nullif(lower(trim(a.source)), ''),
        lower(substring(a.url from '^[A-Za-z][A-Za-z0-9+.-]*://(?:www\.)?([^/:?#]+)')),
        'article:' || a.id)
    from article a where a.id = m.article_id;
alter table mention alter column outlet_key set not null;
drop index mention_entry_idx;
create index mention_entry_idx on mention (entry_id, id);
create index mention_entry_outlet_idx on mention (entry_id, outlet_key);

-- Entries.
alter table timeline_entry add column actors jsonb not null default '[]';
update timeline_entry e set actors = coalesce(
        (select jsonb_agg(a.name order by a.position) from entry_actor a where a.entry_id = e.id), '[]');
drop table entry_actor;

-- Word search: the words of an entry's first reports. fastupdate is off so that a query never scans a pending list.
create table entry_search (
    entry_id      bigint   primary key references timeline_entry (id) on delete cascade,
    search_vector tsvector not null
);
insert into entry_search (entry_id, search_vector)
select id, strip(to_tsvector('simple', search_text)) from timeline_entry;
alter table timeline_entry drop column search_text;
create index entry_search_idx on entry_search using gin (search_vector) with (fastupdate = off);

-- Merge candidates: an entry's keys (word@date-bucket) and its span, rewritten only when they change.
create table entry_key (
    entry_id   bigint primary key references timeline_entry (id) on delete cascade,
    date_start date   not null,
    date_end   date   not null,
    keys       text[] not null
);
create index entry_key_idx on entry_key using gin (keys) with (fastupdate = off);

alter table timeline_entry add column lead_status varchar(16);
alter table timeline_entry add column lead_confidence double precision not null default 0;
alter table timeline_entry add column centrality double precision not null default 0;
alter table timeline_entry add column salience double precision not null default 0;
alter table timeline_entry add column profile jsonb;
alter table timeline_entry add column version integer not null default 0;
update timeline_entry set lead_status = status, lead_confidence = confidence;
alter table timeline_entry alter column lead_status set not null;

create index timeline_entry_salience_idx on timeline_entry (salience desc, id);
create index timeline_entry_backfill_idx on timeline_entry (id) where profile is null;

-- Who an entry names: each actor and its place under every key that finds it ("donald trump", "trump").
create table entry_entity (
    key      text   not null,
    entry_id bigint not null references timeline_entry (id) on delete cascade,
    primary key (key, entry_id)
);
create index entry_entity_entry_idx on entry_entity (entry_id);

insert into entry_entity (key, entry_id)
select distinct k.key, e.id
from timeline_entry e
cross join lateral (
    select lower(a.name) as name from jsonb_array_elements_text(e.actors) a(name)
    union select lower(e.location) where e.location is not null
) n
cross join lateral (
    select array_to_string((regexp_split_to_array(n.name, '\s+'))[i:], ' ') as key
    from generate_subscripts(regexp_split_to_array(n.name, '\s+'), 1) i
) k
where k.key <> '';

-- How many entries name each entity, kept up to date as entries change.
create table entity_stat (
    name_key varchar(512) not null,
    kind     varchar(16)  not null,
    name     text         not null,
    entries  integer      not null,
    primary key (name_key, kind)
);
create index entity_stat_entries_idx on entity_stat (entries desc, name_key);
create index entity_stat_name_trgm_idx on entity_stat using gin (name_key gin_trgm_ops);

insert into entity_stat (name_key, kind, name, entries)
select left(lower(a.name), 512), 'actor', min(a.name), count(distinct e.id)
from timeline_entry e cross join lateral jsonb_array_elements_text(e.actors) a(name)
group by left(lower(a.name), 512);
insert into entity_stat (name_key, kind, name, entries)
select left(lower(location), 512), 'location', min(location), count(*)
from timeline_entry where location is not null group by left(lower(location), 512);
