-- What an article leads with on the day it was published (DATEWISE's candidate sentences for a day, Gholipour
-- Ghalandari and Ifrim 2020): its leading sentences that hold no day-precise event, as extract-service sends them
-- (article-events 1.3, leads). /api/timeline quotes them for the article's publication day and the day before, so it
-- reads, for each day it shows, a few articles published on it by key: (published_day, id).
alter table article add column leads jsonb not null default '[]';
alter table article add column published_day date;

-- V9 made the same function in this session when both run at once: replaced, not created twice.
create or replace function pg_temp.day_of(value text) returns date language plpgsql as $$
begin
    if value ~ '^\d{4}-\d{2}-\d{2}' then
        return left(value, 10)::date;
    end if;
    return null;
exception when others then
    return null;
end $$;

-- As the merge counts the day (DayReferences.publicationDay): the publication date, else the document creation time.
update article set published_day = coalesce(pg_temp.day_of(published_at), pg_temp.day_of(dct));

create index article_published_day_idx on article (published_day, id);
