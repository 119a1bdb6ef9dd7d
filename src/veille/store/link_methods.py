"""The Store protocol's link methods and its batch transactions, once for every backend.

The reads are links_common.py's, spelt by the store's dialect; each backend keeps the
writes it spells its own way in a module of plain functions over a connection
(``sqlite_links``, ``postgres_links``) with the same signatures. This mixin routes the
protocol's methods to them, reads on the store's connection, and decides which transaction
each write goes into.

An ingest batch is written whole or not at all (``write_batch``): the link state its stages
write (site lines, the near-duplicate index, stories) commits in one transaction with its
articles. A process killed, or a save failing, between the two would otherwise leave link
rows for articles never stored, and the re-run would link those articles against
themselves. The transaction begins at the batch's first link batch or store write, not
where the block opens, so the per-article stages before it (spaCy) run with no lock held.
Site lines are counted before those stages, so their writes wait in memory until the
transaction (``PendingSiteLines``) and are read back from there meanwhile.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager, ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, ClassVar

from veille.store import links_common
from veille.store.base import DedupEntry, StoryMember, StoryRow
from veille.store.dialect import Dialect


@dataclass(slots=True)
class PendingSiteLines:
    """The pages a batch counted for its sites before its transaction began, in counting order."""

    pages: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    lines: Counter[tuple[str, str]] = field(default_factory=Counter)

    def add(self, site: str, page: str, line_hashes: Sequence[str]) -> None:
        if (site, page) in self.pages:
            return
        hashes = sorted(set(line_hashes))
        self.pages[(site, page)] = hashes
        self.lines.update((site, h) for h in hashes)

    def add_counts(self, site: str, counts: dict[str, int]) -> None:
        """Add the pending pages to counts read from the store."""
        for line_hash in counts:
            counts[line_hash] += self.lines[(site, line_hash)]


@dataclass(slots=True)
class _Batch:
    stack: ExitStack
    begun: bool = False
    site_lines: PendingSiteLines = field(default_factory=PendingSiteLines)


class LinkMethods:
    _dialect: ClassVar[Dialect]
    _links: ModuleType
    _conn: Any
    _batch: _Batch | None = None
    _BATCH_LOCK: ClassVar[int | None] = None
    """Taken when a batch's transaction begins (PostgreSQL: one linker at a time)."""

    def _transaction(self, lock: int | None = None) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def _hold(self, lock: int) -> None:
        """Take ``lock`` inside the open transaction; SQLite's one writer needs none."""

    # -- transactions ---------------------------------------------------------------------

    def write_batch(self) -> AbstractContextManager[None]:
        return self._batch_scope(begin=False)

    def link_batch(self) -> AbstractContextManager[None]:
        return self._batch_scope(begin=True)

    @contextmanager
    def _batch_scope(self, *, begin: bool) -> Iterator[None]:
        if self._batch is not None:  # inside an open batch: its transaction, committed at its end
            if begin:
                self._begin()
            yield
            return
        with ExitStack() as stack:  # commits what was begun on leaving, or rolls it back on an error
            self._batch = _Batch(stack)
            try:
                if begin:
                    self._begin()
                yield
                self._flush_site_lines()
            finally:
                self._batch = None

    def _begin(self) -> None:
        batch = self._batch
        assert batch is not None
        if not batch.begun:
            batch.stack.enter_context(self._transaction(self._BATCH_LOCK))
            batch.begun = True

    def _write(self, lock: int | None = None) -> AbstractContextManager[Any]:
        """The transaction a write goes into: the open batch's (begun now if need be), else its own."""
        if self._batch is None:
            return self._transaction(lock)
        self._begin()
        if lock is not None and lock != self._BATCH_LOCK:
            self._hold(lock)
        return nullcontext(self._conn)

    # -- site lines ---------------------------------------------------------------------

    def site_line_counts(self, site: str, line_hashes: Sequence[str]) -> dict[str, int]:
        counts = links_common.site_line_counts(self._dialect, self._conn, site, line_hashes)
        if self._batch is not None:
            self._batch.site_lines.add_counts(site, counts)
        return counts

    def add_site_lines(self, site: str, page: str, line_hashes: Sequence[str]) -> None:
        if self._batch is None:
            with self._transaction() as conn:
                self._add_site_lines(conn, site, page, line_hashes)
        elif not links_common.site_page_counted(self._dialect, self._conn, site, page):
            self._batch.site_lines.add(site, page, line_hashes)

    def _flush_site_lines(self) -> None:
        assert self._batch is not None
        pending = self._batch.site_lines.pages
        if pending:
            with self._write() as conn:
                for (site, page), hashes in pending.items():
                    self._add_site_lines(conn, site, page, hashes)

    def _add_site_lines(self, conn: Any, site: str, page: str, line_hashes: Sequence[str]) -> None:
        if links_common.site_page_claimed(self._dialect, conn, site, page):
            self._links.count_site_lines(conn, site, line_hashes)

    # -- near-duplicates and stories ----------------------------------------------------

    def dedup_candidates(self, body_hash: str, band_keys: Sequence[int], *, limit: int) -> list[DedupEntry]:
        return links_common.dedup_candidates(self._dialect, self._conn, body_hash, band_keys, limit=limit)

    def dedup_entry(self, article_id: str) -> DedupEntry | None:
        return links_common.dedup_entry(self._dialect, self._conn, article_id)

    def dedup_add(self, article_id: str, *, published: str | None, body_hash: str, root_id: str,
                  shingles: bytes, band_keys: Sequence[int]) -> None:
        with self._write(self._BATCH_LOCK) as conn:
            self._links.dedup_add(conn, article_id, published=published, body_hash=body_hash, root_id=root_id,
                                  shingles=shingles, band_keys=band_keys)

    def dedup_repoint(self, old_root: str, new_root: str) -> None:
        with self._write(self._BATCH_LOCK) as conn:
            links_common.dedup_repoint(self._dialect, conn, old_root, new_root)
            self._links.records_repoint(conn, old_root, new_root)

    def stories_active(self, since: str, until: str) -> list[str]:
        return links_common.stories_active(self._dialect, self._conn, since, until)

    def stories_with_event(self, day: str, since: str, until: str) -> list[str]:
        """On the link connection, so the stories written earlier in the same batch are seen."""
        return links_common.stories_with_event(self._dialect, self._conn, day, since, until)

    def story_of(self, article_id: str) -> str | None:
        return links_common.story_of(self._dialect, self._conn, article_id)

    def story_get(self, story_id: str) -> StoryRow | None:
        return links_common.story_get(self._dialect, self._conn, story_id)

    def story_counts(self, story_ids: Sequence[str]) -> dict[str, int]:
        return links_common.story_counts(self._dialect, self._conn, story_ids)

    def story_members(self, story_id: str, *, limit: int | None = None) -> list[StoryMember]:
        return links_common.story_members(self._dialect, self._conn, story_id, limit=limit)

    def story_save(self, story: StoryRow, member: StoryMember) -> None:
        with self._write(self._BATCH_LOCK) as conn:
            links_common.story_save(self._dialect, conn, story, member)

    def iter_stories(self) -> Iterator[dict[str, object]]:
        return links_common.iter_stories(self._dialect, self._conn)
