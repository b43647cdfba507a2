-- Where each article came from and when a librarian reviewed it (null: not known), and the kind
-- of source, detected at import or set in the catalog, with the sentence it was detected from.
-- Plain SQL that H2 and PostgreSQL both accept, one column a statement.
alter table article add column source_site varchar(200);
alter table article add column source_url varchar(2000);
alter table article add column source_author varchar(200);
alter table article add column source_published date;
alter table article add column reviewed_on date;
alter table article add column review_due date;
alter table article add column source_type varchar(20) default 'unknown' not null;
alter table article add column source_type_evidence text;
