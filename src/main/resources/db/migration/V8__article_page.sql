-- What the article page shows that the article's other columns do not hold, found at import
-- (text/PageFacts: the treatment's slug, the headings, whether the text opens with the summary,
-- every tag with its evidence and the tags a librarian removed), so that a request for an
-- article reads one row and parses no HTML. The evidence tables stay: the term pages and the read
-- model query them. Null for an article not imported since; the page then reads the tables.
-- Plain SQL that H2 and PostgreSQL both accept.
alter table article add column page_facts text;
