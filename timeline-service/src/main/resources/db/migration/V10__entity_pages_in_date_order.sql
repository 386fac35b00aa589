-- /api/events?entity=NAME pages in date order. With only (key, entry_id), a page walked the date index of all entries
-- and probed each for the name (a name on 3% of entries: 5,600 probes for 50 rows), or read every entry of the name
-- and sorted them: either way a cost that grows with the store. Each row now carries its entry's first day, so a page
-- is a range of the (key, date_start, entry_id) index, the cursor included.
alter table entry_entity add column date_start date;
update entry_entity x set date_start = e.date_start from timeline_entry e where e.id = x.entry_id;
alter table entry_entity alter column date_start set not null;
create index entry_entity_date_idx on entry_entity (key, date_start, entry_id);

-- The entry's first day, kept in step on every path that writes it (merges, redating, reprocessing), by the database
-- itself: a row inserted takes the entry's day, and an entry redated moves its rows.
create function entry_entity_take_date() returns trigger language plpgsql as $$
begin
    select e.date_start into new.date_start from timeline_entry e where e.id = new.entry_id;
    return new;
end $$;
create trigger entry_entity_date before insert on entry_entity
    for each row execute function entry_entity_take_date();

create function entry_entity_follow_date() returns trigger language plpgsql as $$
begin
    update entry_entity set date_start = new.date_start where entry_id = new.id;
    return null;
end $$;
create trigger timeline_entry_redated after update of date_start on timeline_entry
    for each row when (old.date_start is distinct from new.date_start) execute function entry_entity_follow_date();
