"""The SQLite full-text index (FTS5) over folded title, text and site, and searching it.

The index is contentless (migrations/0002_search.sql): it holds folded words, not a
second copy of the text. Updating a row means deleting it with the values it was indexed
with, which folding the old record gives back; if ``fold`` ever changes, bumping
``FOLD_VERSION`` changes ``SEARCH_INDEX_VERSION`` and the store rebuilds the index on open.
Snippets are cut from the original text (store/search.py), so accents show as written.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

from veille.errors import StoreError
from veille.store.base import SearchFilters, SearchHit, SearchPage
from veille.store.fold import FOLD_VERSION, fold
from veille.store.search import ParsedQuery, make_snippet, parse_query

SEARCH_INDEX_VERSION = f"fts5-title-text-site/fold{FOLD_VERSION}"
MAX_PAGE = 1000
_WEIGHTS = "4.0, 1.0, 1.0"  # bm25 weights of title, text, site: a word in the title counts four times
_REBUILD_BATCH = 500


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
    limit, offset = max(0, min(int(limit), MAX_PAGE)), max(0, int(offset))
    where, params = filter_clause(filters)
    parsed = parse_query(query)
    if parsed.expression:
        source = "article_fts JOIN articles a ON a.seq = article_fts.rowid"
        where, params = ["article_fts MATCH ?", *where], [parsed.expression, *params]
        score, order = f"bm25(article_fts, {_WEIGHTS})", "score, a.seq"
    elif query.strip():
        return SearchPage(total=0)  # nothing searchable was typed (only punctuation or operators)
    else:
        source, score, order = "articles a", "0.0", "a.published IS NULL, a.published DESC, a.seq"
    clause = " WHERE " + " AND ".join(where) if where else ""
    total = conn.execute(f"SELECT count(*) FROM {source}{clause}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT a.id, a.title, a.site, a.published, a.text, {score} AS score FROM {source}{clause}"
        f" ORDER BY {order} LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return SearchPage(total=int(total), hits=[_hit(row, parsed) for row in rows])


def _hit(row: tuple[Any, ...], parsed: ParsedQuery) -> SearchHit:
    article_id, title, site, published, text, score = row
    return SearchHit(
        id=article_id, title=title, site=site, published=published,
        snippet=make_snippet(text or title or "", parsed.terms), score=0.0 - float(score),  # bm25: lower is better
    )


def filter_clause(filters: SearchFilters) -> tuple[list[str], list[object]]:
    """Fixed SQL fragments with ``?`` for every value: a filter can never become SQL.

    Dates compare as ISO strings; a published date without a time counts as the whole day.
    """
    where: list[str] = []
    params: list[object] = []
    if filters.date_from:
        lower = _parse_day("date_from", filters.date_from)
        where.append("(a.published >= ? OR a.published = ?)")
        params += [lower.isoformat(), lower.isoformat()[:10]]
    if filters.date_to:
        upper = _parse_day("date_to", filters.date_to)
        if isinstance(upper, datetime):
            where.append("a.published <= ?")
            params.append(upper.isoformat())
        else:  # a whole day: everything published on it, dates and datetimes alike
            where.append("a.published < ?")
            params.append((upper + timedelta(days=1)).isoformat())
    if filters.site:
        where.append("a.site = ? COLLATE NOCASE")
        params.append(filters.site)
    if filters.lang:
        where.append("a.lang = ? COLLATE NOCASE")
        params.append(filters.lang)
    return where, params


def _parse_day(name: str, value: str) -> date | datetime:
    try:
        return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    except ValueError:
        raise StoreError(f"{name} must be an ISO date (2022-01-31) or datetime, not {value[:40]!r}") from None
