-- Full-text search over folded title, text and site (see store/fold.py).
--
-- Contentless: the folded text is not stored a second time; snippets are cut from the
-- original text in Python. The store fills and maintains the index itself and rebuilds
-- it whenever meta 'search_index' differs from what it expects, so a migration that
-- recreates this table only has to delete that key.

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE VIRTUAL TABLE article_fts USING fts5(
    title, text, site,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);
