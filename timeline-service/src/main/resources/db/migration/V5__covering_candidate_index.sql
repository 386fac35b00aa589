-- The candidate statement filters each key's entries by date and reads the first few by weight: with the dates in
-- the index it reads index pages only (an index-only scan), not one heap page per entry looked at.
create index entry_key_item_candidates_idx on entry_key_item (key, weight desc, entry_id desc)
    include (date_start, date_end);
drop index entry_key_item_lookup_idx;
-- Index-only scans skip the heap only on pages the visibility map marks all-visible; refiling deletes and inserts
-- this table's rows all day, so it is vacuumed after 2% of it changed instead of the default 20%.
alter table entry_key_item set (autovacuum_vacuum_scale_factor = 0.02, autovacuum_vacuum_insert_scale_factor = 0.02);
