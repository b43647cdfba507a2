-- The read model's articles as the last rebuild read them (article/StoredSnapshot): one row, its
-- text one line per article (slug, title, summary, tags), under the signature of the stored
-- articles it was read from (their ids and import times, and the number of tag rows). A restart of
-- an unchanged library reads this row instead of scanning the article table, whose rows hold
-- every article's text. A row whose signature is not the library's is ignored and replaced.
-- Plain SQL that H2 and PostgreSQL both accept.
create table stored_read_model (
    id         integer     primary key,
    signature  varchar(200) not null,
    articles   text         not null
);
