"""The Store protocol's run and article methods that read the same on every backend, written once.

``ArticleMethods`` is mixed into ``SqliteStore`` and ``PostgresStore``, which bring their
dialect (store/dialect.py), their transactions and their JSON encoding. What stays in the
backends is what their SQL cannot share: inserting and replacing articles (SQLite keeps its
search index in a table of its own, PostgreSQL in a column written with the row), the search
itself, and the integrity checks. A JSON column comes back as text from SQLite and decoded
from PostgreSQL's JSONB; ``decoded`` reads both, so the records are the same.
"""
from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
from datetime import datetime, timezone
from typing import Any, ClassVar

from veille.article import Article
from veille.errors import StoreError
from veille.store.base import Status
from veille.store.dialect import Connection, Dialect
from veille.store.view_rows import decoded

_ARTICLE_COLUMNS = "record, trace, fingerprint"


def record_json(value: object) -> str:
    """Compact JSON, non-ASCII kept: how records, traces and run settings are stored."""
    return json.dumps(value, ensure_ascii=False, default=str, separators=(",", ":"))


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def article_of(record: Any, trace: Any, fingerprint: str) -> Article:
    """The Article a stored row holds (its JSON columns as text or already decoded)."""
    article = Article.from_record(decoded(record))
    article.trace = decoded(trace)
    article.fingerprint = fingerprint
    return article


class ArticleMethods:
    """Runs, classification and the article reads of the Store protocol (store/base.py)."""

    _dialect: ClassVar[Dialect]
    _conn: Connection
    _json: ClassVar[Callable[[object], str]] = staticmethod(record_json)
    """How a value is encoded for a JSON column; PostgreSQL's also drops what JSONB cannot hold."""
    _COUNT_BY: ClassVar[str]
    """``stats``' count of articles by ``{0}`` (a column), biggest first, NULL as '(unknown)'."""

    def _transaction(self, lock: int | None = None) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _db_bytes(self) -> int:
        """What the store takes on disk."""
        raise NotImplementedError

    # -- runs ---------------------------------------------------------------------------

    def begin_run(self, *, inputs: Sequence[str], settings: Mapping[str, object], stages: Mapping[str, int]) -> int:
        d = self._dialect
        with self._transaction() as conn:
            ((run_id,),) = d.run(conn, "INSERT INTO runs (started, inputs, settings, stages) VALUES (?, ?, ?, ?)"
                                 " RETURNING id",
                                 (now(), self._json(list(inputs)), self._json(dict(settings)),
                                  self._json(dict(stages)))).fetchall()  # read whole: SQLite commits after
        return int(run_id)

    def finish_run(self, run_id: int, *, funnel: Mapping[str, object]) -> None:
        with self._transaction() as conn:
            cursor = self._dialect.run(conn, "UPDATE runs SET finished = ?, funnel = ? WHERE id = ?",
                                       (now(), self._json(dict(funnel)), run_id))
            if cursor.rowcount != 1:
                raise StoreError(f"no run {run_id} to finish")

    def runs(self) -> list[dict[str, object]]:
        """Every ingest run, oldest first, with what it was given and what happened."""
        rows = self._conn.execute(
            "SELECT id, started, finished, inputs, settings, stages, funnel FROM runs ORDER BY id")
        return [{"id": r[0], "started": r[1], "finished": r[2], "inputs": decoded(r[3]), "settings": decoded(r[4]),
                 "stages": decoded(r[5]), "funnel": decoded(r[6])} for r in rows]

    # -- articles -----------------------------------------------------------------------

    def classify(self, articles: Sequence[Article]) -> list[Status]:
        return self._classify(articles)

    def _classify(self, articles: Sequence[Article]) -> list[Status]:
        for article in articles:
            if not article.id or not article.fingerprint:
                raise StoreError(f"article {article.source_id!r} has no id or fingerprint (identity.identify it)")
        known_fps = self._known("SELECT fingerprint FROM fingerprints WHERE fingerprint",
                                {a.fingerprint for a in articles})
        known_ids = self._known("SELECT id FROM articles WHERE id", {a.id for a in articles})
        statuses: list[Status] = []
        for article in articles:  # earlier articles of the batch count as known to later ones
            if article.fingerprint in known_fps:
                statuses.append("unchanged")
            else:
                statuses.append("changed" if article.id in known_ids else "new")
            known_fps.add(article.fingerprint)
            known_ids.add(article.id)
        return statuses

    def _known(self, select: str, values: set[str]) -> set[str]:
        """Which of ``values`` ``select`` (a query ending in the column to test) finds."""
        d = self._dialect
        return {r[0] for r in d.run(self._conn, f"{select} {d.in_list}", (d.list_param(sorted(values)),))}

    def get(self, article_id: str) -> Article | None:
        row = self._dialect.run(self._conn, f"SELECT {_ARTICLE_COLUMNS} FROM articles WHERE id = ?",
                                (article_id,)).fetchone()
        return article_of(*row) if row else None

    def get_version(self, article_id: str, version: int) -> Article | None:
        """One stored version of an article, current or superseded."""
        row = self._dialect.run(
            self._conn, "SELECT coalesce(v.record, a.record), coalesce(v.trace, a.trace), v.fingerprint"
            " FROM article_versions v JOIN articles a ON a.id = v.article_id"
            " WHERE v.article_id = ? AND v.version = ?", (article_id, version)).fetchone()
        return article_of(*row) if row else None

    def iter_articles(self, *, batch_size: int = 500) -> Iterator[Article]:
        """Every article in insertion order, ``batch_size`` rows in memory at a time.

        Keyset pages rather than one cursor: no transaction stays open while the caller
        works through a long store (an export next to a running ingest)."""
        last = 0
        while rows := self._dialect.run(
            self._conn, f"SELECT seq, {_ARTICLE_COLUMNS} FROM articles WHERE seq > ? ORDER BY seq LIMIT ?",
            (last, max(1, batch_size))).fetchall():
            last = rows[-1][0]
            for row in rows:
                yield article_of(*row[1:])

    def count_articles(self) -> int:
        return int(self._conn.execute("SELECT count(*) FROM articles").fetchone()[0])

    def versions(self, article_id: str) -> list[dict[str, object]]:
        rows = self._dialect.run(
            self._conn, "SELECT v.version, v.fingerprint, v.run_id, v.stored_at, v.version = a.version"
            " FROM article_versions v JOIN articles a ON a.id = v.article_id"
            " WHERE v.article_id = ? ORDER BY v.version", (article_id,))
        return [{"version": r[0], "fingerprint": r[1], "run_id": r[2], "stored_at": r[3], "current": bool(r[4])}
                for r in rows]

    # -- stats --------------------------------------------------------------------------

    def stats(self) -> dict[str, object]:
        conn = self._conn
        first, last = conn.execute("SELECT min(published), max(published) FROM articles").fetchone()
        return {
            "articles": self.count_articles(),
            "versions": conn.execute("SELECT count(*) FROM article_versions").fetchone()[0],
            "sites": dict(conn.execute(self._COUNT_BY.format("site")).fetchall()),
            "languages": dict(conn.execute(self._COUNT_BY.format("lang")).fetchall()),
            "published": {"first": first, "last": last},
            "runs": conn.execute("SELECT count(*) FROM runs").fetchone()[0],
            "db_bytes": self._db_bytes(),
        }
