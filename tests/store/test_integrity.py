"""``check_integrity`` on both stores (store/integrity.py): a sound store passes; each way an interrupted
or half-written batch can leave it is named, with the keys at fault."""
from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from veille.article import Article
from veille.store.base import Store, StoryMember, StoryRow
from veille.store.sqlite import SqliteStore


def story(story_id: str, count: int) -> StoryRow:
    return StoryRow(story_id=story_id, label=story_id, first_date="2025-03-04", last_date="2025-03-05",
                    article_count=count, centroid=np.ones(4, dtype=np.float32).tobytes(), state={})


def member(article_id: str, story_id: str, duplicate_of: str | None = None) -> StoryMember:
    return StoryMember(article_id=article_id, story_id=story_id, published="2025-03-04", title=article_id,
                       duplicate_of=duplicate_of)


def index(store: Store, article_id: str, root: str) -> None:
    store.dedup_add(article_id, published="2025-03-04", body_hash=article_id, root_id=root, shingles=b"\0" * 4,
                    band_keys=[1])


def article(article_id: str, *, story_id: str | None = None, duplicate_of: str | None = None) -> Article:
    return Article(id=article_id, source_id=article_id, text=f"Texte de {article_id}.", fingerprint=f"f-{article_id}",
                   story_id=story_id, duplicate_of=duplicate_of)


def sound(store: Store, run_id: int) -> None:
    """An original with its copy in one story, another article alone in a second, a site counted on two pages."""
    with store.write_batch():
        store.save([article("a", story_id="s1"), article("b", story_id="s1", duplicate_of="a"),
                    article("c", story_id="s2")], run_id=run_id)
        index(store, "a", "a")
        index(store, "b", "a")
        index(store, "c", "c")
        store.story_save(story("s1", 1), member("a", "s1"))
        store.story_save(story("s1", 2), member("b", "s1", duplicate_of="a"))
        store.story_save(story("s2", 1), member("c", "s2"))
        store.add_site_lines("ex", "p1", ["nav", "foot"])
        store.add_site_lines("ex", "p2", ["nav"])


def test_a_sound_store_has_no_problem(store, run_id):
    assert store.check_integrity() == []
    sound(store, run_id)
    assert store.check_integrity() == []


def links_without_their_articles(store: Store, run_id: int) -> None:
    index(store, "d", "d")  # what a batch killed between its link writes and its save left before
    store.story_save(story("s3", 1), member("d", "s3"))


def copy_of_a_missing_article(store: Store, run_id: int) -> None:
    store.save([article("e", duplicate_of="ghost")], run_id=run_id)


def story_counted_twice(store: Store, run_id: int) -> None:
    store.story_save(story("s2", 2), member("c", "s2"))  # the same member linked again


def record_and_membership_disagree(store: Store, run_id: int) -> None:
    store.save([article("f", story_id="s2")], run_id=run_id)
    store.story_save(story("s1", 3), member("f", "s1"))


def site_line_over_counted(store: Store, run_id: int) -> None:
    store._conn.execute("UPDATE site_lines SET pages = 3 WHERE line_hash = 'nav'")


@pytest.mark.parametrize(("damage", "expected"), [
    (links_without_their_articles, ["near-duplicate entry for an article that is not stored: 1 (d)",
                                    "near-duplicate group whose original is not stored: 1 (d)",
                                    "story member that is not a stored article: 1 (d)"]),
    (copy_of_a_missing_article, ["duplicate_of names an article that is not stored: 1 (e)"]),
    (story_counted_twice, ["story whose article count differs from its members: 1 (s2)"]),
    (record_and_membership_disagree, ["article whose story_id disagrees with its story membership: 1 (f)"]),
    (site_line_over_counted, ["site line counted on more pages than its site has: 1 (ex nav)"]),
])
def test_each_broken_invariant_is_named_with_its_keys(store, run_id, damage: Callable, expected: list[str]):
    sound(store, run_id)
    damage(store, run_id)
    assert store.check_integrity() == expected


def test_sqlite_checks_its_search_index_and_foreign_keys(sqlite_store: SqliteStore):
    run_id = sqlite_store.begin_run(inputs=[], settings={}, stages={})
    sound(sqlite_store, run_id)
    conn = sqlite_store._conn
    conn.execute("INSERT INTO article_fts (rowid, title, text, site) VALUES (99, 'fantome', 'fantome', '')")
    conn.execute("PRAGMA foreign_keys = OFF")
    conn.execute("INSERT INTO fingerprints (fingerprint, article_id, version) VALUES ('f-z', 'z', 1)")
    problems = sqlite_store.check_integrity()
    assert problems[0].startswith("foreign key: fingerprints row ")
    assert problems[1:] == ["search index row for an article that is not stored: 1 (99)",
                            "search index rows and articles differ in number: 1 (4 rows for 3 articles)"]


def test_a_check_sees_one_snapshot_of_a_store_being_written(sqlite_store: SqliteStore, tmp_path):
    run_id = sqlite_store.begin_run(inputs=[], settings={}, stages={})
    sound(sqlite_store, run_id)
    with SqliteStore(sqlite_store.path) as other, other.write_batch():
        links_without_their_articles(other, run_id)
        assert sqlite_store.check_integrity() == []  # not committed: not seen
    assert "story member that is not a stored article: 1 (d)" in sqlite_store.check_integrity()
