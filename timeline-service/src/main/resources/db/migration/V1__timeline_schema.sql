-- Articles as extract-service described them.
create table article (
    id              varchar(255) primary key,
    url             text,
    title           text,
    source          text,
    language        varchar(35),
    published_at    varchar(64),
    dct             varchar(32),
    dct_source      varchar(16) not null,
    dct_granularity varchar(16),
    dct_confidence  double precision,
    dct_evidence    jsonb not null default '[]',
    extracted_at    timestamp with time zone,
    received_at     timestamp with time zone not null
);

-- Merged events; date_start/date_end is the span of days the TIMEX3 value covers.
create sequence timeline_entry_seq start with 1 increment by 50;

create table timeline_entry (
    id            bigint primary key,
    date_value    varchar(32) not null,
    granularity   varchar(16) not null,
    date_start    date not null,
    date_end      date not null,
    text          text not null,
    status        varchar(16) not null,
    location      text,
    confidence    double precision not null,
    mention_count integer not null,
    source_count  integer not null,
    search_text   text not null,
    created_at    timestamp with time zone not null,
    updated_at    timestamp with time zone not null
);

create index timeline_entry_date_idx on timeline_entry (date_start, id);
create index timeline_entry_date_end_idx on timeline_entry (date_end);
create index timeline_entry_location_idx on timeline_entry (lower(location));

create table entry_actor (
    entry_id bigint not null references timeline_entry (id) on delete cascade,
    position integer not null,
    name     text not null,
    primary key (entry_id, position)
);

create index entry_actor_name_idx on entry_actor (lower(name));

-- Each article's report of an entry.
create sequence mention_seq start with 1 increment by 50;

create table mention (
    id                bigint primary key,
    entry_id          bigint not null references timeline_entry (id),
    article_id        varchar(255) not null references article (id),
    event_index       integer not null,
    date_value        varchar(32) not null,
    granularity       varchar(16) not null,
    date_start        date not null,
    date_end          date not null,
    date_text         text,
    date_offset_start integer not null,
    date_offset_end   integer not null,
    text              text not null,
    sentence          text,
    sentence_start    integer not null,
    sentence_end      integer not null,
    actors            jsonb not null,
    location          text,
    status            varchar(16) not null,
    confidence        double precision not null,
    unique (article_id, event_index)
);

create index mention_entry_idx on mention (entry_id);
