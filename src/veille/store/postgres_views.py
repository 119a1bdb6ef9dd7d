"""The web views' reads on PostgreSQL: home, story, person and faceted search, as JSON-safe records.

The twin of sqlite_views.py, mixed into ``PostgresStore``: the same queries over the slim view
tables of postgres_view_index.py (refilled when stale), the same records out, so serve/ cannot
tell the backends apart; the record-shaping helpers are sqlite_views'. Search ranks with
``ts_rank_cd`` (postgres_search.py) instead of bm25, so equal-looking hits may come in another order.
Every value is a bound parameter; WHERE clauses are assembled from fixed fragments only.
"""
from __future__ import annotations

from collections import Counter
from typing import Any

import psycopg

from veille.errors import StoreError
from veille.store.base import ViewFilters
from veille.store.postgres_search import WEIGHTS, tsquery_text
from veille.store.postgres_view_index import rebuild_views, views_are_current
from veille.store.search import make_snippet
from veille.store.sqlite_views import FACET_SCAN, STORY_ARTICLES, TOP, _day, _facet, _limit, _story


class PostgresViews:
    """Read methods for serve/ (store/base.py's ``view_*``) and the linker's event recall."""

    _conn: psycopg.Connection
    _views_checked: bool = False

    def _views(self) -> psycopg.Connection:
        if not self._views_checked:
            if not views_are_current(self._conn):
                rebuild_views(self._conn)
            self._views_checked = True
        return self._conn

    def view_home(self, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        conn = self._views()
        where, params = view_where(filters)
        clause = " AND ".join(["v.day IS NOT NULL", *where])
        volume = [{"day": day, "articles": n, "copies": copies} for day, n, copies in conn.execute(
            f"SELECT v.day, count(*), count(v.duplicate_of) FROM view_articles v WHERE {clause}"
            " GROUP BY v.day ORDER BY v.day", params)]
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
                           " WHERE story_id = %s", (story_id,)).fetchone()
        if row is None:
            return None
        members = [{"id": r[0], "title": r[1], "site": r[2], "published": r[3], "duplicate_of": r[4]}
                   for r in conn.execute(
                       "SELECT v.id, v.title, v.site, v.published, v.duplicate_of FROM view_articles v"
                       " WHERE v.story_id = %s ORDER BY v.published IS NULL, v.published, v.seq", (story_id,))]
        originals = [m["id"] for m in members if not m["duplicate_of"]][:STORY_ARTICLES]
        return {**_story(row), "members": members, "records": _records(conn, originals)}

    def view_person(self, speaker_key: str, *, limit: int = 200, offset: int = 0) -> dict[str, object] | None:
        conn = self._views()
        total = conn.execute("SELECT count(*) FROM view_quotes WHERE speaker_key = %s", (speaker_key,)).fetchone()[0]
        if not total:
            return None
        names = Counter(r[0] for r in conn.execute(
            "SELECT speaker FROM view_quotes WHERE speaker_key = %s AND speaker IS NOT NULL ORDER BY seq, pos"
            " LIMIT 500", (speaker_key,)))
        quotes = [
            {"article_id": r[0], "title": r[1], "site": r[2], "published": r[3], "duplicate_of": r[4],
             "story_id": r[5], "type": r[6], "text": r[7], "start": r[8], "end": r[9]}
            for r in conn.execute(
                "SELECT v.id, v.title, v.site, v.published, v.duplicate_of, v.story_id, q.type, q.text, q.start,"
                " q.\"end\" FROM view_quotes q JOIN view_articles v ON v.seq = q.seq WHERE q.speaker_key = %s"
                " ORDER BY v.published IS NULL, v.published, v.seq, q.pos LIMIT %s OFFSET %s",
                (speaker_key, _limit(limit), max(0, int(offset))))
        ]
        name = names.most_common(1)[0][0] if names else speaker_key
        return {"key": speaker_key, "name": name, "total": int(total), "quotes": quotes}

    def view_search(self, query: str, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        conn = self._views()
        where, params = view_where(filters)
        text, parsed = tsquery_text(query)
        if text:
            source = ("view_articles v JOIN articles a ON a.seq = v.seq,"
                      " to_tsquery('veille_french', %s) q")
            where, params = ["a.search @@ q", *where], [text, *params]
            order = f"ts_rank_cd('{WEIGHTS}', a.search, q, 1) DESC, v.seq"
        elif query.strip():
            return {"total": 0, "hits": [], "facets": {}}
        else:
            source, order = "view_articles v", "v.published IS NULL, v.published DESC, v.seq"
        clause = " WHERE " + " AND ".join(where) if where else ""
        try:
            total = conn.execute(f"SELECT count(*) FROM {source}{clause}", params).fetchone()[0]
            matched = conn.execute(
                f"SELECT v.seq, v.id, v.title, v.site, v.published, v.lang, v.story_id, v.day"
                f" FROM {source}{clause} ORDER BY {order} LIMIT %s", [*params, FACET_SCAN]).fetchall()
        except psycopg.Error as exc:
            raise StoreError(f"cannot search for {query[:80]!r}: {exc}") from None
        start = max(0, int(offset))
        page = matched[start : start + _limit(limit)] if start < FACET_SCAN else []
        texts = dict(conn.execute("SELECT seq, record->>'text' FROM articles WHERE seq = ANY(%s)",
                                  ([r[0] for r in page],)).fetchall())
        hits = [
            {"id": r[1], "title": r[2], "site": r[3], "published": r[4], "lang": r[5], "story_id": r[6],
             "snippet": make_snippet(texts.get(r[0]) or r[2] or "", parsed.terms)}
            for r in page
        ]
        return {"total": int(total), "hits": hits, "facets": search_facets(conn, matched)}

    def stories_with_event(self, day: str, since: str, until: str) -> list[str]:
        """On the link connection, so the stories written earlier in the same batch are seen."""
        rows = self._conn.execute(
            "SELECT story_id FROM stories WHERE last_date BETWEEN %s AND %s AND state->'events' ? %s"
            " ORDER BY first_date, story_id COLLATE \"C\"", (since, until, day))
        return [r[0] for r in rows]


def view_where(filters: ViewFilters) -> tuple[list[str], list[object]]:
    """Fixed fragments over ``view_articles v`` with a ``%s`` for every value."""
    where: list[str] = []
    params: list[object] = []
    for name, fragment in (("date_from", "v.day >= %s"), ("date_to", "v.day <= %s")):
        value = getattr(filters, name)
        if value:
            where.append(fragment)
            params.append(_day(name, value))
    for name, fragment in (
        ("site", "lower(v.site) = lower(%s)"),
        ("lang", "lower(v.lang) = lower(%s)"),
        ("story", "v.story_id = %s"),
        ("speaker", "v.seq IN (SELECT seq FROM view_quotes WHERE speaker_key = %s)"),
        ("entity", "v.seq IN (SELECT seq FROM view_entities WHERE entity_key = %s)"),
    ):
        value = getattr(filters, name)
        if value:
            where.append(fragment)
            params.append(value)
    return where, params


def stories_page(conn: psycopg.Connection, filters: ViewFilters, *, limit: int, offset: int) -> dict[str, Any]:
    where: list[str] = []
    params: list[object] = []
    if filters.date_from:
        where.append("s.last_date >= %s")
        params.append(_day("date_from", filters.date_from))
    if filters.date_to:
        where.append("s.first_date <= %s")
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
        " ORDER BY s.last_date DESC, s.story_id COLLATE \"C\" LIMIT %s OFFSET %s",
        [*params, _limit(limit), max(0, int(offset))])
    return {"total": int(total), "items": [_story(row) for row in rows]}


