"""The view tables on PostgreSQL (pg_migrations/0003_views.sql), derived from the JSONB records.

The twin of sqlite_view_index.py: the same stamp and aggregates (view_stamp.py), the same
columns; refilled whole inside one transaction under an advisory lock, so two web workers
finding them stale rebuild them once.
"""
from __future__ import annotations

import psycopg

from veille.store.view_stamp import VIEW_TABLES, view_stamp, views_are_current
from veille.store.view_top import AGGREGATES

VIEW_LOCK = 0x7665696C6C65_04
_ARRAY = "CASE WHEN jsonb_typeof(a.record->'{0}') = 'array' THEN a.record->'{0}' ELSE '[]'::jsonb END"
_INT = "CASE WHEN jsonb_typeof({0}) = 'number' THEN ({0})::text::numeric::bigint END"

_FILL = (
    "INSERT INTO view_articles (seq, id, published, day, site, lang, story_id, duplicate_of, title)"
    " SELECT seq, id, published, substr(published, 1, 10), site, lang, story_id, duplicate_of, title FROM articles",
    "INSERT INTO view_quotes (seq, pos, speaker_key, speaker, type, text, start, \"end\", day)"
    " SELECT a.seq, q.ord - 1, coalesce(q.v->>'speaker_id', q.v->>'speaker'), q.v->>'speaker', q.v->>'type',"
    "  coalesce(q.v->>'text', ''), " + _INT.format("q.v->'start'") + ", " + _INT.format("q.v->'end'") + ","
    "  substr(a.published, 1, 10)"
    f" FROM articles a, jsonb_array_elements({_ARRAY.format('quotes')}) WITH ORDINALITY q(v, ord)",
    "INSERT INTO view_entities (seq, entity_key, canonical, label, mentions, day)"
    " SELECT a.seq, k.key, max(coalesce(e.v->>'canonical', e.v->>'text')), max(e.v->>'label'), count(*),"
    "  substr(a.published, 1, 10)"
    f" FROM articles a, jsonb_array_elements({_ARRAY.format('entities')}) e(v),"
    "  LATERAL (SELECT coalesce(e.v->>'entity_id',"
    "           (e.v->>'label') || ':' || coalesce(e.v->>'canonical', e.v->>'text')) AS key) k"
    " WHERE k.key IS NOT NULL GROUP BY a.seq, k.key, a.published",
)


def rebuild_views(conn: psycopg.Connection) -> None:
    """Derive the view tables again from the articles, in one transaction."""
    with conn.transaction():
        conn.execute("SELECT pg_advisory_xact_lock(%s)", (VIEW_LOCK,))
        if views_are_current(conn):  # another worker rebuilt them while this one waited
            return
        conn.execute("TRUNCATE " + ", ".join(VIEW_TABLES))
        for statement in (*_FILL, *AGGREGATES):
            conn.execute(statement)
        conn.execute("INSERT INTO meta (key, value) VALUES ('view_index', %s)"
                     " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (view_stamp(conn),))
