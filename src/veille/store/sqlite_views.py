"""The web views' reads on SQLite: home, story, person and faceted search, as JSON-safe records.

``SqliteViews`` is mixed into ``SqliteStore``; its queries read the slim derived tables of
sqlite_view_index.py (refreshed on first use when stale), and the JSON records of a bounded
number of articles, so a page costs the same on 36k articles as on 36. Every value is a
bound parameter; WHERE clauses are assembled from fixed fragments only.
"""
from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Callable
from contextlib import AbstractContextManager
from datetime import date
from typing import Any

from veille.errors import StoreError
from veille.store.base import ViewFilters
from veille.store.search import make_snippet, parse_query
from veille.store.sqlite_view_index import rebuild_views, views_are_current

FACET_SCAN = 5000
"""Search facets count over at most this many matches (the best-ranked ones)."""
MAX_PAGE = 200
STORY_ARTICLES = 300
"""Members read in full for a story page (events, quotes, entities); later ones are listed only."""
TOP = 10


class SqliteViews:
    """Read methods for serve/: the protocol's ``view_*`` methods (store/base.py)."""

    _conn: sqlite3.Connection
    _views_checked: bool = False

    _transaction: Callable[[], AbstractContextManager[sqlite3.Connection]]  # SqliteStore's

    def _views(self) -> sqlite3.Connection:
        if not self._views_checked:
            if not views_are_current(self._conn):
                with self._transaction() as conn:
                    rebuild_views(conn)
            self._views_checked = True
        return self._conn

    def view_home(self, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        conn = self._views()
        where, params = view_where(filters)
        clause = " AND ".join(["v.day IS NOT NULL", *where])
        volume = [
            {"day": day, "articles": n, "copies": copies}
            for day, n, copies in conn.execute(
                f"SELECT v.day, count(*), count(v.duplicate_of) FROM view_articles v WHERE {clause}"
                " GROUP BY v.day ORDER BY v.day", params)
        ]
        return {
            "stories": stories_page(conn, filters, limit=limit, offset=offset),
            "volume": volume,
            "top_speakers": top_speakers(conn, where, params),
            "top_entities": top_entities(conn, where, params),
            "outlets": _counts(conn, "site"),
            "languages": _counts(conn, "lang"),
        }

    def view_story(self, story_id: str) -> dict[str, object] | None:
        conn = self._views()
        row = conn.execute("SELECT story_id, label, first_date, last_date, article_count, state FROM stories"
                           " WHERE story_id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        members = [
            {"id": r[0], "title": r[1], "site": r[2], "published": r[3], "duplicate_of": r[4]}
            for r in conn.execute(
                "SELECT v.id, v.title, v.site, v.published, v.duplicate_of FROM view_articles v"
                " WHERE v.story_id = ? ORDER BY v.published IS NULL, v.published, v.seq", (story_id,))
        ]
        originals = [m["id"] for m in members if not m["duplicate_of"]][:STORY_ARTICLES]
        return {**_story(row), "members": members, "records": _records(conn, originals)}

    def view_person(self, speaker_key: str, *, limit: int = MAX_PAGE, offset: int = 0) -> dict[str, object] | None:
        conn = self._views()
        total = conn.execute("SELECT count(*) FROM view_quotes WHERE speaker_key = ?", (speaker_key,)).fetchone()[0]
        if not total:
            return None
        names = Counter(r[0] for r in conn.execute(
            "SELECT speaker FROM view_quotes WHERE speaker_key = ? AND speaker IS NOT NULL LIMIT 500", (speaker_key,)))
        quotes = [
            {"article_id": r[0], "title": r[1], "site": r[2], "published": r[3], "duplicate_of": r[4],
             "story_id": r[5], "type": r[6], "text": r[7], "start": r[8], "end": r[9]}
            for r in conn.execute(
                "SELECT v.id, v.title, v.site, v.published, v.duplicate_of, v.story_id, q.type, q.text, q.start, q.end"
                " FROM view_quotes q JOIN view_articles v ON v.seq = q.seq WHERE q.speaker_key = ?"
                " ORDER BY v.published IS NULL, v.published, v.seq, q.pos LIMIT ? OFFSET ?",
                (speaker_key, _limit(limit), max(0, int(offset))))
        ]
        name = names.most_common(1)[0][0] if names else speaker_key
        return {"key": speaker_key, "name": name, "total": int(total), "quotes": quotes}

    def view_search(self, query: str, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        conn = self._views()
        where, params = view_where(filters)
        parsed = parse_query(query)
        if parsed.expression:
            source = "article_fts JOIN view_articles v ON v.seq = article_fts.rowid"
            where, params = ["article_fts MATCH ?", *where], [parsed.expression, *params]
            order = "bm25(article_fts, 4.0, 1.0, 1.0), v.seq"
        elif query.strip():
            return {"total": 0, "hits": [], "facets": {}}
        else:
            source, order = "view_articles v", "v.published IS NULL, v.published DESC, v.seq"
        clause = " WHERE " + " AND ".join(where) if where else ""
        try:
            total = conn.execute(f"SELECT count(*) FROM {source}{clause}", params).fetchone()[0]
            matched = conn.execute(
                f"SELECT v.seq, v.id, v.title, v.site, v.published, v.lang, v.story_id, v.day"
                f" FROM {source}{clause} ORDER BY {order} LIMIT ?", [*params, FACET_SCAN]).fetchall()
        except sqlite3.OperationalError as exc:  # a query FTS5 still refuses: no hits, not a crash
            raise StoreError(f"cannot search for {query[:80]!r}: {exc}") from None
        start = max(0, int(offset))
        page = matched[start : start + _limit(limit)] if start < FACET_SCAN else []
        texts = dict(conn.execute(
            "SELECT seq, text FROM articles WHERE seq IN (SELECT value FROM json_each(?))",
            (json.dumps([r[0] for r in page]),)))
        hits = [
            {"id": r[1], "title": r[2], "site": r[3], "published": r[4], "lang": r[5], "story_id": r[6],
             "snippet": make_snippet(texts.get(r[0]) or r[2] or "", parsed.terms)}
            for r in page
        ]
        return {"total": int(total), "hits": hits, "facets": search_facets(conn, matched)}

    def stories_with_event(self, day: str, since: str, until: str) -> list[str]:
        """One range of the last_date index, each story's JSON state read in SQLite; on the link
        connection, so the stories written earlier in the same batch are seen."""
        rows = self._conn.execute(
            "SELECT story_id, first_date FROM stories WHERE last_date BETWEEN ? AND ?"
            " AND EXISTS (SELECT 1 FROM json_each(stories.state, '$.events') WHERE key = ?)", (since, until, day))
        return [story_id for story_id, _ in sorted(rows, key=lambda r: (r[1], r[0]))]


def view_where(filters: ViewFilters) -> tuple[list[str], list[object]]:
    """Fixed fragments over ``view_articles v`` with a ``?`` for every value."""
    where: list[str] = []
    params: list[object] = []
    for name, fragment in (("date_from", "v.day >= ?"), ("date_to", "v.day <= ?")):
        value = getattr(filters, name)
        if value:
            where.append(fragment)
            params.append(_day(name, value))
    for name, fragment in (
        ("site", "v.site = ? COLLATE NOCASE"),
        ("lang", "v.lang = ? COLLATE NOCASE"),
        ("story", "v.story_id = ?"),
        ("speaker", "v.seq IN (SELECT seq FROM view_quotes WHERE speaker_key = ?)"),
        ("entity", "v.seq IN (SELECT seq FROM view_entities WHERE entity_key = ?)"),
    ):
        value = getattr(filters, name)
        if value:
            where.append(fragment)
            params.append(value)
    return where, params


def stories_page(conn: sqlite3.Connection, filters: ViewFilters, *, limit: int, offset: int) -> dict[str, Any]:
    """Stories whose span meets the date range and that hold an article of the outlet and language."""
    where: list[str] = []
    params: list[object] = []
    if filters.date_from:
        where.append("s.last_date >= ?")
        params.append(_day("date_from", filters.date_from))
    if filters.date_to:
        where.append("s.first_date <= ?")
        params.append(_day("date_to", filters.date_to) + "\uffff")  # datetimes of that day too
    member_where, member_params = view_where(ViewFilters(site=filters.site, lang=filters.lang))
    if member_where:
        where.append("EXISTS (SELECT 1 FROM view_articles v WHERE v.story_id = s.story_id AND "
                     + " AND ".join(member_where) + ")")
        params += member_params
    clause = " WHERE " + " AND ".join(where) if where else ""
    total = conn.execute(f"SELECT count(*) FROM stories s{clause}", params).fetchone()[0]
    rows = conn.execute(
        f"SELECT s.story_id, s.label, s.first_date, s.last_date, s.article_count, s.state FROM stories s{clause}"
        " ORDER BY s.last_date DESC, s.story_id LIMIT ? OFFSET ?", [*params, _limit(limit), max(0, int(offset))])
    return {"total": int(total), "items": [_story(row) for row in rows]}


def top_speakers(conn: sqlite3.Connection, where: list[str], params: list[object]) -> list[dict[str, Any]]:
    clause = " AND ".join(["q.speaker_key IS NOT NULL", *where])
    rows = conn.execute(
        "SELECT q.speaker_key, max(q.speaker), count(*), count(DISTINCT q.seq) FROM view_quotes q"
        f" JOIN view_articles v ON v.seq = q.seq WHERE {clause}"
        " GROUP BY q.speaker_key ORDER BY 3 DESC, 1 LIMIT ?", [*params, TOP])
    return [{"key": r[0], "name": r[1] or r[0], "quotes": r[2], "articles": r[3]} for r in rows]


def top_entities(conn: sqlite3.Connection, where: list[str], params: list[object]) -> list[dict[str, Any]]:
    clause = " AND ".join(["1", *where])
    rows = conn.execute(
        "SELECT e.entity_key, max(e.canonical), max(e.label), count(*) FROM view_entities e"
        f" JOIN view_articles v ON v.seq = e.seq WHERE {clause}"
        " GROUP BY e.entity_key ORDER BY 4 DESC, 1 LIMIT ?", [*params, TOP])
    return [{"key": r[0], "name": r[1], "label": r[2], "articles": r[3]} for r in rows]


def search_facets(conn: sqlite3.Connection, matched: list[tuple]) -> dict[str, list[dict[str, Any]]]:
    """Counts over the matched articles by month, outlet, language, story, speaker and entity."""
    seqs = json.dumps([r[0] for r in matched])
    stories = Counter(r[6] for r in matched if r[6])
    labels = dict(conn.execute(
        "SELECT story_id, label FROM stories WHERE story_id IN (SELECT value FROM json_each(?))",
        (json.dumps([s for s, _ in stories.most_common(TOP)]),)))
    speakers = conn.execute(
        "SELECT speaker_key, max(speaker), count(DISTINCT seq) FROM view_quotes WHERE speaker_key IS NOT NULL"
        " AND seq IN (SELECT value FROM json_each(?)) GROUP BY speaker_key ORDER BY 3 DESC, 1 LIMIT ?",
        (seqs, TOP))
    entities = conn.execute(
        "SELECT entity_key, max(canonical), count(*) FROM view_entities"
        " WHERE seq IN (SELECT value FROM json_each(?)) GROUP BY entity_key ORDER BY 3 DESC, 1 LIMIT ?",
        (seqs, TOP))
    return {
        "month": _facet(Counter(r[7][:7] for r in matched if r[7]), by_value=True),
        "site": _facet(Counter(r[3] for r in matched if r[3])),
        "lang": _facet(Counter(r[5] for r in matched if r[5])),
        "story": [{"value": s, "label": labels.get(s) or s, "count": n} for s, n in stories.most_common(TOP)],
        "speaker": [{"value": k, "label": name or k, "count": n} for k, name, n in speakers],
        "entity": [{"value": k, "label": name, "count": n} for k, name, n in entities],
    }


def _facet(counts: Counter[str], *, by_value: bool = False) -> list[dict[str, Any]]:
    items = sorted(counts.items()) if by_value else counts.most_common(TOP)
    return [{"value": v, "label": v, "count": n} for v, n in items]


def _counts(conn: sqlite3.Connection, column: str) -> list[dict[str, Any]]:
    rows = conn.execute(f"SELECT {column}, count(*) FROM view_articles WHERE {column} IS NOT NULL"
                        f" GROUP BY {column} ORDER BY 2 DESC, 1 LIMIT 100")
    return [{"value": v, "count": n} for v, n in rows]


def _records(conn: sqlite3.Connection, ids: list[str]) -> list[dict[str, Any]]:
    rows = conn.execute("SELECT id, record FROM articles WHERE id IN (SELECT value FROM json_each(?))",
                        (json.dumps(ids),))
    by_id = {article_id: json.loads(record) for article_id, record in rows}
    return [by_id[i] for i in ids if i in by_id]


def _story(row: tuple) -> dict[str, Any]:
    story_id, label, first_date, last_date, count, state = row
    data = json.loads(state) if isinstance(state, str) else state
    outlets = data.get("outlets", {})
    entities = data.get("entities", {})
    return {
        "story_id": story_id, "label": label, "first_date": first_date, "last_date": last_date,
        "article_count": count, "copies": int(data.get("copies", 0)),
        "outlets": sorted(outlets, key=lambda o: (-outlets[o], o)),
        "top_entities": sorted(entities, key=lambda e: (-entities[e], e))[:TOP],
    }


def _limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_PAGE))


def _day(name: str, value: str) -> str:
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise StoreError(f"{name} must be an ISO date (2022-01-31), not {value[:40]!r}") from None
