-- Merge candidates as one row per key, so that a report reads a bounded number of entries per key however many
-- entries share it. With entry_key's GIN index a report read every entry filed under (word, day) for each of its
-- words: on a busy day, posting lists of common words ("official@D2010-06-21") held hundreds of entries and the
-- candidate query grew with the store. Here each key's entries are read in weight order (the entry's report count
-- when it was last filed), a few per key, and the candidates are the entries that share the most keys with the
-- report.
create table entry_key_item (
    key        text    not null,
    entry_id   bigint  not null references timeline_entry (id) on delete cascade,
    weight     integer not null,
    date_start date    not null,
    date_end   date    not null
);
create index entry_key_item_lookup_idx on entry_key_item (key, weight desc, entry_id desc);
create index entry_key_item_entry_idx on entry_key_item (entry_id);

insert into entry_key_item (key, entry_id, weight, date_start, date_end)
select distinct k.key, e.id, e.mention_count, x.date_start, x.date_end
from entry_key x join timeline_entry e on e.id = x.entry_id cross join unnest(x.keys) as k(key);

drop table entry_key;
