"""Link state on both stores (the ``store`` fixture): LSH buckets, re-pointing a duplicate group, story
windows and the export record."""
from __future__ import annotations

import numpy as np

from veille.article import Article
from veille.store.base import Store, StoryMember, StoryRow


def add(store: Store, ident: str, keys: list[int], *, root: str | None = None, body: str = "h") -> None:
    store.dedup_add(ident, published="2025-03-04", body_hash=body, root_id=root or ident, shingles=b"\x01\x00\x00\x00",
                    band_keys=keys)


def test_candidates_come_exact_first_then_by_shared_bands_within_the_limit(store):
    add(store, "one-band", [1, 50], body="x")
    add(store, "two-bands", [1, 2], body="y")
    add(store, "exact", [99], body="same")
    add(store, "unrelated", [7, 8], body="z")
    found = [e.article_id for e in store.dedup_candidates("same", [1, 2, 3], limit=3)]
    assert found == ["exact", "two-bands", "one-band"]
    assert [e.article_id for e in store.dedup_candidates("none", [1, 2], limit=1)] == ["two-bands"]


def test_reindexing_an_article_replaces_its_bands(store):
    add(store, "a", [1, 2])
    add(store, "a", [3])
    assert store.dedup_candidates("other", [1, 2], limit=5) == []
    assert [e.article_id for e in store.dedup_candidates("other", [3], limit=5)] == ["a"]


def test_repoint_moves_a_group_and_the_stored_records_to_the_new_original(store):
    run = store.begin_run(inputs=[], settings={}, stages={})
    old = Article(id="old-root", source_id="o", text="t", fingerprint="f1")
    copy = Article(id="copy", source_id="c", text="t", fingerprint="f2", duplicate_of="old-root")
    store.save([old, copy], run_id=run)
    add(store, "old-root", [1])
    add(store, "copy", [1], root="old-root")
    store.dedup_repoint("old-root", "new-root")
    assert store.dedup_entry("copy").root_id == "new-root"
    assert store.dedup_entry("old-root").root_id == "new-root"
    assert store.get("copy").duplicate_of == "new-root"
    assert store.get("old-root").duplicate_of == "new-root"


def story(story_id: str, first: str, last: str) -> StoryRow:
    return StoryRow(story_id=story_id, label=story_id, first_date=first, last_date=last, article_count=1,
                    centroid=np.ones(4, dtype=np.float32).tobytes(),
                    state={"entities": {"Limoges": 2, "ATX": 1}, "outlets": {"veilleur": 1}})


def test_active_stories_are_those_last_active_in_the_window(store):
    for sid, first, last in [("early", "2025-03-01", "2025-03-02"), ("open", "2025-02-20", "2025-03-09"),
                             ("late", "2025-03-20T10:00", "2025-03-20T10:00")]:
        store.story_save(story(sid, first, last), StoryMember(article_id=sid, story_id=sid, published=first,
                                                               title=sid))
    assert store.stories_active("2025-03-05", "2025-03-11~") == ["open"]
    assert store.stories_active("2025-03-01", "2025-03-20~") == ["open", "early", "late"]  # oldest first


def test_story_records_fold_copies_and_rank_entities(store):
    row = story("s1", "2025-03-04", "2025-03-05")
    store.story_save(row, StoryMember(article_id="a", story_id="s1", published="2025-03-04", title="A"))
    store.story_save(row, StoryMember(article_id="b", story_id="s1", published="2025-03-05", title="B",
                                      duplicate_of="a"))
    (record,) = list(store.iter_stories())
    assert record["article_ids"] == ["a"]
    assert record["top_entities"] == ["Limoges", "ATX"]
    assert set(record) >= {"story_id", "label", "first_date", "last_date", "article_count", "outlets",
                           "top_entities", "article_ids"}
