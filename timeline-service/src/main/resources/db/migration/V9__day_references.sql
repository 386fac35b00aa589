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
