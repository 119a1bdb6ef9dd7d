"""The Store protocol's link methods, once for every backend.

Each backend keeps its link SQL in a module of plain functions over a connection
(``sqlite_links``, ``postgres_links``) with the same signatures; this mixin routes the
protocol's methods to it, reads on the store's connection and writes inside the current
link batch (or a transaction of their own).
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import AbstractContextManager
from types import ModuleType
from typing import Any

from veille.store.base import DedupEntry, StoryMember, StoryRow


class LinkMethods:
    _links: ModuleType
    _conn: Any

    def _link_write(self) -> AbstractContextManager[Any]:
        raise NotImplementedError

    def dedup_candidates(self, body_hash: str, band_keys: Sequence[int], *, limit: int) -> list[DedupEntry]:
        return self._links.dedup_candidates(self._conn, body_hash, band_keys, limit=limit)

    def dedup_entry(self, article_id: str) -> DedupEntry | None:
        return self._links.dedup_entry(self._conn, article_id)

    def dedup_add(self, article_id: str, *, published: str | None, body_hash: str, root_id: str,
                  shingles: bytes, band_keys: Sequence[int]) -> None:
        with self._link_write() as conn:
            self._links.dedup_add(conn, article_id, published=published, body_hash=body_hash, root_id=root_id,
                                  shingles=shingles, band_keys=band_keys)

    def dedup_repoint(self, old_root: str, new_root: str) -> None:
        with self._link_write() as conn:
            self._links.dedup_repoint(conn, old_root, new_root)

    def stories_active(self, since: str, until: str) -> list[str]:
        return self._links.stories_active(self._conn, since, until)

    def story_of(self, article_id: str) -> str | None:
        return self._links.story_of(self._conn, article_id)

    def story_get(self, story_id: str) -> StoryRow | None:
        return self._links.story_get(self._conn, story_id)

    def story_members(self, story_id: str, *, limit: int | None = None) -> list[StoryMember]:
        return self._links.story_members(self._conn, story_id, limit=limit)

    def story_save(self, story: StoryRow, member: StoryMember) -> None:
        with self._link_write() as conn:
            self._links.story_save(conn, story, member)

    def iter_stories(self) -> Iterator[dict[str, object]]:
        return self._links.iter_stories(self._conn)
