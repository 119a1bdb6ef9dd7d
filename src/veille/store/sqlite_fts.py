"""The SQLite full-text index (FTS5) over folded title, text and site, and searching it.

The index is contentless (migrations/0002_search.sql): it holds folded words, not a
second copy of the text. Updating a row means deleting it with the values it was indexed
with, which folding the old record gives back; if ``fold`` ever changes, bumping
``FOLD_VERSION`` changes ``SEARCH_INDEX_VERSION`` and the store rebuilds the index on open.
Searching spells the parsed query in FTS5 and ranks by bm25; filters, paging and snippets
are article_search.py's, shared with PostgreSQL through the ``SQLITE`` dialect defined here.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from typing import Any

from veille.store import article_search
from veille.store.base import SearchFilters, SearchPage
from veille.store.dialect import Dialect, Match
from veille.store.fold import FOLD_VERSION, fold
from veille.store.search import parse_query

SEARCH_INDEX_VERSION = f"fts5-title-text-site/fold{FOLD_VERSION}"
WEIGHTS = "4.0, 1.0, 1.0"  # bm25 weights of title, text, site: a word in the title counts four times
_REBUILD_BATCH = 500
SQLITE = Dialect(
    param="?", nocase="{} = ? COLLATE NOCASE", in_list="IN (SELECT value FROM json_each(?))", list_param=json.dumps,
    article_text="a.text", bytewise="", errors=sqlite3.OperationalError,
)


def index_article(conn: sqlite3.Connection, seq: int, record: Mapping[str, Any]) -> None:
    conn.execute("INSERT INTO article_fts (rowid, title, text, site) VALUES (?, ?, ?, ?)", (seq, *_folded(record)))


def unindex_article(conn: sqlite3.Connection, seq: int, record: Mapping[str, Any]) -> None:
    conn.execute(
        "INSERT INTO article_fts (article_fts, rowid, title, text, site) VALUES ('delete', ?, ?, ?, ?)",
        (seq, *_folded(record)),
    )


def _folded(record: Mapping[str, Any]) -> tuple[str, str, str]:
    return fold(record.get("title") or ""), fold(record.get("text") or ""), fold(record.get("site") or "")


def index_is_current(conn: sqlite3.Connection) -> bool:
    """False when the index was built by another fold or layout, or never built."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'search_index'").fetchone()
    return bool(row) and row[0] == SEARCH_INDEX_VERSION


def rebuild_index(conn: sqlite3.Connection) -> None:
    """Index every article again from its stored record (inside the caller's transaction)."""
    conn.execute("INSERT INTO article_fts (article_fts) VALUES ('delete-all')")
    last = 0
    while rows := conn.execute(
        "SELECT seq, record FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (last, _REBUILD_BATCH)
    ).fetchall():
        for seq, record in rows:
            index_article(conn, seq, json.loads(record))
        last = rows[-1][0]
    conn.execute(
        "INSERT INTO meta (key, value) VALUES ('search_index', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (SEARCH_INDEX_VERSION,),
    )


def search_articles(
    conn: sqlite3.Connection, query: str, *, limit: int, offset: int, filters: SearchFilters
) -> SearchPage:
    """Ranked (bm25) hits for ``query``; an empty query lists the filtered articles, newest first."""
    return article_search.search_articles(conn, query, match_articles(query), dialect=SQLITE, limit=limit,
                                          offset=offset, filters=filters)


def match_articles(query: str) -> Match | None:
    """FTS5 over ``articles a``; bm25 is lower for better hits, so the score is its negation."""
    parsed = parse_query(query)
    if not parsed.groups:
        return None
    return Match(source="article_fts JOIN articles a ON a.seq = article_fts.rowid", condition="article_fts MATCH ?",
                 param=parsed.expression, score=f"-bm25(article_fts, {WEIGHTS})", terms=parsed.terms)
