-- Which extraction engine produced an article's events (article-events schema 1.1), so that events of an older engine
-- can be found and extracted again. Null for articles stored before it was recorded.
alter table article add column engine_version varchar(32);
