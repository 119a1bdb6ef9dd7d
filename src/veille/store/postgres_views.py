"""The web views' reads on PostgreSQL: ``PostgresViews``, mixed into ``PostgresStore``.

The reads themselves are views_common.py's, shared with SQLite, so serve/ cannot tell the
backends apart; this class brings what is PostgreSQL's: refilling the view tables of
postgres_view_index.py, matching a search with a tsquery ranked by ``ts_rank_cd``
(postgres_search.py, so equal-looking hits may come in another order than SQLite's bm25
gives).
"""
from __future__ import annotations

import psycopg

from veille.store.dialect import Match
from veille.store.postgres_search import POSTGRES, RANK, tsquery_text
from veille.store.postgres_view_index import rebuild_views
from veille.store.views_common import ViewReads


class PostgresViews(ViewReads):
    """Read methods for serve/ (store/base.py's ``view_*``)."""

    _dialect = POSTGRES
    _conn: psycopg.Connection

    def _rebuild_views(self) -> None:
        rebuild_views(self._conn)  # its own transaction, under an advisory lock

    def _view_match(self, query: str) -> Match | None:
        text, parsed = tsquery_text(query)
        if not text:
            return None
        return Match(source="view_articles v JOIN articles a ON a.seq = v.seq, to_tsquery('veille_french', ?) q",
                     condition="a.search @@ q", param=text, score=RANK, terms=parsed.terms)
