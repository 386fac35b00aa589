-- The actors an article is mostly about, for merging its reports that name nobody themselves
-- ("officials are looking at dates for the event" in an article about a Trump-Putin summit).
alter table article add column main_actors jsonb not null default '[]';
