-- No query looks an article up by the hash of its file (the importer compares hashes in memory),
-- and the index cost every imported article one more B-tree insert.
drop index article_content_hash_idx;
