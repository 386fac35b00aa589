-- How much the stored articles make of each day (DATEWISE, Gholipour Ghalandari and Ifrim 2020): how many articles
-- refer to it with a day-precise date, how many of them look back at it from later and from how far away, and how many
-- articles were published on it. The merge keeps it with each batch (merge/DayReferences), in the batch's
-- transaction, so /api/timeline reads the days it ranks by primary key instead of counting articles per request.
create table day_reference (
    day                date primary key,
    -- articles with at least one event dated to the day
    referring_articles integer not null default 0,
    -- over those of them published after the day (they look back at it), the sum of
    -- ln(1 + days from the day to their publication, at most 365)
    later_distance     double precision not null default 0,
    -- articles published on the day
    published_articles integer not null default 0
);

-- The articles stored before this migration, counted as the merge counts them (a publication date, else a document
-- creation time, whose first ten characters are a day; each article once per day its day-precise events name).
create function pg_temp.day_of(value text) returns date language plpgsql as $$
begin
    if value ~ '^\d{4}-\d{2}-\d{2}' then
        return left(value, 10)::date;
    end if;
    return null;
exception when others then
    return null;
end $$;

with published as (
    select a.id, coalesce(pg_temp.day_of(a.published_at), pg_temp.day_of(a.dct)) as day from article a
), referred as (
    select distinct m.article_id, m.date_start as day from mention m where m.granularity = 'DAY'
), references_ as (
    select r.day, count(*) as articles,
           sum(case when p.day > r.day then ln(1 + least(p.day - r.day, 365)) else 0 end) as distance
    from referred r join published p on p.id = r.article_id group by r.day
), publications as (
    select p.day, count(*) as articles from published p where p.day is not null group by p.day
)
insert into day_reference (day, referring_articles, later_distance, published_articles)
select coalesce(r.day, p.day), coalesce(r.articles, 0), coalesce(r.distance, 0), coalesce(p.articles, 0)
from references_ r full join publications p on p.day = r.day;
