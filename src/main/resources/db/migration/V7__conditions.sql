-- Conditions, the fourth kind of taxonomy term, and the articles that name them. The strength is
-- 'about' (the article's main topic: a tag readers filter by) or 'mentioned' (a side note).
create table health_condition (
    id          bigint primary key,
    slug        varchar(80)  not null unique,
    name        varchar(200) not null,
    description text         not null,
    position    integer      not null
);

create table article_condition (
    id           bigint primary key,
    article_id   bigint      not null references article (id) on delete cascade,
    condition_id bigint      not null references health_condition (id),
    strength     varchar(20) not null,
    evidence     text        not null,
    -- shared with the other tags' evidence; a librarian does not correct conditions yet
    added_by_librarian boolean default false not null,
    constraint article_condition_once unique (article_id, condition_id)
);
create index article_condition_term_idx on article_condition (condition_id, article_id);
