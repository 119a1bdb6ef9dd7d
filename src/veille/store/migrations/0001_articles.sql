-- Runs, articles, their versions and the content fingerprints that make re-ingesting a no-op.

CREATE TABLE runs (
    id INTEGER PRIMARY KEY,
    started TEXT NOT NULL,
    finished TEXT,
    inputs TEXT NOT NULL,      -- JSON list of what was given on the command line
    settings TEXT NOT NULL,    -- JSON object: the resolved Settings
    stages TEXT NOT NULL,      -- JSON object: stage name -> version
    funnel TEXT                -- JSON object, written by finish_run
);

-- The current version of each article. ``record`` is Article.to_record() as JSON; the
-- columns after it are read from it (never written apart), so they cannot disagree with it.
CREATE TABLE articles (
    seq INTEGER PRIMARY KEY,   -- stable integer key, the search index's rowid
    id TEXT NOT NULL UNIQUE,
    key TEXT NOT NULL,         -- identity.article_key: url:... or src:...
    record TEXT NOT NULL,
    trace TEXT NOT NULL,       -- JSON object: stage name -> version that produced the record
    fingerprint TEXT NOT NULL,
    version INTEGER NOT NULL,
    first_run INTEGER NOT NULL REFERENCES runs(id),
    updated_run INTEGER NOT NULL REFERENCES runs(id),
    source_id TEXT GENERATED ALWAYS AS (json_extract(record, '$.source_id')) STORED,
    url TEXT GENERATED ALWAYS AS (json_extract(record, '$.url')) STORED,
    site TEXT GENERATED ALWAYS AS (json_extract(record, '$.site')) STORED,
    section TEXT GENERATED ALWAYS AS (json_extract(record, '$.section')) STORED,
    title TEXT GENERATED ALWAYS AS (json_extract(record, '$.title')) STORED,
    published TEXT GENERATED ALWAYS AS (json_extract(record, '$.published')) STORED,
    lang TEXT GENERATED ALWAYS AS (json_extract(record, '$.lang')) STORED,
    story_id TEXT GENERATED ALWAYS AS (json_extract(record, '$.story_id')) STORED,
    duplicate_of TEXT GENERATED ALWAYS AS (json_extract(record, '$.duplicate_of')) STORED,
    text TEXT GENERATED ALWAYS AS (json_extract(record, '$.text')) VIRTUAL  -- not stored twice
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_site ON articles (site, published);
CREATE INDEX articles_lang ON articles (lang);
CREATE INDEX articles_story ON articles (story_id);

-- Every version ever stored. ``record`` holds superseded versions only: the current one
-- is articles.record, so a page that never changed is stored once.
CREATE TABLE article_versions (
    article_id TEXT NOT NULL REFERENCES articles(id),
    version INTEGER NOT NULL,
    fingerprint TEXT NOT NULL,
    run_id INTEGER NOT NULL REFERENCES runs(id),
    stored_at TEXT NOT NULL,
    record TEXT,
    trace TEXT,
    PRIMARY KEY (article_id, version)
) WITHOUT ROWID;

-- Every content fingerprint seen, whichever path or id it came through.
CREATE TABLE fingerprints (
    fingerprint TEXT PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id),
    version INTEGER NOT NULL
) WITHOUT ROWID;
