"""SqliteStore: the whole store in one SQLite file (WAL, foreign keys, versioned schema).

Every value reaches SQLite as a bound parameter; the only SQL text built at run time is
a list of ``?`` placeholders or a WHERE clause assembled from fixed fragments. Writes go
through ``_transaction`` (``BEGIN IMMEDIATE``) so a batch is saved whole or not at all,
and the search index is kept in step with ``articles`` inside the same transaction.
"""
from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager, contextmanager, nullcontext
from datetime import datetime, timezone
from pathlib import Path

from veille.article import Article
from veille.errors import StoreError
from veille.identity import article_key
from veille.store import sqlite_links
from veille.store.link_methods import LinkMethods
from veille.store.base import SearchFilters, SearchPage, Status
from veille.store.migrate import migrate
from veille.store.sqlite_fts import index_article, index_is_current, rebuild_index, search_articles, unindex_article
from veille.store.sqlite_views import SqliteViews

BUSY_TIMEOUT_MS = 10_000
_CHUNK = 500  # ids per IN (...) list, well under SQLite's bound-parameter limit
_ARTICLE_COLUMNS = "record, trace, fingerprint"


class SqliteStore(SqliteViews, LinkMethods):
    """The Store protocol (store/base.py) on one SQLite file."""

    _links = sqlite_links

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        self._in_link_batch = False
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
    def _transaction(self) -> Iterator[sqlite3.Connection]:
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

    # -- runs ---------------------------------------------------------------------------

    def begin_run(self, *, inputs: Sequence[str], settings: Mapping[str, object], stages: Mapping[str, int]) -> int:
        with self._transaction() as conn:
            cursor = conn.execute(
                "INSERT INTO runs (started, inputs, settings, stages) VALUES (?, ?, ?, ?)",
                (_now(), _json(list(inputs)), _json(dict(settings)), _json(dict(stages))),
            )
        return int(cursor.lastrowid)

    def finish_run(self, run_id: int, *, funnel: Mapping[str, object]) -> None:
        with self._transaction() as conn:
            cursor = conn.execute(
                "UPDATE runs SET finished = ?, funnel = ? WHERE id = ?", (_now(), _json(dict(funnel)), run_id)
            )
            if cursor.rowcount != 1:
                raise StoreError(f"no run {run_id} to finish")

    def runs(self) -> list[dict[str, object]]:
        """Every ingest run, oldest first, with what it was given and what happened."""
        rows = self._conn.execute(
            "SELECT id, started, finished, inputs, settings, stages, funnel FROM runs ORDER BY id"
        )
        return [
            {"id": r[0], "started": r[1], "finished": r[2], "inputs": json.loads(r[3]),
             "settings": json.loads(r[4]), "stages": json.loads(r[5]), "funnel": json.loads(r[6] or "null")}
            for r in rows
        ]

    # -- articles -----------------------------------------------------------------------

    def classify(self, articles: Sequence[Article]) -> list[Status]:
        return self._classify(articles)

    def save(self, articles: Sequence[Article], *, run_id: int) -> list[Status]:
        with self._transaction() as conn:
            statuses = self._classify(articles)
            stored_at = _now()
            for article, status in zip(articles, statuses):
                if status == "new":
                    self._insert(conn, article, run_id, stored_at)
                elif status == "changed":
                    self._replace(conn, article, run_id, stored_at)
        return statuses

    def _classify(self, articles: Sequence[Article]) -> list[Status]:
        for article in articles:
            if not article.id or not article.fingerprint:
                raise StoreError(f"article {article.source_id!r} has no id or fingerprint (identity.identify it)")
        known_fps = self._existing("SELECT fingerprint FROM fingerprints WHERE fingerprint IN ({})",
                                   {a.fingerprint for a in articles})
        known_ids = self._existing("SELECT id FROM articles WHERE id IN ({})", {a.id for a in articles})
        statuses: list[Status] = []
        for article in articles:  # earlier articles of the batch count as known to later ones
            if article.fingerprint in known_fps:
                statuses.append("unchanged")
            else:
                statuses.append("changed" if article.id in known_ids else "new")
            known_fps.add(article.fingerprint)
            known_ids.add(article.id)
        return statuses

    def _existing(self, sql: str, values: set[str]) -> set[str]:
        found: set[str] = set()
        ordered = sorted(values)
        for i in range(0, len(ordered), _CHUNK):
            chunk = ordered[i : i + _CHUNK]
            found.update(r[0] for r in self._conn.execute(sql.format(_marks(len(chunk))), chunk))
        return found

    def _insert(self, conn: sqlite3.Connection, article: Article, run_id: int, stored_at: str) -> None:
        record = article.to_record()
        cursor = conn.execute(
            "INSERT INTO articles (id, key, record, trace, fingerprint, version, first_run, updated_run)"
            " VALUES (?, ?, ?, ?, ?, 1, ?, ?)",
            (article.id, article_key(article), _json(record), _json(article.trace), article.fingerprint,
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
            (article_key(article), _json(record), _json(article.trace), article.fingerprint, version, run_id,
             article.id),
        )
        conn.execute(
            "INSERT INTO article_versions (article_id, version, fingerprint, run_id, stored_at) VALUES (?, ?, ?, ?, ?)",
            (article.id, version, article.fingerprint, run_id, stored_at),
        )
        conn.execute("INSERT INTO fingerprints (fingerprint, article_id, version) VALUES (?, ?, ?)",
                     (article.fingerprint, article.id, version))
        unindex_article(conn, seq, json.loads(old_record))
        index_article(conn, seq, record)

    def get(self, article_id: str) -> Article | None:
        row = self._conn.execute(f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?", (article_id,)).fetchone()
        return _article(*row) if row else None

    def get_version(self, article_id: str, version: int) -> Article | None:
        """One stored version of an article, current or superseded."""
        row = self._conn.execute(
            "SELECT coalesce(v.record, a.record), coalesce(v.trace, a.trace), v.fingerprint"
            " FROM article_versions v JOIN articles a ON a.id = v.article_id"
            " WHERE v.article_id = ? AND v.version = ?",
            (article_id, version),
        ).fetchone()
        return _article(*row) if row else None

    def iter_articles(self, *, batch_size: int = 500) -> Iterator[Article]:
        """Every article in insertion order, ``batch_size`` rows in memory at a time."""
        last = 0
        while True:
            rows = self._conn.execute(
                f"SELECT seq, {_ARTICLE_COLUMNS} FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
                (last, max(1, batch_size)),
            ).fetchall()
            if not rows:
                return
            last = rows[-1][0]
            for row in rows:
                yield _article(*row[1:])

    def count_articles(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def versions(self, article_id: str) -> list[dict[str, object]]:
        rows = self._conn.execute(
            "SELECT v.version, v.fingerprint, v.run_id, v.stored_at, v.version = a.version"
            " FROM article_versions v JOIN articles a ON a.id = v.article_id"
            " WHERE v.article_id = ? ORDER BY v.version",
            (article_id,),
        )
        return [
            {"version": r[0], "fingerprint": r[1], "run_id": r[2], "stored_at": r[3], "current": bool(r[4])}
            for r in rows
        ]

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

    # -- site lines ---------------------------------------------------------------------

    def site_line_counts(self, site: str, line_hashes: Sequence[str]) -> dict[str, int]:
        counts = dict.fromkeys(line_hashes, 0)
        wanted = sorted(counts)
        for i in range(0, len(wanted), _CHUNK):
            chunk = wanted[i : i + _CHUNK]
            rows = self._conn.execute(
                f"SELECT line_hash, pages FROM site_lines WHERE site = ? AND line_hash IN ({_marks(len(chunk))})",
                [site, *chunk],
            )
            counts.update(dict(rows))
        return counts

    def add_site_lines(self, site: str, page: str, line_hashes: Sequence[str]) -> None:
        with self._transaction() as conn:
            cursor = conn.execute("INSERT OR IGNORE INTO site_pages (site, page) VALUES (?, ?)", (site, page))
            if cursor.rowcount == 0:
                return  # this page was counted already
            conn.executemany(
                "INSERT INTO site_lines (site, line_hash, pages) VALUES (?, ?, 1)"
                " ON CONFLICT (site, line_hash) DO UPDATE SET pages = pages + 1",
                [(site, h) for h in sorted(set(line_hashes))],
            )

    # -- link state (veille.link: near-duplicates, stories) -------------------------------

    def link_batch(self) -> AbstractContextManager[None]:
        """One transaction around a batch of link writes: one commit per batch, not per article."""
        return self._link_batch()

    @contextmanager
    def _link_batch(self) -> Iterator[None]:
        if self._in_link_batch:
            yield
            return
        with self._transaction():
            self._in_link_batch = True
            try:
                yield
            finally:
                self._in_link_batch = False

    def _link_write(self) -> AbstractContextManager[sqlite3.Connection]:
        return nullcontext(self._conn) if self._in_link_batch else self._transaction()

    # -- stats --------------------------------------------------------------------------

    def stats(self) -> dict[str, object]:
        conn = self._conn
        first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
        files = [Path(self.path), Path(self.path + "-wal")]
        return {
            "articles": self.count_articles(),
            "versions": conn.execute("SELECT count(*) FROM article_versions").fetchone()[0],
            "sites": dict(conn.execute(
                "SELECT coalesce(site, '(unknown)'), count(*) AS n FROM articles GROUP BY site ORDER BY n DESC, site"
            ).fetchall()),
            "languages": dict(conn.execute(
                "SELECT coalesce(lang, '(unknown)'), count(*) AS n FROM articles GROUP BY lang ORDER BY n DESC, lang"
            ).fetchall()),
            "published": {"first": first, "last": last},
            "runs": conn.execute("SELECT count(*) FROM runs").fetchone()[0],
            "db_bytes": sum(f.stat().st_size for f in files if f.is_file()),  # on disk, WAL included
        }


def _article(record: str, trace: str, fingerprint: str) -> Article:
    article = Article.from_record(json.loads(record))
    article.trace = json.loads(trace)
    article.fingerprint = fingerprint
    return article


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _json(value: object) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")
