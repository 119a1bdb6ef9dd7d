"""The linker keeps the stories it read from one batch to the next only while the store holds them as read."""
from __future__ import annotations

import numpy as np

from veille.link.story_cache import StoryCache
from veille.store.base import StoryRow


def row(story_id: str, count: int) -> StoryRow:
    return StoryRow(story_id=story_id, label=story_id, first_date="2025-03-01", last_date="2025-03-01",
                    article_count=count, centroid=np.ones(4, dtype=np.float32).tobytes(),
                    state={"recent": [["a", {"tramway": 1}]]})


class Index:
    """Stored rows by id, counting the reads."""

    def __init__(self, *rows: StoryRow) -> None:
        self.rows = {r.story_id: r for r in rows}
        self.reads: list[str] = []

    def story_get(self, story_id: str) -> StoryRow | None:
        self.reads.append(story_id)
        return self.rows.get(story_id)

    def story_counts(self, story_ids):
        return {s: self.rows[s].article_count for s in story_ids if s in self.rows}


def test_a_story_unchanged_in_the_store_is_read_once_across_batches():
    index, cache = Index(row("s1", 1)), StoryCache()
    for _ in range(3):
        cache.begin(index)
        assert cache.get(index, "s1").held == {"tramway"}
    assert index.reads == ["s1"]


def test_a_story_another_writer_grew_is_read_again():
    index, cache = Index(row("s1", 1)), StoryCache()
    cache.begin(index)
    cache.get(index, "s1")
    index.rows["s1"] = row("s1", 2)
    cache.begin(index)
    assert cache.get(index, "s1").row.article_count == 2 and index.reads == ["s1", "s1"]


def test_what_a_rolled_back_batch_saved_is_forgotten():
    index, cache = Index(row("s1", 1)), StoryCache()
    cache.begin(index)
    cache.saved(row("s1", 2))  # grown, then the batch's transaction rolled back
    cache.saved(row("s2", 1))  # started, likewise
    cache.begin(index)
    assert cache.get(index, "s1").row.article_count == 1 and cache.get(index, "s2") is None


def test_a_story_the_last_batch_did_not_use_is_dropped():
    index, cache = Index(row("s1", 1), row("s2", 1)), StoryCache()
    cache.begin(index)
    cache.get(index, "s1")
    cache.get(index, "s2")
    cache.begin(index)
    cache.get(index, "s1")
    cache.begin(index)
    cache.get(index, "s2")
    assert index.reads == ["s1", "s2", "s2"]
