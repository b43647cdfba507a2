-- Each article's page as readers get it, rendered once after the import and compressed
-- (web/article/ArticlePages, GzipPage): a request for an article reads this one row by slug and
-- writes its bytes, with the site's address put in the holes left for it. render_key names
-- everything the page was made from (the article's row, its related articles, the terms' names,
-- the templates); a page whose key is not the current one is not served but rendered again.
-- Plain SQL that H2 and PostgreSQL both accept.
create table article_page (
    article_id  bigint primary key references article (id) on delete cascade,
    slug        varchar(80) not null,
    render_key  varchar(64) not null,
    page        bytea       not null
);
create unique index article_page_slug on article_page (slug);
-- a start-up compares every article's key without reading the pages
create index article_page_key on article_page (article_id, render_key);
