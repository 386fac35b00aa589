-- The SQL timeline-service issues for each read endpoint, copied from its query services
-- (timeline-service/src/main/java/news/timeline/timeline/query/: EntryQuery, EventQueryService, Reports,
-- TimelineQueryService, EntityQueryService, ArticleQueryService), as Hibernate sends it to PostgreSQL: native
-- queries verbatim (the read path selects the columns each view shows), HQL and find-by-id as their SQL. Column lists
-- are written a.* / m.* / e.* where Hibernate lists the mapped columns (the same columns, the same plan).
--
-- Run with psql variables (explain.sh sets them from values gathered from the store):
--   explain           'EXPLAIN (ANALYZE, BUFFERS)' (or empty to run the statements)
--   page_size         the default page size (50); page_rows = page_size + 1 (one more tells whether a next page exists)
--   candidates        timeline.salience.candidate-limit: how many entries /api/timeline reads
--   from_date/to_date the first and last day of a month (from=YYYY-MM&to=YYYY-MM)
--   word              a frequent word; q=word becomes the tsquery 'word:*'
--   entity            a frequent entity, lower case (entity=...)
--   entity_part_like  '%part%' for /api/entities?q=part
--   cursor_date/_id   the position a deep page's cursor encodes
--   event_id, article_id
-- Between statements, \gset keeps the ids one statement returns for the next, as the service does in Java.

\set words :word ':*'

---------------------------------------------------------------------------------------------------------------------
\echo -- @endpoint GET /api/events (first page)
\echo -- @statement page of entries (EventQueryService.list)
:explain select e.id, e.date_value, e.granularity, e.date_start::text, e.date_end::text, e.text, e.status, e.actors::text,
  e.location, e.confidence, e.source_count, e.mention_count
  from timeline_entry e where true order by e.date_start, e.id limit :page_rows;
select coalesce('{' || string_agg(id::text, ',') || '}', '{}') as page_ids from
  (select e.id from timeline_entry e where true order by e.date_start, e.id limit :page_size) p \gset

\echo -- @statement first 5 reports of each entry of the page, with their outlets (Reports.firstOf)
:explain select m.entry_id, a.id, a.url, a.title, a.source, a.published_at, m.date_value, m.date_text, m.text, m.sentence,
  m.status, m.confidence, m.id
  from unnest(cast(:'page_ids' as bigint[])) as e(id)
  cross join lateral (select * from mention x where x.entry_id = e.id order by x.id limit 5) m
  join article a on a.id = m.article_id order by m.entry_id, m.id;

---------------------------------------------------------------------------------------------------------------------
\echo -- @endpoint GET /api/events?from=M&to=M (then the reports, as for the first page)
\echo -- @statement page of entries
:explain select e.id, e.date_value, e.granularity, e.date_start::text, e.date_end::text, e.text, e.status, e.actors::text,
  e.location, e.confidence, e.source_count, e.mention_count
  from timeline_entry e where true and e.date_end >= cast(:'from_date' as date)
  and e.date_start <= cast(:'to_date' as date) order by e.date_start, e.id limit :page_rows;

\echo -- @endpoint GET /api/events?q=WORD (then the reports)
\echo -- @statement page of entries
:explain select e.id, e.date_value, e.granularity, e.date_start::text, e.date_end::text, e.text, e.status, e.actors::text,
  e.location, e.confidence, e.source_count, e.mention_count
  from timeline_entry e where true
  and e.id in (select s.entry_id from entry_search s where s.search_vector @@ to_tsquery('simple', :'words'))
  order by e.date_start, e.id limit :page_rows;

