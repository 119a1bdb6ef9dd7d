"""PostgresStore: the Store protocol (store/base.py) on a PostgreSQL server, for concurrent writers.

The twin of sqlite.py. Every value is a bound parameter. Writes that must not interleave
take a transaction-scoped advisory lock: ``save`` classifies and inserts under
``SAVE_LOCK``, so two ``veille ingest`` processes on one database see each other's articles
and never store one twice (the unique constraints on ids and fingerprints back that up),
and ``link_batch`` holds ``LINK_LOCK`` so dedup and stories see a consistent index. An ingest
batch (``write_batch``, store/link_methods.py) takes ``LINK_LOCK`` then ``SAVE_LOCK``, always in
that order, and holds both until its link rows and articles commit together. The runs and
the article reads are article_methods.py's, shared with SQLite.
"""
from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

import psycopg

from veille.article import Article
from veille.errors import StoreError
from veille.identity import article_key
from veille.store import postgres_links
from veille.store.article_methods import ArticleMethods, now, record_json
from veille.store.link_methods import LinkMethods
from veille.store.base import SearchFilters, SearchPage, Status
from veille.store.integrity import postgres_problems, veille_problems
from veille.store.postgres_migrate import migrate
from veille.store.postgres_search import SEARCH_INDEX_VERSION, TSVECTOR_SQL, search_articles, search_values
from veille.store.postgres_views import PostgresViews
from veille.store.watch_state import WatchStateMethods

SAVE_LOCK = 0x7665696C6C65_02
LINK_LOCK = 0x7665696C6C65_03
_REBUILD_BATCH = 500
_NUL = re.compile(r"(?<!\\)((?:\\\\)*)\\u0000")  # PostgreSQL text and JSONB cannot hold U+0000


def _json(value: object) -> str:
    return _NUL.sub(r"\1", record_json(value))


