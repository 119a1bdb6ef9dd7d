-- Cross-article link state (veille.link), the twin of migrations/0004_links.sql.

CREATE TABLE dup_docs (
    seq BIGSERIAL PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    published TEXT COLLATE "C",
    body_hash TEXT NOT NULL,
    root_id TEXT NOT NULL,
    shingles BYTEA NOT NULL
);
CREATE INDEX dup_docs_body ON dup_docs (body_hash);
CREATE INDEX dup_docs_root ON dup_docs (root_id);

CREATE TABLE dup_bands (
    band_key BIGINT NOT NULL,
    doc_seq BIGINT NOT NULL REFERENCES dup_docs(seq) ON DELETE CASCADE,
    PRIMARY KEY (band_key, doc_seq)
);
CREATE INDEX dup_bands_doc ON dup_bands (doc_seq);

CREATE TABLE stories (
    story_id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    first_date TEXT COLLATE "C" NOT NULL,
    last_date TEXT COLLATE "C" NOT NULL,
    article_count INTEGER NOT NULL,
    centroid BYTEA NOT NULL,
    state JSONB NOT NULL
);
CREATE INDEX stories_last_date ON stories (last_date);
CREATE INDEX stories_first_date ON stories (first_date, story_id);

CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories(story_id),
    published TEXT COLLATE "C",
    title TEXT,
    duplicate_of TEXT,
    embedding BYTEA
);
CREATE INDEX story_members_story ON story_members (story_id, published);
