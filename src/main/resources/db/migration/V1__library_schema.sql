-- The library's schema. Plain SQL that H2 and PostgreSQL both accept.
create sequence library_seq start with 1 increment by 50;

create table treatment (
    id          bigint primary key,
    slug        varchar(80)  not null unique,
    name        varchar(200) not null,
    description text         not null,
    position    integer      not null
);

create table mechanism (
    id          bigint primary key,
    slug        varchar(80)  not null unique,
    name        varchar(200) not null,
    description text         not null,
    position    integer      not null
);

create table caveat (
    id          bigint primary key,
    slug        varchar(80)  not null unique,
    name        varchar(200) not null,
    description text         not null,
    position    integer      not null
);

create table article (
    id              bigint primary key,
    slug            varchar(80)  not null unique,
    title           varchar(200) not null,
    summary         text         not null,
    treatment_id    bigint       not null references treatment (id),
    html            text         not null,
    plain_text      text         not null,
    source_file     varchar(255) not null unique,
    content_hash    varchar(64)  not null,
    rules_fingerprint varchar(64) not null,
    word_count      integer      not null,
    reading_minutes integer      not null,
    imported_at     timestamp with time zone not null
);
create index article_treatment_idx on article (treatment_id);
create index article_content_hash_idx on article (content_hash);

create table article_mechanism (
    id           bigint primary key,
    article_id   bigint not null references article (id) on delete cascade,
    mechanism_id bigint not null references mechanism (id),
    evidence     text   not null,
    constraint article_mechanism_once unique (article_id, mechanism_id)
);
create index article_mechanism_term_idx on article_mechanism (mechanism_id, article_id);

create table article_caveat (
    id         bigint primary key,
    article_id bigint not null references article (id) on delete cascade,
    caveat_id  bigint not null references caveat (id),
    evidence   text   not null,
    constraint article_caveat_once unique (article_id, caveat_id)
);
create index article_caveat_term_idx on article_caveat (caveat_id, article_id);
