-- A librarian's corrections of an article's tags (catalog.yml or front matter: add-tags,
-- remove-tags). A tag the librarian added, with the quote given, is marked where it is stored;
-- a tag removed is kept with the reason, by kind ('mechanism', 'caveat') and slug, so that the
-- page can say what was removed and why. tags_corrected says whether either happened, so that
-- the article page reads the removals only when there are some.
-- Plain SQL that H2 and PostgreSQL both accept, one column a statement.
alter table article_mechanism add column added_by_librarian boolean default false not null;
alter table article_caveat add column added_by_librarian boolean default false not null;
alter table article add column tags_corrected boolean default false not null;

create table tag_removal (
    id         bigint       primary key,
    article_id bigint       not null references article (id) on delete cascade,
    kind       varchar(20)  not null,
    term_slug  varchar(80)  not null,
    reason     text         not null
);
create index tag_removal_article_idx on tag_removal (article_id);
