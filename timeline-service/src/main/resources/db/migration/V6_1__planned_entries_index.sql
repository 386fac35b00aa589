-- The iCalendar export lists planned entries only, in (first day, id) order, a page at a time. With the date index
-- alone a page would read past every entry of other statuses in between; this partial index holds planned entries only.
create index timeline_entry_planned_idx on timeline_entry (date_start, id) where status = 'PLANNED';
