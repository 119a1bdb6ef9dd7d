"""Searching the articles, written once for both backends: filters, paging and hits.

The backend brings what it alone knows how to spell (store/dialect.py): how its full-text
index matches and ranks a parsed query (FTS5's bm25 on SQLite, ``ts_rank_cd`` on PostgreSQL),
and where an article's text lives. Filters and paging are the same on both, so a search page
differs between the backends only in how equal-looking hits are ranked.
"""
from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from veille.errors import StoreError
from veille.store.base import SearchFilters, SearchHit, SearchPage
from veille.store.dialect import Connection, Dialect, Match, where_clause
from veille.store.search import Term, make_snippet

MAX_PAGE = 1000


def search_articles(
    conn: Connection, query: str, match: Match | None, *, dialect: Dialect, limit: int, offset: int,
    filters: SearchFilters,
) -> SearchPage:
    """Ranked hits for ``query`` (``match``: the backend's reading of it); an empty query lists the
    filtered articles, newest first."""
    limit, offset = max(0, min(int(limit), MAX_PAGE)), max(0, int(offset))
    where, params = filter_clause(filters, dialect)
    if match:
        source, score, order = match.source, match.score, "score DESC, a.seq"
        where, params = [match.condition, *where], [match.param, *params]
    elif query.strip():
        return SearchPage(total=0)  # nothing searchable was typed (only punctuation or operators)
    else:
        source, score, order = "articles a", "0.0", "a.published IS NULL, a.published DESC, a.seq"
    clause = where_clause(where)
    try:
        total = dialect.run(conn, f"SELECT count(*) FROM {source}{clause}", params).fetchone()[0]
        rows = dialect.run(
            conn, f"SELECT a.id, a.title, a.site, a.published, {dialect.article_text}, {score} AS score"
            f" FROM {source}{clause} ORDER BY {order} LIMIT ? OFFSET ?", [*params, limit, offset],
        ).fetchall()
    except dialect.errors as exc:
        raise StoreError(f"cannot search for {query[:80]!r}: {exc}") from None
    return SearchPage(total=int(total), hits=[_hit(row, match.terms if match else ()) for row in rows])


def _hit(row: tuple[Any, ...], terms: tuple[Term, ...]) -> SearchHit:
    article_id, title, site, published, text, score = row
    return SearchHit(id=article_id, title=title, site=site, published=published,
                     snippet=make_snippet(text or title or "", terms), score=float(score))


def filter_clause(filters: SearchFilters, dialect: Dialect) -> tuple[list[str], list[object]]:
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
    for column, value in (("a.site", filters.site), ("a.lang", filters.lang)):
        if value:
            where.append(dialect.nocase.format(column))
            params.append(value)
    return where, params


def _parse_day(name: str, value: str) -> date | datetime:
    try:
        return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    except ValueError:
        raise StoreError(f"{name} must be an ISO date (2022-01-31) or datetime, not {value[:40]!r}") from None
