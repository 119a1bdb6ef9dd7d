"""The web views' reads on SQLite: ``SqliteViews``, mixed into ``SqliteStore``.

The reads themselves are views_common.py's, shared with PostgreSQL; this class brings what
is SQLite's: refreshing the view tables of sqlite_view_index.py inside the store's write
transaction, and matching a search with FTS5 (ranked by bm25).
"""
from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager

from veille.store.dialect import Match
from veille.store.search import parse_query
from veille.store.sqlite_fts import SQLITE, WEIGHTS
from veille.store.sqlite_view_index import rebuild_views
from veille.store.views_common import ViewReads


class SqliteViews(ViewReads):
    """Read methods for serve/ (store/base.py's ``view_*``)."""

    _dialect = SQLITE
    _conn: sqlite3.Connection

    _transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]  # SqliteStore's

    def _rebuild_views(self) -> None:
        with self._transaction() as conn:  # SQLite's one writer lock: a waiting request finds them rebuilt
            rebuild_views(conn)

    def _view_match(self, query: str) -> Match | None:
        parsed = parse_query(query)
        if not parsed.groups:
            return None
        return Match(source="article_fts JOIN view_articles v ON v.seq = article_fts.rowid",
                     condition="article_fts MATCH ?", param=parsed.expression,
                     score=f"-bm25(article_fts, {WEIGHTS})", terms=parsed.terms)  # bm25: lower is better
