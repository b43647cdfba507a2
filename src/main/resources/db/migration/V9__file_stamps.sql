-- The size and time of last change of each article's file, as read when the file was last read
-- and hashed: at start-up, a file whose size and time still match is not read again
-- (importer/FileStamp). Null when unknown, or when the file had changed too shortly before it was
-- read for its time to vouch for its bytes: such a file is read and hashed at the next import.
alter table article add column file_size bigint;
alter table article add column file_modified_nanos bigint;
