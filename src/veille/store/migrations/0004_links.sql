-- Cross-article link state (veille.link): the near-duplicate index and the stories.
-- Written by the dedup and stories stages as articles go through them, so a later
-- ingest run finds duplicates of, and grows the stories of, earlier articles.

-- One row per article seen by dedup. ``seq`` is the ingestion order (the tie-break after
-- the published date); ``root_id`` is the earliest copy of the article's duplicate group
-- (the article itself when it is an original); ``shingles`` the sorted uint32 hashes of its
-- body's word shingles, read back to confirm an LSH candidate exactly.
CREATE TABLE dup_docs (
    seq INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL UNIQUE,
    published TEXT,
    body_hash TEXT NOT NULL,
    root_id TEXT NOT NULL,
    shingles BLOB NOT NULL
);
CREATE INDEX dup_docs_body ON dup_docs (body_hash);
CREATE INDEX dup_docs_root ON dup_docs (root_id);

-- LSH band keys: two articles sharing a key are near-duplicate candidates. Looked up by key,
-- so the cost of a lookup depends on the bucket, not on the size of the store.
CREATE TABLE dup_bands (
    band_key INTEGER NOT NULL,
    doc_seq INTEGER NOT NULL REFERENCES dup_docs(seq) ON DELETE CASCADE,
    PRIMARY KEY (band_key, doc_seq)
) WITHOUT ROWID;
CREATE INDEX dup_bands_doc ON dup_bands (doc_seq);

-- Stories: ``centroid`` is the float32 sum of the member embeddings; ``state`` a JSON object
-- with the outlet, entity and name counts the linker scores against.
CREATE TABLE stories (
    story_id TEXT PRIMARY KEY,
    label TEXT NOT NULL,
    first_date TEXT NOT NULL,
    last_date TEXT NOT NULL,
    article_count INTEGER NOT NULL,
    centroid BLOB NOT NULL,
    state TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX stories_last_date ON stories (last_date);
CREATE INDEX stories_first_date ON stories (first_date);

-- Which story each article joined (copies included, with the original they fold into).
CREATE TABLE story_members (
    article_id TEXT PRIMARY KEY,
    story_id TEXT NOT NULL REFERENCES stories(story_id),
    published TEXT,
    title TEXT,
    duplicate_of TEXT,
    embedding BLOB
) WITHOUT ROWID;
CREATE INDEX story_members_story ON story_members (story_id);
