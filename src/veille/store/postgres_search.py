"""Full-text search on PostgreSQL: the ``veille_french`` configuration (unaccent, no stemming).

Text is folded and split into words in Python first (store/fold.py, so "cœur" meets "coeur" and
"exemple.fr" is two words, as on SQLite), then weighted title (A), text (B), site (C) into
``articles.search``. A query goes through the same
parser as SQLite's (store/search.py): its terms are folded runs of letters and digits, which
hold no tsquery syntax, and the tsquery text spelled from its groups reaches the server as one
bound parameter of ``to_tsquery``. Ranking is ``ts_rank_cd`` with the title weighted four times,
normalised by document length (the bm25-like part). Filters, paging and snippets are
article_search.py's, shared with SQLite through the ``POSTGRES`` dialect defined here.
"""
from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import psycopg

from veille.store import article_search
from veille.store.base import SearchFilters, SearchPage
from veille.store.dialect import Dialect, Match
from veille.store.fold import FOLD_VERSION, fold_words
from veille.store.search import ParsedQuery, Term, parse_query

SEARCH_INDEX_VERSION = f"tsvector-veille_french-title-text-site/fold{FOLD_VERSION}"
MAX_INDEXED_CHARS = 200_000
"""Text indexed per article: a tsvector is capped at 1 MB, and a page never needs more to be found."""
WEIGHTS = "{0.1, 0.25, 0.25, 1.0}"  # D, C (site), B (text), A (title): a title word counts four times
RANK = f"ts_rank_cd('{WEIGHTS}', a.search, q, 1)"
"""A hit's score, with ``q`` the tsquery: the 1 divides by the document's length (the bm25-like part)."""
TSVECTOR_SQL = (
    "setweight(to_tsvector('veille_french', %s), 'A') || setweight(to_tsvector('veille_french', %s), 'B')"
    " || setweight(to_tsvector('veille_french', %s), 'C')"
)
POSTGRES = Dialect(
    param="%s", nocase="lower({}) = lower(?)", in_list="= ANY(?)", list_param=list,
    article_text="a.record->>'text'", bytewise=' COLLATE "C"', errors=psycopg.Error,
)


def search_values(record: Mapping[str, Any]) -> tuple[str, str, str]:
    """The three folded strings ``TSVECTOR_SQL`` takes, in order."""
    values = (record.get("title") or "", (record.get("text") or "")[:MAX_INDEXED_CHARS], record.get("site") or "")
    return tuple(" ".join(fold_words(value)) for value in values)  # type: ignore[return-value]


def tsquery_text(query: str) -> tuple[str, ParsedQuery]:
    """A tsquery string ('' when nothing is searchable) spelled from parse_query's folded terms."""
    parsed = parse_query(query)
    if not parsed.groups:
        return "", parsed
    text = " & ".join("(" + " | ".join(_tsterm(t) for t in group) + ")" for group in parsed.groups)
    if parsed.excluded:
        text = f"({text})" + "".join(f" & !{_tsterm(t)}" for t in parsed.excluded)
    return text, parsed


def _tsterm(term: Term) -> str:
    words = [f"'{w}'" for w in term.words]  # letters and digits only: nothing to escape
    if term.prefix:
        words[-1] += ":*"
    return "(" + " <-> ".join(words) + ")"


def search_articles(conn: psycopg.Connection, query: str, *, limit: int, offset: int,
                    filters: SearchFilters) -> SearchPage:
    """Ranked hits for ``query``; an empty query lists the filtered articles, newest first."""
    return article_search.search_articles(conn, query, match_articles(query), dialect=POSTGRES, limit=limit,
                                          offset=offset, filters=filters)


def match_articles(query: str) -> Match | None:
    """The tsquery over ``articles a``, ranked by ``ts_rank_cd`` with the title weighted."""
    text, parsed = tsquery_text(query)
    if not text:
        return None
    return Match(source="articles a, to_tsquery('veille_french', ?) q", condition="a.search @@ q", param=text,
                 score=RANK, terms=parsed.terms)
