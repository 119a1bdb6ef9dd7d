"""The stories the linker has read, kept from one batch to the next while the store still holds them as read.

Consecutive batches (in publication order) see nearly the same open stories, and reading one
(its JSON state decoded, its centroid normalised, its terms gathered) cost about as much as
linking the article that needed it. The store stays the only state: at each batch's start,
inside its transaction, the stories kept are checked against the store's ``article_count``,
which every save raises, so a story another writer grew, or that a rolled-back batch had
grown, is read again; and only the stories the last batch used are kept, so memory follows the
window, not the store. The window's term counts (story_terms.WindowTerms) are kept likewise:
they always count exactly the stories they are moved to.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

from veille.link.story_index import centroid, held_terms, recent_logs
from veille.link.story_terms import MemberLogs, WindowTerms
from veille.store.base import StoryRow


class StoryReads(Protocol):
    """The Store methods the cache uses (store/base.py)."""

    def story_get(self, story_id: str) -> StoryRow | None: ...

    def story_counts(self, story_ids: Sequence[str]) -> dict[str, int]: ...


class OpenStory:
    """A story as read, with its unit centroid, held terms and members' log counts computed once."""

    __slots__ = ("row", "center", "held", "_members")

    def __init__(self, row: StoryRow) -> None:
        self.row = row
        self.center = centroid(row)
        self.held = held_terms(row)
        self._members: list[MemberLogs] | None = None

    @property
    def members(self) -> list[MemberLogs]:
        """Taken when the story is first scored: most stories read for a window never are."""
        if self._members is None:
            self._members = recent_logs(self.row)
        return self._members


class StoryCache:
    """Open stories by id, and the window's term counts, valid within the batch ``begin`` started."""

    __slots__ = ("_open", "_used", "terms")

    def __init__(self) -> None:
        self._open: dict[str, OpenStory] = {}
        self._used: set[str] = set()
        self.terms = WindowTerms()

    def begin(self, index: StoryReads) -> None:
        """Keep the stories the last batch used that the store holds unchanged; call it inside the batch's
        transaction, so that no other linker writes until the batch ends."""
        kept = {story_id: self._open[story_id] for story_id in sorted(self._used) if story_id in self._open}
        stored = index.story_counts(list(kept))
        self._open = {story_id: story for story_id, story in kept.items()
                      if stored.get(story_id) == story.row.article_count}
        self._used = set()

    def get(self, index: StoryReads, story_id: str) -> OpenStory | None:
        self._used.add(story_id)
        if story_id not in self._open:
            row = index.story_get(story_id)
            if row is None:
                return None
            self._open[story_id] = OpenStory(row)
        return self._open[story_id]

    def saved(self, row: StoryRow) -> None:
        """The story as the linker just wrote it."""
        self._used.add(row.story_id)
        self._open[row.story_id] = OpenStory(row)