\echo -- @endpoint GET /api/events?entity=NAME (then the reports)
\echo -- @statement page of entries (the entity's rows in their (key, date_start, entry_id) order)
:explain select e.id, e.date_value, e.granularity, e.date_start::text, e.date_end::text, e.text, e.status, e.actors::text,
  e.location, e.confidence, e.source_count, e.mention_count
  from entry_entity x join timeline_entry e on e.id = x.entry_id where x.key = :'entity' and true
  order by x.date_start, x.entry_id limit :page_rows;

\echo -- @endpoint GET /api/events?cursor=C (a deep page; then the reports)
\echo -- @statement page of entries after the cursor
:explain select e.id, e.date_value, e.granularity, e.date_start::text, e.date_end::text, e.text, e.status, e.actors::text,
  e.location, e.confidence, e.source_count, e.mention_count
  from timeline_entry e where true
  and (e.date_start, e.id) > (cast(:'cursor_date' as date), cast(:'cursor_id' as bigint))
  order by e.date_start, e.id limit :page_rows;

---------------------------------------------------------------------------------------------------------------------
\echo -- @endpoint GET /api/events/{id}
\echo -- @statement the entry (EventQueryService.find)
:explain select e.id, e.date_value, e.granularity, e.date_start::text, e.date_end::text, e.text, e.status, e.actors::text,
  e.location, e.confidence, e.source_count, e.mention_count
  from timeline_entry e where e.id = :event_id;
\echo -- @statement its first 20 reports with their outlets (Reports.firstOf)
:explain select m.entry_id, a.id, a.url, a.title, a.source, a.published_at, m.date_value, m.date_text, m.text, m.sentence,
  m.status, m.confidence, m.id
  from unnest(cast('{' || :'event_id' || '}' as bigint[])) as e(id)
  cross join lateral (select * from mention x where x.entry_id = e.id order by x.id limit 20) m
  join article a on a.id = m.article_id order by m.entry_id, m.id;

\echo -- @endpoint GET /api/events/{id}/mentions?after=R
\echo -- @statement a page of its reports after a report id (Reports.after)
:explain select m.entry_id, a.id, a.url, a.title, a.source, a.published_at, m.date_value, m.date_text, m.text, m.sentence,
  m.status, m.confidence, m.id
  from mention m join article a on a.id = m.article_id
  where m.entry_id = :event_id and m.id > 0 order by m.id limit :page_rows;

---------------------------------------------------------------------------------------------------------------------
\echo -- @endpoint GET /api/timeline
\echo -- @statement the most salient entries (TimelineQueryService.timeline)
:explain select e.id, e.date_value from timeline_entry e where true order by e.salience desc, e.id limit :candidates;
select coalesce('{' || string_agg(id::text, ',') || '}', '{}') as timeline_ids from
  (select e.id from timeline_entry e where true order by e.salience desc, e.id limit 40) t \gset
\echo -- @statement what the items show of the chosen entries, with their sample reports (ItemEntry)
:explain select e.id, e.date_value, e.granularity, e.date_start::text, e.date_end::text,
  e.text, e.status, e.actors::text, e.location, e.source_count, e.mention_count, e.salience,
  (select jsonb_agg(jsonb_build_array(s->>'article', s->>'text')) from jsonb_array_elements(e.profile->'samples') s)::text
  from timeline_entry e where e.id = any(cast(:'timeline_ids' as bigint[]));
\echo -- @statement the articles of the sample reports of the items (outletsOf)
select coalesce('{' || string_agg(id, ',') || '}', '{}') as timeline_article_ids from
  (select distinct s->>'article' as id from
     (select e.profile from timeline_entry e where e.id = any(cast(:'timeline_ids' as bigint[]))) c
     cross join lateral jsonb_array_elements(coalesce(c.profile->'samples', '[]'::jsonb)) s
   where s->>'article' is not null limit 200) x \gset
:explain select a.source, a.id, a.url, a.title, a.published_at from article a
  where a.id = any(cast(:'timeline_article_ids' as text[]));

\echo -- @endpoint GET /api/timeline?q=WORD (then the items and articles, as above)
\echo -- @statement the most salient entries of the story: the top matches by the salience beside their words, and the other entries of their articles (EntryQuery.story)
:explain select e.id, e.date_value from timeline_entry e where true and e.id = any(array(with seeds as (
  select s.entry_id as id from entry_search s where s.search_vector @@ to_tsquery('simple', :'words') and true
  order by s.salience desc, s.entry_id limit :candidates) select id from seeds union select x.entry_id from mention x
  where x.article_id in (select m.article_id from mention m where m.entry_id in (select id from seeds) limit 2000)))
  order by e.salience desc, e.id limit :candidates;

\echo -- @endpoint GET /api/timeline?entity=NAME (then the items and articles, as above)
\echo -- @statement the most salient entries of the story, as for words (EntryQuery.story)
:explain select e.id, e.date_value from timeline_entry e where true and e.id = any(array(with seeds as (
  select e.id from timeline_entry e where true and e.id in (select x.entry_id from entry_entity x where x.key = :'entity')
  order by e.salience desc, e.id limit :candidates) select id from seeds union select x.entry_id from mention x
  where x.article_id in (select m.article_id from mention m where m.entry_id in (select id from seeds) limit 2000)))
  order by e.salience desc, e.id limit :candidates;

---------------------------------------------------------------------------------------------------------------------
\echo -- @endpoint GET /api/entities (limit 50: reads 4 x 50 names)
\echo -- @statement the most frequent names (EntityQueryService.entities)
:explain select name, kind, entries from entity_stat order by entries desc, name_key, kind limit 200;

\echo -- @endpoint GET /api/entities?q=PART
\echo -- @statement the most frequent names containing PART
:explain select name, kind, entries from entity_stat where name_key like :'entity_part_like' escape '!'
  order by entries desc, name_key, kind limit 200;

---------------------------------------------------------------------------------------------------------------------
\echo -- @endpoint GET /api/articles/{id}
\echo -- @statement the article (ArticleQueryService.find: the columns its view shows)
:explain select a.id, a.url, a.title, a.source, a.language, a.published_at, a.dct, a.dct_source, a.dct_granularity,
  a.dct_confidence, a.dct_evidence::text, a.extracted_at, a.engine_version, a.stored_at from article a where a.id = :'article_id';
\echo -- @statement its reports with their entries' ids, in text order (the entries themselves are not read)
:explain select m.entry_id, m.date_value, m.granularity, m.date_start::text, m.date_end::text, m.date_text,
  m.date_offset_start, m.date_offset_end, m.text, m.sentence, m.sentence_start, m.sentence_end, m.actors::text,
  m.location, m.status, m.confidence from mention m where m.article_id = :'article_id' order by m.event_index;
