-- The size and time of last change of an article's file, as read before its bytes were last read
-- and hashed: at start-up, a file whose size and time still match is not read again
-- (importer/FileStamp). No row: unknown, or the file had changed too shortly before it was read
-- for its time to vouch for its bytes; such a file is read and hashed at the next import.
-- A table of its own rather than columns of article: H2 adds a column by copying the whole table,
-- which for a large library takes long and more memory than a small heap has.
create table file_stamp (
    article_id          bigint primary key references article (id) on delete cascade,
    file_size           bigint not null,
    file_modified_nanos bigint not null
);

-- What a start-up reads of every article, as indexes that hold it: the importer's state of each
-- file, and the search index's stamp of each article. H2 keeps the text columns (html, plain text)
-- in the row, so a query it answers from the table reads every article's text, 0.8 s for 10,000
-- articles in a cold JVM; from these indexes it takes 0.1 s (docs/performance.md).
create index article_import_state on article (source_file, content_hash, rules_fingerprint);
create index article_import_stamp on article (id, imported_at);
