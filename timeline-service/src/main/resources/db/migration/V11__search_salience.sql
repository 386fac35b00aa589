-- Searches rank the entries matching their words by salience (/api/timeline?q=, /api/histogram?q=). Kept beside the
-- words, the salience lets a search read its matches and sort them; before, it walked every entry in salience order
-- until enough matched, which for a rare word read the whole store. The merge keeps it current (it rewrites an
-- entry's search row in the statement that adds the batch's words).
alter table entry_search add column salience double precision not null default 0;

update entry_search s set salience = e.salience from timeline_entry e where e.id = s.entry_id;
