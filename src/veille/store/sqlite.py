"""SqliteStore: the whole store in one SQLite file (WAL, foreign keys, versioned schema).

Every value reaches SQLite as a bound parameter; the only SQL text built at run time is
assembled from fixed fragments. Writes go through ``_transaction`` (``BEGIN IMMEDIATE``) so
a batch is saved whole or not at all, and the search index is kept in step with
``articles`` inside the same transaction. The runs and the article reads are
article_methods.py's, shared with PostgreSQL; this class keeps how SQLite saves an article.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from veille.article import Article
from veille.errors import StoreError
from veille.identity import article_key
from veille.store import sqlite_links
from veille.store.article_methods import ArticleMethods, now, record_json
from veille.store.link_methods import LinkMethods
from veille.store.base import SearchFilters, SearchPage, Status
from veille.store.migrate import migrate
from veille.store.integrity import SQLITE_SEARCH_INVARIANTS, sqlite_problems, veille_problems
from veille.store.sqlite_fts import index_article, index_is_current, rebuild_index, search_articles, unindex_article
from veille.store.sqlite_views import SqliteViews
from veille.store.watch_state import WatchStateMethods

BUSY_TIMEOUT_MS = 10_000


class SqliteStore(ArticleMethods, SqliteViews, LinkMethods, WatchStateMethods):
    """The Store protocol (store/base.py) on one SQLite file."""

    _links = sqlite_links
    _COUNT_BY = "SELECT coalesce({0}, '(unknown)'), count(*) AS n FROM articles GROUP BY {0} ORDER BY n DESC, {0}"

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            self._conn = sqlite3.connect(self.path, isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000)
            self._conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
            self._conn.execute("PRAGMA cache_size = -32768")  # 32 MB: the search index writes touch many pages
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open {self.path} as a SQLite store: {exc}") from exc
        try:
            migrate(self._conn)
            if not index_is_current(self._conn):
                self.rebuild_search_index()
        except StoreError:
            self._conn.close()
            raise
        except sqlite3.Error as exc:
            self._conn.close()
            raise StoreError(f"cannot open {self.path}: {exc}") from exc

    def __enter__(self) -> SqliteStore:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self._conn.execute("PRAGMA optimize")
        except sqlite3.ProgrammingError:  # closed already
            return
        self._conn.close()

    @contextmanager
    def _transaction(self, lock: int | None = None) -> Iterator[sqlite3.Connection]:
        """One write transaction. ``BEGIN IMMEDIATE`` is SQLite's one writer lock, so ``lock`` (the
        PostgreSQL twin's advisory lock) has nothing to add here."""
        try:
            self._conn.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot write to {self.path}: {exc}") from exc
        try:
            yield self._conn
            self._conn.execute("COMMIT")
        except BaseException as exc:
            if self._conn.in_transaction:
                self._conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot write to {self.path}: {exc}") from exc
            raise

    def _db_bytes(self) -> int:
        files = [Path(self.path), Path(self.path + "-wal")]
        return sum(f.stat().st_size for f in files if f.is_file())  # on disk, WAL included

    # -- articles -----------------------------------------------------------------------

    def save(self, articles: Sequence[Article], *, run_id: int) -> list[Status]:
        with self._write() as conn:
            statuses = self._classify(articles)
            stored_at = now()
            for article, status in zip(articles, statuses):
                if status == "new":
                    self._insert(conn, article, run_id, stored_at)
                elif status == "changed":
                    self._replace(conn, article, run_id, stored_at)
        return statuses

    def _insert(self, conn: sqlite3.Connection, article: Article, run_id: int, stored_at: str) -> None:
        record = article.to_record()
        cursor = conn.execute(
            "INSERT INTO articles (id, key, record, trace, fingerprint, version, first_run, updated_run)"
            " VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            (article.id, article_key(article), record_json(record), record_json(article.trace), article.fingerprint,
             run_id, run_id),
        )
        conn.execute(
            "INSERT INTO article_versions (article_id, version, fingerprint, run_id, stored_at) VALUES (?, 1, ?, ?, ?)",
            (article.id, article.fingerprint, run_id, stored_at),
        )
        conn.execute("INSERT INTO fingerprints (fingerprint, article_id, version) VALUES (?, ?, 1)",
                     (article.fingerprint, article.id))
        index_article(conn, cursor.lastrowid, record)

    def _replace(self, conn: sqlite3.Connection, article: Article, run_id: int, stored_at: str) -> None:
        """Keep the current version in article_versions, then make ``article`` the current one."""
        seq, old_record, old_trace, old_version = conn.execute(
            "SELECT seq, record, trace, version FROM articles WHERE id = ?", (article.id,)
        ).fetchone()
        version = old_version + 1
        record = article.to_record()
        conn.execute(
            "UPDATE article_versions SET record = ?, trace = ? WHERE article_id = ? AND version = ?",
            (old_record, old_trace, article.id, old_version),
        )
        conn.execute(
            "UPDATE articles SET key = ?, record = ?, trace = ?, fingerprint = ?, version = ?, updated_run = ?"
            " WHERE id = ?",
            (article_key(article), record_json(record), record_json(article.trace), article.fingerprint, version,
             run_id, article.id),
        )
        conn.execute(
            "INSERT INTO article_versions (article_id, version, fingerprint, run_id, stored_at) VALUES (?, ?, ?, ?, ?)",
            (article.id, version, article.fingerprint, run_id, stored_at),
        )
        conn.execute("INSERT INTO fingerprints (fingerprint, article_id, version) VALUES (?, ?, ?)",
                     (article.fingerprint, article.id, version))
        unindex_article(conn, seq, json.loads(old_record))
        index_article(conn, seq, record)

    # -- search -------------------------------------------------------------------------

    def search(
        self, query: str, *, limit: int = 20, offset: int = 0, filters: SearchFilters | None = None
    ) -> SearchPage:
        """Ranked (bm25, title weighted) search; an empty query lists matching articles, newest first."""
        return search_articles(self._conn, query, limit=limit, offset=offset, filters=filters or SearchFilters())

    def rebuild_search_index(self) -> None:
        """Index every article again from its stored record."""
        with self._transaction() as conn:
            rebuild_index(conn)

    # -- integrity --------------------------------------------------------------------

    def check_integrity(self) -> list[str]:
        """Every check reads one snapshot: a running ingest commits whole batches, so what is checked
        is what a finished batch left."""
        conn = self._conn
        conn.execute("BEGIN")
        try:
            return sqlite_problems(conn) + veille_problems(conn, SQLITE_SEARCH_INVARIANTS)
        finally:
            conn.execute("ROLLBACK")

