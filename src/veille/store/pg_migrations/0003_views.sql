-- The slim tables the web views read, derived from the records (the twin of sqlite_view_index.py's
-- schema). Rebuilt whole by the store when the ingest history differs from the stamp in meta.
-- Text keys use the "C" collation so orderings and ties match SQLite's.

CREATE TABLE view_articles (
    seq BIGINT PRIMARY KEY, id TEXT COLLATE "C" NOT NULL, published TEXT COLLATE "C", day TEXT COLLATE "C",
    site TEXT COLLATE "C", lang TEXT COLLATE "C", story_id TEXT COLLATE "C", duplicate_of TEXT COLLATE "C",
    title TEXT
);
CREATE INDEX view_articles_day ON view_articles (day);
CREATE INDEX view_articles_site ON view_articles (lower(site), day);
CREATE INDEX view_articles_lang ON view_articles (lower(lang), day);
CREATE INDEX view_articles_story ON view_articles (story_id, published);

CREATE TABLE view_quotes (
    seq BIGINT NOT NULL, pos INTEGER NOT NULL, speaker_key TEXT COLLATE "C", speaker TEXT COLLATE "C",
    type TEXT, text TEXT NOT NULL, start BIGINT, "end" BIGINT, day TEXT COLLATE "C",
    PRIMARY KEY (seq, pos)
);
CREATE INDEX view_quotes_speaker ON view_quotes (speaker_key, day);
CREATE INDEX view_quotes_day ON view_quotes (day, speaker_key);

CREATE TABLE view_entities (
    seq BIGINT NOT NULL, entity_key TEXT COLLATE "C" NOT NULL, canonical TEXT COLLATE "C", label TEXT COLLATE "C",
    mentions INTEGER, day TEXT COLLATE "C",
    PRIMARY KEY (seq, entity_key)
);
CREATE INDEX view_entities_key ON view_entities (entity_key, day);
CREATE INDEX view_entities_day ON view_entities (day, entity_key);
