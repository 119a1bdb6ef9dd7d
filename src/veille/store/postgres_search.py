"""Full-text search on PostgreSQL: the ``veille_french`` configuration (unaccent, no stemming).

Text is folded and split into words in Python first (store/fold.py, so "cœur" meets "coeur" and
"exemple.fr" is two words, as on SQLite), then weighted title (A), text (B), site (C) into
``articles.search``. A query goes through the same
parser as SQLite's (store/search.py): its terms are folded runs of letters and digits, which
hold no tsquery syntax, and the tsquery text built from them reaches the server as one bound
parameter of ``to_tsquery``. Ranking is ``ts_rank_cd`` with the title weighted four times,
normalised by document length (the bm25-like part). Snippets are cut in Python, as on SQLite.
"""
from __future__ import annotations

from collections.abc import Mapping
from datetime import date, datetime, timedelta
from typing import Any

import psycopg

from veille.errors import StoreError
from veille.store.base import SearchFilters, SearchHit, SearchPage
from veille.store.fold import FOLD_VERSION, fold_words
from veille.store.search import ParsedQuery, Term, make_snippet, parse_query

SEARCH_INDEX_VERSION = f"tsvector-veille_french-title-text-site/fold{FOLD_VERSION}"
MAX_PAGE = 1000
MAX_INDEXED_CHARS = 200_000
"""Text indexed per article: a tsvector is capped at 1 MB, and a page never needs more to be found."""
WEIGHTS = "{0.1, 0.25, 0.25, 1.0}"  # D, C (site), B (text), A (title): a title word counts four times
TSVECTOR_SQL = (
    "setweight(to_tsvector('veille_french', %s), 'A') || setweight(to_tsvector('veille_french', %s), 'B')"
    " || setweight(to_tsvector('veille_french', %s), 'C')"
)


def search_values(record: Mapping[str, Any]) -> tuple[str, str, str]:
    """The three folded strings ``TSVECTOR_SQL`` takes, in order."""
    values = (record.get("title") or "", (record.get("text") or "")[:MAX_INDEXED_CHARS], record.get("site") or "")
    return tuple(" ".join(fold_words(value)) for value in values)  # type: ignore[return-value]


def tsquery_text(query: str) -> tuple[str, ParsedQuery]:
    """A tsquery string ('' when nothing is searchable) built only from parse_query's folded words."""
    parsed = parse_query(query)
    if not parsed.expression:
        return "", parsed
    groups: list[list[Term]] = []
    excluded: list[Term] = []
    # parse_query's expression is AND of groups of OR-alternatives, then NOT terms: read it back
    # from the terms and the expression's structure rather than re-parsing the user's text.
    positive, _, negative = parsed.expression.partition(") NOT ")
    if negative:
        positive = positive[1:]
    for chunk in positive.split(" AND "):
        alternatives = [_term_of(part) for part in chunk.strip("()").split(" OR ")]
        groups.append(alternatives)
    if negative:
        excluded = [_term_of(part) for part in negative.split(" NOT ")]
    text = " & ".join("(" + " | ".join(_tsterm(t) for t in group) + ")" for group in groups)
    if excluded:
        text = f"({text})" + "".join(f" & !{_tsterm(t)}" for t in excluded)
    return text, parsed


def _term_of(expression: str) -> Term:
    prefix = expression.endswith(" *")
    words = expression.removesuffix(" *").strip('"').split(" ")
    return Term(tuple(words), prefix)


def _tsterm(term: Term) -> str:
    words = [f"'{w}'" for w in term.words]  # letters and digits only: nothing to escape
    if term.prefix:
        words[-1] += ":*"
    return "(" + " <-> ".join(words) + ")"


def search_articles(conn: psycopg.Connection, query: str, *, limit: int, offset: int,
                    filters: SearchFilters) -> SearchPage:
    """Ranked hits for ``query``; an empty query lists the filtered articles, newest first."""
    limit, offset = max(0, min(int(limit), MAX_PAGE)), max(0, int(offset))
    where, params = filter_clause(filters)
    text, parsed = tsquery_text(query)
    if text:
        source = "articles a, to_tsquery('veille_french', %s) q"
        where, params = ["a.search @@ q", *where], [text, *params]
        score, order = f"ts_rank_cd('{WEIGHTS}', a.search, q, 1)", "score DESC, a.seq"
    elif query.strip():
        return SearchPage(total=0)
    else:
        source, score, order = "articles a", "0.0", "a.published IS NULL, a.published DESC, a.seq"
    clause = " WHERE " + " AND ".join(where) if where else ""
    try:
        total = conn.execute(f"SELECT count(*) FROM {source}{clause}", params).fetchone()[0]
        rows = conn.execute(
            f"SELECT a.id, a.title, a.site, a.published, a.record->>'text', {score} AS score FROM {source}{clause}"
            f" ORDER BY {order} LIMIT %s OFFSET %s", [*params, limit, offset],
        ).fetchall()
    except psycopg.Error as exc:
        raise StoreError(f"cannot search for {query[:80]!r}: {exc}") from None
    return SearchPage(total=int(total), hits=[_hit(row, parsed) for row in rows])


def _hit(row: tuple[Any, ...], parsed: ParsedQuery) -> SearchHit:
    article_id, title, site, published, text, score = row
    return SearchHit(id=article_id, title=title, site=site, published=published,
                     snippet=make_snippet(text or title or "", parsed.terms), score=float(score))


def filter_clause(filters: SearchFilters) -> tuple[list[str], list[object]]:
    """Fixed SQL fragments with ``%s`` for every value (the rules of sqlite_fts.filter_clause)."""
    where: list[str] = []
    params: list[object] = []
    if filters.date_from:
        lower = _parse_day("date_from", filters.date_from)
        where.append("(a.published >= %s OR a.published = %s)")
        params += [lower.isoformat(), lower.isoformat()[:10]]
    if filters.date_to:
        upper = _parse_day("date_to", filters.date_to)
        if isinstance(upper, datetime):
            where.append("a.published <= %s")
            params.append(upper.isoformat())
        else:
            where.append("a.published < %s")
            params.append((upper + timedelta(days=1)).isoformat())
    if filters.site:
        where.append("lower(a.site) = lower(%s)")
        params.append(filters.site)
    if filters.lang:
        where.append("lower(a.lang) = lower(%s)")
        params.append(filters.lang)
    return where, params


def _parse_day(name: str, value: str) -> date | datetime:
    try:
        return date.fromisoformat(value) if len(value) == 10 else datetime.fromisoformat(value)
    except ValueError:
        raise StoreError(f"{name} must be an ISO date (2022-01-31) or datetime, not {value[:40]!r}") from None
