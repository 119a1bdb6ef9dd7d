"""PostgresStore: the Store protocol (store/base.py) on a PostgreSQL server, for concurrent writers.

The twin of sqlite.py. Every value is a bound parameter. Writes that must not interleave
take a transaction-scoped advisory lock: ``save`` classifies and inserts under
``SAVE_LOCK``, so two ``veille ingest`` processes on one database see each other's articles
and never store one twice (the unique constraints on ids and fingerprints back that up),
and ``link_batch`` holds ``LINK_LOCK`` so dedup and stories see a consistent index.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime, timezone
from typing import Any

import psycopg

from veille.article import Article
from veille.errors import StoreError
from veille.identity import article_key
from veille.store import postgres_links
from veille.store.link_methods import LinkMethods
from veille.store.base import SearchFilters, SearchPage, Status
from veille.store.postgres_migrate import migrate
from veille.store.postgres_search import SEARCH_INDEX_VERSION, TSVECTOR_SQL, search_articles, search_values
from veille.store.postgres_views import PostgresViews

SAVE_LOCK = 0x7665696C6C65_02
LINK_LOCK = 0x7665696C6C65_03
_REBUILD_BATCH = 500
_NUL = re.compile(r"(?<!\\)((?:\\\\)*)\\u0000")  # PostgreSQL text and JSONB cannot hold U+0000


class PostgresStore(PostgresViews, LinkMethods):
    """The Store protocol on one PostgreSQL database (``postgresql://user@host:port/db``)."""

    _links = postgres_links

    def __init__(self, url: str) -> None:
        self.url = url
        self._in_link_batch = False
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
                    self._conn.execute("SELECT pg_advisory_xact_lock(%s)", (lock,))
                yield self._conn
        except psycopg.Error as exc:
            raise StoreError(f"cannot write to {_redacted(self.url)}: {exc}") from exc

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = %s", (key,)).fetchone()
        return row[0] if row else None

    # -- runs ---------------------------------------------------------------------------

    def begin_run(self, *, inputs: Sequence[str], settings: Mapping[str, object], stages: Mapping[str, int]) -> int:
        with self._transaction() as conn:
            (run_id,) = conn.execute(
                "INSERT INTO runs (started, inputs, settings, stages) VALUES (%s, %s, %s, %s) RETURNING id",
                (_now(), _json(list(inputs)), _json(dict(settings)), _json(dict(stages))),
            ).fetchone()
        return int(run_id)

    def finish_run(self, run_id: int, *, funnel: Mapping[str, object]) -> None:
        with self._transaction() as conn:
            cursor = conn.execute("UPDATE runs SET finished = %s, funnel = %s WHERE id = %s",
                                  (_now(), _json(dict(funnel)), run_id))
            if cursor.rowcount != 1:
                raise StoreError(f"no run {run_id} to finish")

    def runs(self) -> list[dict[str, object]]:
        """Every ingest run, oldest first, with what it was given and what happened."""
        rows = self._conn.execute(
            "SELECT id, started, finished, inputs, settings, stages, funnel FROM runs ORDER BY id")
        return [{"id": r[0], "started": r[1], "finished": r[2], "inputs": r[3], "settings": r[4], "stages": r[5],
                 "funnel": r[6]} for r in rows]

    # -- articles -----------------------------------------------------------------------

    def classify(self, articles: Sequence[Article]) -> list[Status]:
        return self._classify(articles)

    def save(self, articles: Sequence[Article], *, run_id: int) -> list[Status]:
        with self._transaction(SAVE_LOCK) as conn:  # classify under the lock: another writer may have saved
            statuses = self._classify(articles)
            stored_at = _now()
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

    def _classify(self, articles: Sequence[Article]) -> list[Status]:
        for article in articles:
            if not article.id or not article.fingerprint:
                raise StoreError(f"article {article.source_id!r} has no id or fingerprint (identity.identify it)")
        known_fps = {r[0] for r in self._conn.execute(
            "SELECT fingerprint FROM fingerprints WHERE fingerprint = ANY(%s)",
            (sorted({a.fingerprint for a in articles}),))}
        known_ids = {r[0] for r in self._conn.execute(
            "SELECT id FROM articles WHERE id = ANY(%s)", (sorted({a.id for a in articles}),))}
        statuses: list[Status] = []
        for article in articles:
            if article.fingerprint in known_fps:
                statuses.append("unchanged")
            else:
                statuses.append("changed" if article.id in known_ids else "new")
            known_fps.add(article.fingerprint)
            known_ids.add(article.id)
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

    def get(self, article_id: str) -> Article | None:
        row = self._conn.execute("SELECT record, trace, fingerprint FROM articles WHERE id = %s",
                                 (article_id,)).fetchone()
        return _article(*row) if row else None

    def get_version(self, article_id: str, version: int) -> Article | None:
        """One stored version of an article, current or superseded."""
        row = self._conn.execute(
            "SELECT coalesce(v.record, a.record), coalesce(v.trace, a.trace), v.fingerprint"
            " FROM article_versions v JOIN articles a ON a.id = v.article_id"
            " WHERE v.article_id = %s AND v.version = %s", (article_id, version)).fetchone()
        return _article(*row) if row else None

    def iter_articles(self, *, batch_size: int = 500) -> Iterator[Article]:
        """Every article in insertion order, ``batch_size`` rows in memory at a time.

        Keyset pages rather than one cursor: no transaction stays open while the caller
        works through a long store (an export next to a running ingest)."""
        last = 0
        while rows := self._conn.execute(
            "SELECT seq, record, trace, fingerprint FROM articles WHERE seq > %s ORDER BY seq LIMIT %s",
            (last, max(1, batch_size))).fetchall():
            last = rows[-1][0]
            for row in rows:
                yield _article(*row[1:])

    def count_articles(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def versions(self, article_id: str) -> list[dict[str, object]]:
        rows = self._conn.execute(
            "SELECT v.version, v.fingerprint, v.run_id, v.stored_at, v.version = a.version"
            " FROM article_versions v JOIN articles a ON a.id = v.article_id"
            " WHERE v.article_id = %s ORDER BY v.version", (article_id,))
        return [{"version": r[0], "fingerprint": r[1], "run_id": r[2], "stored_at": r[3], "current": bool(r[4])}
                for r in rows]

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

    # -- site lines ---------------------------------------------------------------------

    def site_line_counts(self, site: str, line_hashes: Sequence[str]) -> dict[str, int]:
        counts = dict.fromkeys(line_hashes, 0)
        rows = self._conn.execute("SELECT line_hash, pages FROM site_lines WHERE site = %s AND line_hash = ANY(%s)",
                                  (site, sorted(counts)))
        counts.update(dict(rows.fetchall()))
        return counts

    def add_site_lines(self, site: str, page: str, line_hashes: Sequence[str]) -> None:
        with self._transaction() as conn:
            cursor = conn.execute("INSERT INTO site_pages (site, page) VALUES (%s, %s) ON CONFLICT DO NOTHING",
                                  (site, page))
            if cursor.rowcount == 0:
                return  # this page was counted already
            conn.execute(
                "INSERT INTO site_lines (site, line_hash, pages) SELECT %s, h, 1 FROM unnest(%s::text[]) h"
                " ON CONFLICT (site, line_hash) DO UPDATE SET pages = site_lines.pages + 1",
                (site, sorted(set(line_hashes))))

    # -- link state (veille.link: near-duplicates, stories) -------------------------------

    def link_batch(self) -> AbstractContextManager[None]:
        """One transaction around a batch of link writes, holding the link lock: one linker at a time."""
        return self._link_batch()

    @contextmanager
    def _link_batch(self) -> Iterator[None]:
        if self._in_link_batch:
            yield
            return
        with self._transaction(LINK_LOCK):
            self._in_link_batch = True
            try:
                yield
            finally:
                self._in_link_batch = False

    def _link_write(self) -> AbstractContextManager[psycopg.Connection]:
        return nullcontext(self._conn) if self._in_link_batch else self._transaction(LINK_LOCK)

    # -- stats --------------------------------------------------------------------------

    def stats(self) -> dict[str, object]:
        conn = self._conn
        first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
        return {
            "articles": self.count_articles(),
            "versions": conn.execute("SELECT count(*) FROM article_versions").fetchone()[0],
            "sites": dict(conn.execute(
                "SELECT coalesce(site, '(unknown)') AS s, count(*) AS n FROM articles GROUP BY s ORDER BY n DESC, s"
            ).fetchall()),
            "languages": dict(conn.execute(
                "SELECT coalesce(lang, '(unknown)') AS l, count(*) AS n FROM articles GROUP BY l ORDER BY n DESC, l"
            ).fetchall()),
            "published": {"first": first, "last": last},
            "runs": conn.execute("SELECT count(*) FROM runs").fetchone()[0],
            "db_bytes": conn.execute("SELECT pg_database_size(current_database())").fetchone()[0],
        }


def _article(record: dict[str, Any], trace: dict[str, Any], fingerprint: str) -> Article:
    article = Article.from_record(record)
    article.trace = trace
    article.fingerprint = fingerprint
    return article


def _json(value: object) -> str:
    return _NUL.sub(r"\1", json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":")))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _redacted(url: str) -> str:
    """The URL without its password, for error messages."""
    return re.sub(r"(://[^:/@]+):[^@/]*@", r"\1:***@", url)
