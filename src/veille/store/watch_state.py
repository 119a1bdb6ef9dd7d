"""What ``veille watch`` remembers: feed validators and the entry pages already tried.

A mixin of both stores (which provide ``_conn``, ``_transaction`` and ``_dialect``), kept apart
so that the store modules keep the articles and this one only the watcher's bookkeeping. The
statements differ between backends only by their placeholder, so ``Dialect`` spells them.
"""
from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any, ClassVar

from veille.store.base import FeedState, WatchEntry
from veille.store.dialect import Connection, Dialect

_ENTRY_COLUMNS = "url, feed_url, done, attempts, last_error, last_tried"


class WatchStateMethods:
    _conn: Connection
    _dialect: ClassVar[Dialect]

    def _transaction(self, lock: int | None = None) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def feed_state(self, url: str) -> FeedState | None:
        row = self._dialect.run(
            self._conn, "SELECT url, etag, last_modified, checked FROM watch_feeds WHERE url = ?", (url,)
        ).fetchone()
        return FeedState(url=row[0], etag=row[1], last_modified=row[2], checked=row[3]) if row else None

    def save_feed_state(self, state: FeedState) -> None:
        with self._transaction() as conn:
            self._dialect.run(
                conn,
                "INSERT INTO watch_feeds (url, etag, last_modified, checked) VALUES (?, ?, ?, ?)"
                " ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,"
                " checked = excluded.checked",
                (state.url, state.etag, state.last_modified, state.checked),
            )

    def watch_entries(self, urls: Sequence[str]) -> dict[str, WatchEntry]:
        d = self._dialect
        rows = d.run(self._conn, f"SELECT {_ENTRY_COLUMNS} FROM watch_entries WHERE url {d.in_list}",
                     (d.list_param(sorted(set(urls))),)).fetchall()
        return {row[0]: WatchEntry(url=row[0], feed_url=row[1], done=bool(row[2]), attempts=row[3],
                                   last_error=row[4], last_tried=row[5]) for row in rows}

    def save_watch_entries(self, entries: Sequence[WatchEntry]) -> None:
        with self._transaction() as conn:
            conn.cursor().executemany(
                self._dialect.sql(
                    f"INSERT INTO watch_entries ({_ENTRY_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?)"
                    " ON CONFLICT (url) DO UPDATE SET feed_url = excluded.feed_url, done = excluded.done,"
                    " attempts = excluded.attempts, last_error = excluded.last_error,"
                    " last_tried = excluded.last_tried"
                ),
                [(e.url, e.feed_url, e.done, e.attempts, e.last_error, e.last_tried) for e in entries],
            )
