"""The slim tables the web views read (articles' columns, quotes, entities), derived from the records.

The pages filter and count by date, outlet, language, speaker and entity; doing that on
``articles`` would drag each row's JSON record through the page cache (36k records is
hundreds of MB). These tables hold only the columns the views need, with the indexes their
queries use, and the sums the home page adds up instead of grouping every row (view_top.py).
They are derived data, like the search index: rebuilt whole, inside one
transaction, whenever the store's ingest history differs from the stamp they were built at
(view_stamp.py, shared with PostgreSQL).
"""
from __future__ import annotations

import sqlite3

from veille.store.view_stamp import VIEW_TABLES, view_stamp, views_are_current
from veille.store.view_top import AGGREGATES

_SCHEMA = """
CREATE TABLE view_articles (
    seq INTEGER PRIMARY KEY, id TEXT NOT NULL, published TEXT, day TEXT, site TEXT, lang TEXT,
    story_id TEXT, duplicate_of TEXT, title TEXT
);
CREATE INDEX view_articles_day ON view_articles (day);
CREATE INDEX view_articles_site ON view_articles (site COLLATE NOCASE, day);
CREATE INDEX view_articles_lang ON view_articles (lang COLLATE NOCASE, day);
CREATE INDEX view_articles_story ON view_articles (story_id, published);
CREATE TABLE view_quotes (
    seq INTEGER NOT NULL, pos INTEGER NOT NULL, speaker_key TEXT, speaker TEXT, type TEXT,
    text TEXT NOT NULL, start INTEGER, end INTEGER, day TEXT,
    PRIMARY KEY (seq, pos)
) WITHOUT ROWID;
CREATE INDEX view_quotes_speaker ON view_quotes (speaker_key, day);
CREATE INDEX view_quotes_day ON view_quotes (day, speaker_key);
CREATE TABLE view_entities (
    seq INTEGER NOT NULL, entity_key TEXT NOT NULL, canonical TEXT NOT NULL, label TEXT, mentions INTEGER,
    day TEXT,
    PRIMARY KEY (seq, entity_key)
) WITHOUT ROWID;
CREATE INDEX view_entities_key ON view_entities (entity_key, day);
CREATE INDEX view_entities_day ON view_entities (day, entity_key);
CREATE TABLE view_days (
    day TEXT, site TEXT, lang TEXT, articles INTEGER NOT NULL, copies INTEGER NOT NULL
);
CREATE INDEX view_days_day ON view_days (day);
CREATE TABLE view_speaker_totals (
    speaker_key TEXT PRIMARY KEY, speaker TEXT, quotes INTEGER NOT NULL, articles INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX view_speaker_totals_rank ON view_speaker_totals (quotes DESC, speaker_key);
CREATE TABLE view_entity_totals (
    entity_key TEXT PRIMARY KEY, canonical TEXT, label TEXT, articles INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX view_entity_totals_rank ON view_entity_totals (articles DESC, entity_key);
CREATE TABLE view_speaker_periods (
    speaker_key TEXT NOT NULL, grain TEXT NOT NULL, period TEXT, site TEXT, lang TEXT, speaker TEXT,
    quotes INTEGER NOT NULL, articles INTEGER NOT NULL
);
CREATE INDEX view_speaker_periods_key ON view_speaker_periods (speaker_key, grain, period);
CREATE TABLE view_entity_periods (
    entity_key TEXT NOT NULL, grain TEXT NOT NULL, period TEXT, site TEXT, lang TEXT, canonical TEXT,
    label TEXT, articles INTEGER NOT NULL
);
CREATE INDEX view_entity_periods_key ON view_entity_periods (entity_key, grain, period);
"""

_FILL = (
    "INSERT INTO view_articles (seq, id, published, day, site, lang, story_id, duplicate_of, title)"
    " SELECT seq, id, published, substr(published, 1, 10), site, lang, story_id, duplicate_of, title FROM articles",
    "INSERT INTO view_quotes (seq, pos, speaker_key, speaker, type, text, start, end, day)"
    " SELECT a.seq, q.key,"
    "  coalesce(json_extract(q.value, '$.speaker_id'), json_extract(q.value, '$.speaker')),"
    "  json_extract(q.value, '$.speaker'), json_extract(q.value, '$.type'),"
    "  coalesce(json_extract(q.value, '$.text'), ''), json_extract(q.value, '$.start'),"
    "  json_extract(q.value, '$.end'), substr(a.published, 1, 10)"
    " FROM articles a, json_each(a.record, '$.quotes') q",
    "INSERT INTO view_entities (seq, entity_key, canonical, label, mentions, day)"
    " SELECT a.seq,"
    "  coalesce(json_extract(e.value, '$.entity_id'),"
    "           json_extract(e.value, '$.label') || ':' || coalesce(json_extract(e.value, '$.canonical'),"
    "                                                           json_extract(e.value, '$.text'))),"
    "  coalesce(json_extract(e.value, '$.canonical'), json_extract(e.value, '$.text')),"
    "  json_extract(e.value, '$.label'), count(*), substr(a.published, 1, 10)"
    " FROM articles a, json_each(a.record, '$.entities') e GROUP BY 1, 2",
    *AGGREGATES,
)


def rebuild_views(conn: sqlite3.Connection) -> None:
    """Derive the view tables again from the articles (inside the caller's write transaction)."""
    if views_are_current(conn):  # another request rebuilt them while this one waited for the lock
        return
    for table in VIEW_TABLES:  # dropped, so a new layout takes effect
        conn.execute(f"DROP TABLE IF EXISTS {table}")
    for statement in _SCHEMA.split(";"):  # one by one: executescript would commit the transaction
        if statement.strip():
            conn.execute(statement)
    for statement in _FILL:
        conn.execute(statement)
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('view_index', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (view_stamp(conn),),
    )