def top_speakers(conn: psycopg.Connection, where: list[str], params: list[object]) -> list[dict[str, Any]]:
    clause = " AND ".join(["q.speaker_key IS NOT NULL", *where])
    rows = conn.execute(
        "SELECT q.speaker_key, max(q.speaker), count(*), count(DISTINCT q.seq) FROM view_quotes q"
        f" JOIN view_articles v ON v.seq = q.seq WHERE {clause}"
        " GROUP BY q.speaker_key ORDER BY 3 DESC, 1 LIMIT %s", [*params, TOP])
    return [{"key": r[0], "name": r[1] or r[0], "quotes": r[2], "articles": r[3]} for r in rows]


def top_entities(conn: psycopg.Connection, where: list[str], params: list[object]) -> list[dict[str, Any]]:
    clause = " AND ".join(["TRUE", *where])
    rows = conn.execute(
        "SELECT e.entity_key, max(e.canonical), max(e.label), count(*) FROM view_entities e"
        f" JOIN view_articles v ON v.seq = e.seq WHERE {clause}"
        " GROUP BY e.entity_key ORDER BY 4 DESC, 1 LIMIT %s", [*params, TOP])
    return [{"key": r[0], "name": r[1], "label": r[2], "articles": r[3]} for r in rows]


def search_facets(conn: psycopg.Connection, matched: list[tuple]) -> dict[str, list[dict[str, Any]]]:
    """Counts over the matched articles by month, outlet, language, story, speaker and entity."""
    seqs = [r[0] for r in matched]
    stories = Counter(r[6] for r in matched if r[6])
    labels = dict(conn.execute("SELECT story_id, label FROM stories WHERE story_id = ANY(%s)",
                               ([s for s, _ in stories.most_common(TOP)],)).fetchall())
    speakers = conn.execute(
        "SELECT speaker_key, max(speaker), count(DISTINCT seq) FROM view_quotes WHERE speaker_key IS NOT NULL"
        " AND seq = ANY(%s) GROUP BY speaker_key ORDER BY 3 DESC, 1 LIMIT %s", (seqs, TOP))
    entities = conn.execute(
        "SELECT entity_key, max(canonical), count(*) FROM view_entities"
        " WHERE seq = ANY(%s) GROUP BY entity_key ORDER BY 3 DESC, 1 LIMIT %s", (seqs, TOP))
    return {
        "month": _facet(Counter(r[7][:7] for r in matched if r[7]), by_value=True),
        "site": _facet(Counter(r[3] for r in matched if r[3])),
        "lang": _facet(Counter(r[5] for r in matched if r[5])),
        "story": [{"value": s, "label": labels.get(s) or s, "count": n} for s, n in stories.most_common(TOP)],
        "speaker": [{"value": k, "label": name or k, "count": n} for k, name, n in speakers],
        "entity": [{"value": k, "label": name, "count": n} for k, name, n in entities],
    }


def _counts(conn: psycopg.Connection, column: str) -> list[dict[str, Any]]:
    rows = conn.execute(f"SELECT {column}, count(*) FROM view_articles WHERE {column} IS NOT NULL"  # fixed names
                        f" GROUP BY {column} ORDER BY 2 DESC, 1 LIMIT 100")
    return [{"value": v, "count": n} for v, n in rows]


def _records(conn: psycopg.Connection, ids: list[str]) -> list[dict[str, Any]]:
    by_id = dict(conn.execute("SELECT id, record FROM articles WHERE id = ANY(%s)", (ids,)).fetchall())
    return [by_id[i] for i in ids if i in by_id]