class PostgresStore(ArticleMethods, PostgresViews, LinkMethods, WatchStateMethods):
    """The Store protocol on one PostgreSQL database (``postgresql://user@host:port/db``)."""

    _links = postgres_links
    _BATCH_LOCK = LINK_LOCK
    _json = staticmethod(_json)  # the run records ArticleMethods writes lose U+0000 too
    _COUNT_BY = "SELECT coalesce({0}, '(unknown)') AS k, count(*) AS n FROM articles GROUP BY k ORDER BY n DESC, k"

    def __init__(self, url: str) -> None:
        self.url = url
        try:
            self._conn = psycopg.connect(url, autocommit=True, connect_timeout=10)
        except psycopg.Error as exc:
            raise StoreError(f"cannot connect to {_redacted(url)}: {exc}") from exc
        try:
            migrate(self._conn)
            if not self._meta("search_index") == SEARCH_INDEX_VERSION:
                self.rebuild_search_index()
        except (StoreError, psycopg.Error) as exc:
            self._conn.close()
            if isinstance(exc, StoreError):
                raise
            raise StoreError(f"cannot open {_redacted(url)}: {exc}") from exc

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._conn.close()

    @contextmanager
    def _transaction(self, lock: int | None = None) -> Iterator[psycopg.Connection]:
        try:
            with self._conn.transaction():
                if lock is not None:
                    self._hold(lock)
                yield self._conn
        except psycopg.Error as exc:
            raise StoreError(f"cannot write to {_redacted(self.url)}: {exc}") from exc

    def _hold(self, lock: int) -> None:
        self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = %s", (key,)).fetchone()
        return row[0] if row else None

    def _db_bytes(self) -> int:
        return int(self._conn.execute("SELECT pg_database_size(current_database())").fetchone()[0])

    # -- articles -----------------------------------------------------------------------

    def save(self, articles: Sequence[Article], *, run_id: int) -> list[Status]:
        with self._write(SAVE_LOCK) as conn:  # classify under the lock: another writer may have saved
            statuses = self._classify(articles)
            stored_at = now()
            pending: list[Article] = []  # new articles go in together: one pipelined round of inserts
            for article, status in zip(articles, statuses):
                if status == "new":
                    pending.append(article)
                elif status == "changed":
                    self._insert(conn, pending, run_id, stored_at)  # its first version may be in the batch
                    pending = []
                    self._replace(conn, article, run_id, stored_at)
            self._insert(conn, pending, run_id, stored_at)
        return statuses

    def _insert(self, conn: psycopg.Connection, articles: list[Article], run_id: int, stored_at: str) -> None:
        if not articles:
            return
        records = [a.to_record() for a in articles]
        with conn.cursor() as cursor:
            cursor.executemany(
                "INSERT INTO articles (id, key, record, trace, fingerprint, version, first_run, updated_run, search)"
                f" VALUES (%s, %s, %s, %s, %s, 1, %s, %s, {TSVECTOR_SQL})",
                [(a.id, article_key(a), _json(r), _json(a.trace), a.fingerprint, run_id, run_id, *search_values(r))
                 for a, r in zip(articles, records)])
            cursor.executemany("INSERT INTO article_versions (article_id, version, fingerprint, run_id, stored_at)"
                               " VALUES (%s, 1, %s, %s, %s)",
                               [(a.id, a.fingerprint, run_id, stored_at) for a in articles])
            cursor.executemany("INSERT INTO fingerprints (fingerprint, article_id, version) VALUES (%s, %s, 1)",
                               [(a.fingerprint, a.id) for a in articles])

    def _replace(self, conn: psycopg.Connection, article: Article, run_id: int, stored_at: str) -> None:
        """Keep the current version in article_versions, then make ``article`` the current one."""
        (old_version,) = conn.execute("SELECT version FROM articles WHERE id = %s FOR UPDATE",
                                      (article.id,)).fetchone()
        version = old_version + 1
        record = article.to_record()
        conn.execute(
            "UPDATE article_versions v SET record = a.record, trace = a.trace FROM articles a"
            " WHERE a.id = v.article_id AND v.article_id = %s AND v.version = %s", (article.id, old_version))
        conn.execute(
            "UPDATE articles SET key = %s, record = %s, trace = %s, fingerprint = %s, version = %s, updated_run = %s,"
            f" search = {TSVECTOR_SQL} WHERE id = %s",
            (article_key(article), _json(record), _json(article.trace), article.fingerprint, version, run_id,
             *search_values(record), article.id),
        )
        conn.execute("INSERT INTO article_versions (article_id, version, fingerprint, run_id, stored_at)"
                     " VALUES (%s, %s, %s, %s, %s)", (article.id, version, article.fingerprint, run_id, stored_at))
        conn.execute("INSERT INTO fingerprints (fingerprint, article_id, version) VALUES (%s, %s, %s)",
                     (article.fingerprint, article.id, version))

    # -- search -------------------------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 20, offset: int = 0, filters: SearchFilters | None = None
    ) -> SearchPage:
        """Ranked (ts_rank_cd, title weighted) search; an empty query lists matching articles, newest first."""
        return search_articles(self._conn, query, limit=limit, offset=offset, filters=filters or SearchFilters())

    def rebuild_search_index(self) -> None:
        """Index every article again from its stored record."""
        with self._transaction(SAVE_LOCK) as conn:
            last = 0
            while rows := conn.execute("SELECT seq, record FROM articles WHERE seq > %s ORDER BY seq LIMIT %s",
                                       (last, _REBUILD_BATCH)).fetchall():
                for seq, record in rows:
                    conn.execute(f"UPDATE articles SET search = {TSVECTOR_SQL} WHERE seq = %s",
                                 (*search_values(record), seq))
                last = rows[-1][0]
            conn.execute("INSERT INTO meta (key, value) VALUES ('search_index', %s)"
                         " ON CONFLICT (key) DO UPDATE SET value = excluded.value", (SEARCH_INDEX_VERSION,))

    # -- integrity --------------------------------------------------------------------

    def check_integrity(self) -> list[str]:
        """Every check reads one snapshot: a running ingest commits whole batches, so what is checked
        is what a finished batch left."""
        with self._conn.transaction():
            self._conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            return postgres_problems(self._conn) + veille_problems(self._conn)


def _redacted(url: str) -> str:
    """The URL without its password, for error messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
