-- Runs, articles, their versions and fingerprints: the PostgreSQL twin of migrations/0001_articles.sql.
-- Records are JSONB; the columns read from them are generated, so they cannot disagree with them.
-- ISO dates are compared as strings, so they use the "C" collation whatever the database's locale.

CREATE TABLE runs (
    id BIGSERIAL PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    inputs JSONB NOT NULL,
    settings JSONB NOT NULL,
    stages JSONB NOT NULL,
    funnel JSONB
);

CREATE TABLE articles (
    seq BIGSERIAL PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL,
    record JSONB NOT NULL,
    trace JSONB NOT NULL,
    fingerprint TEXT NOT NULL,
    version INTEGER NOT NULL,
    first_run BIGINT NOT NULL REFERENCES runs(id),
    updated_run BIGINT NOT NULL REFERENCES runs(id),
    site TEXT GENERATED ALWAYS AS (record->>'site') STORED,
    title TEXT GENERATED ALWAYS AS (record->>'title') STORED,
    published TEXT COLLATE "C" GENERATED ALWAYS AS (record->>'published') STORED,
    lang TEXT GENERATED ALWAYS AS (record->>'lang') STORED,
    story_id TEXT GENERATED ALWAYS AS (record->>'story_id') STORED,
    duplicate_of TEXT GENERATED ALWAYS AS (record->>'duplicate_of') STORED,
    search TSVECTOR NOT NULL  -- folded title (A), text (B), site (C): filled by the store (store/fold.py)
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_site ON articles (lower(site), published);
CREATE INDEX articles_lang ON articles (lower(lang));
CREATE INDEX articles_story ON articles (story_id);
CREATE INDEX articles_duplicate_of ON articles (duplicate_of);
CREATE INDEX articles_search ON articles USING GIN (search);

-- ``record`` holds superseded versions only: the current one is articles.record.
CREATE TABLE article_versions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    version INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    run_id BIGINT NOT NULL REFERENCES runs(id),
    stored_at TEXT NOT NULL,
    record JSONB,
    trace JSONB,
    PRIMARY KEY (article_id, version)
);

CREATE TABLE fingerprints (
    fingerprint TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    version INTEGER NOT NULL
);

CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- French full-text search: the French parser settings with accents off (unaccent) and every word
-- kept as it is folded, no stemming and no stop words, so a query finds on PostgreSQL exactly what
-- it finds on SQLite ("geneve" is not "Geneva", "le" is searchable). The store folds œ/æ and case
-- itself (store/fold.py) before the text reaches this configuration.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH CONFIGURATION veille_french (COPY = pg_catalog.french);
ALTER TEXT SEARCH CONFIGURATION veille_french
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, hword, hword_part, word, numword, numhword,
                      hword_numpart
    WITH unaccent, simple;

CREATE TABLE site_pages (
    site TEXT NOT NULL,
    page TEXT NOT NULL,
    PRIMARY KEY (site, page)
);

CREATE TABLE site_lines (
    site TEXT NOT NULL,
    line_hash TEXT NOT NULL,
    pages INTEGER NOT NULL,
    PRIMARY KEY (site, line_hash)
);
