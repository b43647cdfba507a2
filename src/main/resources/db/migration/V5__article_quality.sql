-- The article's quality checklist, computed at import: every answer with its support and the
-- hype flags (one per line, tab-separated fields, read whole with the article), the ids of the
-- questions answered yes (read by the read model for the list's filter), and the Flesch-Kincaid
-- reading grade (null: no prose to measure). Plain SQL that H2 and PostgreSQL both accept.
alter table article add column quality text;
alter table article add column quality_met varchar(300) default '' not null;
alter table article add column reading_grade decimal(4,1);
