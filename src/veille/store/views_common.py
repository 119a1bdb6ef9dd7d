"""The web views' reads (home, story, person, faceted search), written once for both backends.

``ViewReads`` is mixed into the backends' view classes (sqlite_views.py, postgres_views.py),
which bring their dialect (store/dialect.py), how their view tables are rebuilt when stale
and how their full-text index matches a query. The queries read the slim derived tables of the
view index and the JSON records of a bounded number of articles, so a page costs the same on
36k articles as on 36, and both backends give serve/ the same records. Every value is a bound
parameter; WHERE clauses are assembled from fixed fragments only.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any, ClassVar

from veille.errors import StoreError
from veille.store.base import ViewFilters
from veille.store.dialect import Connection, Dialect, Match, where_clause
from veille.store.search import make_snippet
from veille.store.view_rows import (
    FACET_SCAN, MAX_HITS, MAX_PAGE, STORY_ARTICLES, TOP, clamp_limit, decoded, facet_items, iso_day, story_record,
)
from veille.store.view_stamp import views_are_current
from veille.store.view_top import ENTITIES, SPEAKERS, top_rows

_STORY_COLUMNS = "s.story_id, s.label, s.first_date, s.last_date, s.article_count, s.state"


class ViewReads:
    """Read methods for serve/: the protocol's ``view_*`` methods (store/base.py)."""

    _dialect: ClassVar[Dialect]
    _conn: Connection
    _views_checked: bool = False
    _rebuild_views: Callable[[], None]
    """The backend's: derive the view tables again, in one transaction."""
    _view_match: Callable[[str], Match | None]
    """The backend's: its full-text match of a query over ``view_articles v``."""

    def _views(self) -> Connection:
        """The connection, once the view tables are current (checked once per store object)."""
        if not self._views_checked:
            if not views_are_current(self._conn):
                self._rebuild_views()
            self._views_checked = True
        return self._conn

    def view_home(self, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        conn, d = self._views(), self._dialect
        where, params = self._view_where(filters)
        if filters.speaker or filters.entity or filters.story:  # a few articles: counted one by one
            counted = "SELECT v.day, count(*), count(v.duplicate_of) FROM view_articles v"
        else:  # the same conditions over the articles counted per day, outlet and language
            counted = "SELECT v.day, sum(v.articles), sum(v.copies) FROM view_days v"
        volume = [
            {"day": day, "articles": int(n), "copies": int(copies)}
            for day, n, copies in d.run(conn, f"{counted}{where_clause(['v.day IS NOT NULL', *where])}"
                                        " GROUP BY v.day ORDER BY v.day", params)
        ]
        return {
            "stories": self._stories_page(conn, filters, limit=limit, offset=offset),
            "volume": volume,
            "top_speakers": [{"key": r[0], "name": r[1] or r[0], "quotes": r[2], "articles": r[3]}
                             for r in top_rows(conn, d, SPEAKERS, filters, where, params)],
            "top_entities": [{"key": r[0], "name": r[1], "label": r[2], "articles": r[3]}
                             for r in top_rows(conn, d, ENTITIES, filters, where, params)],
            "outlets": _counts(conn, "site"),
            "languages": _counts(conn, "lang"),
        }

    def view_story(self, story_id: str) -> dict[str, object] | None:
        conn, d = self._views(), self._dialect
        row = d.run(conn, f"SELECT {_STORY_COLUMNS} FROM stories s WHERE s.story_id = ?", (story_id,)).fetchone()
        if row is None:
            return None
        members = [
            {"id": r[0], "title": r[1], "site": r[2], "published": r[3], "duplicate_of": r[4]}
            for r in d.run(conn, "SELECT v.id, v.title, v.site, v.published, v.duplicate_of FROM view_articles v"
                           " WHERE v.story_id = ? ORDER BY v.published IS NULL, v.published, v.seq", (story_id,))
        ]
        originals = [m["id"] for m in members if not m["duplicate_of"]][:STORY_ARTICLES]
        return {**story_record(row), "members": members, "records": self._records(conn, originals)}

    def view_person(self, speaker_key: str, *, limit: int = MAX_PAGE, offset: int = 0) -> dict[str, object] | None:
        conn, d = self._views(), self._dialect
        total = d.run(conn, "SELECT count(*) FROM view_quotes WHERE speaker_key = ?", (speaker_key,)).fetchone()[0]
        if not total:
            return None
        names = Counter(r[0] for r in d.run(
            conn, "SELECT speaker FROM view_quotes WHERE speaker_key = ? AND speaker IS NOT NULL ORDER BY seq, pos"
            " LIMIT 500", (speaker_key,)))
        quotes = [
            {"article_id": r[0], "title": r[1], "site": r[2], "published": r[3], "duplicate_of": r[4],
             "story_id": r[5], "type": r[6], "text": r[7], "start": r[8], "end": r[9]}
            for r in d.run(
                conn, "SELECT v.id, v.title, v.site, v.published, v.duplicate_of, v.story_id, q.type, q.text, q.start,"
                " q.\"end\" FROM view_quotes q JOIN view_articles v ON v.seq = q.seq WHERE q.speaker_key = ?"
                " ORDER BY v.published IS NULL, v.published, v.seq, q.pos LIMIT ? OFFSET ?",
                (speaker_key, clamp_limit(limit), max(0, int(offset))))
        ]
        name = names.most_common(1)[0][0] if names else speaker_key
        return {"key": speaker_key, "name": name, "total": int(total), "quotes": quotes}

    def view_search(self, query: str, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        conn, d = self._views(), self._dialect
        where, params = self._view_where(filters)
        match = self._view_match(query)
        if match:
            source, order = match.source, f"{match.score} DESC, v.seq"
            where, params = [match.condition, *where], [match.param, *params]
        elif query.strip():
            return {"total": 0, "hits": [], "facets": {}}
        else:
            source, order = "view_articles v", "v.published IS NULL, v.published DESC, v.seq"
        clause = where_clause(where)
        start = max(0, int(offset))
        scan = min(MAX_HITS, max(FACET_SCAN, start + clamp_limit(limit)))  # the facets' matches and the page's
        try:
            total = d.run(conn, f"SELECT count(*) FROM {source}{clause}", params).fetchone()[0]
            matched = d.run(conn, f"SELECT v.seq, v.id, v.title, v.site, v.published, v.lang, v.story_id, v.day"
                            f" FROM {source}{clause} ORDER BY {order} LIMIT ?", [*params, scan]).fetchall()
        except d.errors as exc:  # a query the index still refuses: an error for the user, not a crash
            raise StoreError(f"cannot search for {query[:80]!r}: {exc}") from None
        page = matched[start : start + clamp_limit(limit)] if start < MAX_HITS else []
        texts = dict(d.run(conn, f"SELECT a.seq, {d.article_text} FROM articles a WHERE a.seq {d.in_list}",
                           (d.list_param([r[0] for r in page]),)).fetchall())
        terms = match.terms if match else ()
        hits = [
            {"id": r[1], "title": r[2], "site": r[3], "published": r[4], "lang": r[5], "story_id": r[6],
             "snippet": make_snippet(texts.get(r[0]) or r[2] or "", terms)}
            for r in page
        ]
        return {"total": int(total), "hits": hits, "facets": self._search_facets(conn, matched[:FACET_SCAN])}

    def _view_where(self, filters: ViewFilters) -> tuple[list[str], list[object]]:
        """Fixed fragments over ``view_articles v`` with a ``?`` for every value."""
        where: list[str] = []
        params: list[object] = []
        for name, fragment in (("date_from", "v.day >= ?"), ("date_to", "v.day <= ?")):
            value = getattr(filters, name)
            if value:
                where.append(fragment)
                params.append(iso_day(name, value))
        for name, fragment in (
            ("site", self._dialect.nocase.format("v.site")),
            ("lang", self._dialect.nocase.format("v.lang")),
            ("story", "v.story_id = ?"),
            ("speaker", "v.seq IN (SELECT seq FROM view_quotes WHERE speaker_key = ?)"),
            ("entity", "v.seq IN (SELECT seq FROM view_entities WHERE entity_key = ?)"),
        ):
            value = getattr(filters, name)
            if value:
                where.append(fragment)
                params.append(value)
        return where, params

    def _stories_page(self, conn: Connection, filters: ViewFilters, *, limit: int, offset: int) -> dict[str, Any]:
        """Stories whose span meets the date range and that hold an article of the outlet and language."""
        d = self._dialect
        where: list[str] = []
        params: list[object] = []
        if filters.date_from:
            where.append("s.last_date >= ?")
            params.append(iso_day("date_from", filters.date_from))
        if filters.date_to:
            where.append("s.first_date <= ?")
            params.append(iso_day("date_to", filters.date_to) + "\uffff")  # datetimes of that day too
        member_where, member_params = self._view_where(ViewFilters(site=filters.site, lang=filters.lang))
        if member_where:
            where.append("EXISTS (SELECT 1 FROM view_articles v WHERE v.story_id = s.story_id AND "
                         + " AND ".join(member_where) + ")")
            params += member_params
        clause = where_clause(where)
        total = d.run(conn, f"SELECT count(*) FROM stories s{clause}", params).fetchone()[0]
        order = f" ORDER BY s.last_date DESC, s.story_id{d.bytewise}"
        rows = d.run(conn, f"SELECT {_STORY_COLUMNS} FROM stories s WHERE s.story_id IN"  # the page's ids from
                     f" (SELECT s.story_id FROM stories s{clause}{order} LIMIT ? OFFSET ?){order}",  # the span index
                     [*params, clamp_limit(limit), max(0, int(offset))])
        return {"total": int(total), "items": [story_record(row) for row in rows]}

    def _search_facets(self, conn: Connection, matched: list[tuple]) -> dict[str, list[dict[str, Any]]]:
        """Counts over the best-ranked matches (``FACET_SCAN``) by month, outlet, language, story, speaker
        and entity: grouped SQL over at most that many articles."""
        d = self._dialect
        seqs = d.list_param([r[0] for r in matched])
        stories = Counter(r[6] for r in matched if r[6])
        labels = dict(d.run(conn, f"SELECT story_id, label FROM stories WHERE story_id {d.in_list}",
                            (d.list_param([s for s, _ in stories.most_common(TOP)]),)).fetchall())
        speakers = d.run(
            conn, "SELECT speaker_key, max(speaker), count(DISTINCT seq) FROM view_quotes"
            f" WHERE speaker_key IS NOT NULL AND seq {d.in_list} GROUP BY speaker_key ORDER BY 3 DESC, 1 LIMIT ?",
            (seqs, TOP))
        entities = d.run(
            conn, f"SELECT entity_key, max(canonical), count(*) FROM view_entities WHERE seq {d.in_list}"
            " GROUP BY entity_key ORDER BY 3 DESC, 1 LIMIT ?", (seqs, TOP))
        return {
            "month": facet_items(Counter(r[7][:7] for r in matched if r[7]), by_value=True),
            "site": facet_items(Counter(r[3] for r in matched if r[3])),
            "lang": facet_items(Counter(r[5] for r in matched if r[5])),
            "story": [{"value": s, "label": labels.get(s) or s, "count": n} for s, n in stories.most_common(TOP)],
            "speaker": [{"value": k, "label": name or k, "count": n} for k, name, n in speakers],
            "entity": [{"value": k, "label": name, "count": n} for k, name, n in entities],
        }

    def _records(self, conn: Connection, ids: list[str]) -> list[dict[str, Any]]:
        d = self._dialect
        rows = d.run(conn, f"SELECT id, record FROM articles WHERE id {d.in_list}", (d.list_param(ids),))
        by_id = {article_id: decoded(record) for article_id, record in rows}
        return [by_id[i] for i in ids if i in by_id]


def _counts(conn: Connection, column: str) -> list[dict[str, Any]]:
    rows = conn.execute(f"SELECT {column}, sum(articles) FROM view_days WHERE {column} IS NOT NULL"  # fixed names
                        f" GROUP BY {column} ORDER BY 2 DESC, 1 LIMIT 100")
    return [{"value": v, "count": int(n)} for v, n in rows]
