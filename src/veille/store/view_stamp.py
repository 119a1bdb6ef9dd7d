"""When the view tables are current: the stamp both backends' view index is built at.

The view tables (sqlite_view_index.py, postgres_view_index.py) are derived data, rebuilt
whole when the store's ingest history differs from the stamp in ``meta``. Every write to
articles happens inside an ingest run, so the runs table and the article count are the stamp.
``VIEW_TABLES`` are all of them, the slim tables and the sums derived from them (view_top.py).
"""
from __future__ import annotations

from veille.store.dialect import Connection

VIEW_INDEX_VERSION = "views2"
VIEW_TABLES = ("view_articles", "view_quotes", "view_entities", "view_days", "view_speaker_totals",
               "view_entity_totals", "view_speaker_periods", "view_entity_periods")


def view_stamp(conn: Connection) -> str:
    """What the view tables must have been built at: the ingest history and the article count."""
    runs, last_run, finished = conn.execute("SELECT count(*), max(id), max(finished) FROM runs").fetchone()
    articles = conn.execute("SELECT count(*) FROM articles").fetchone()[0]
    return f"{VIEW_INDEX_VERSION}:{runs}:{last_run}:{finished}:{articles}"


def views_are_current(conn: Connection) -> bool:
    row = conn.execute("SELECT value FROM meta WHERE key = 'view_index'").fetchone()
    return bool(row) and row[0] == view_stamp(conn)
