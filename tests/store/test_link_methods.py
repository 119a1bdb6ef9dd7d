"""One ingest batch is written whole or not at all (store/link_methods.py), on both stores: the link
state its stages write commits with its articles, and nothing holds a lock before the first link write."""
from __future__ import annotations

import numpy as np
import pytest

from veille.errors import StoreError
from veille.link.dedup import NearDuplicateLinker
from veille.link.site_boilerplate import SiteBoilerplateLinker, line_hash
from veille.pipeline import SOURCE_FIELDS, Pipeline
from veille.store.base import Store, StoryMember, StoryRow
from veille.store.postgres import PostgresStore
from veille.store.sqlite import SqliteStore

from .conftest import build_article

BODY = ("Le conseil municipal de Limoges a voté mardi soir le prolongement de la ligne de tramway vers le campus "
        "universitaire, après trois heures de débat et une suspension de séance demandée par l'opposition.")
FURNITURE = "Retrouvez toutes nos vidéos"


def reopen(store: Store) -> Store:
    """A second connection to the same store, as a second process would have."""
    return SqliteStore(store.path) if isinstance(store, SqliteStore) else PostgresStore(store.url)


def link_pipeline(store: Store) -> Pipeline:
    stages = [SiteBoilerplateLinker(), NearDuplicateLinker()]
    for stage in stages:
        stage.bind(store)
    return Pipeline(stages, available=SOURCE_FIELDS | {"text"})


def batch() -> list:
    original = build_article("o:1", f"{BODY}\n{FURNITURE}", site="Le Veilleur", published="2025-03-04")
    copy = build_article("o:2", f"{BODY} Il entrera en service en 2027.\n{FURNITURE}", site="Le Veilleur",
                         published="2025-03-05")
    return [original, copy]


def story(story_id: str, count: int = 1) -> StoryRow:
    return StoryRow(story_id=story_id, label=story_id, first_date="2025-03-04", last_date="2025-03-04",
                    article_count=count, centroid=np.ones(4, dtype=np.float32).tobytes(), state={})


def test_a_batch_whose_save_fails_leaves_no_link_state(store, run_id):
    articles = batch()
    with pytest.raises(StoreError):
        with store.write_batch():
            done, funnel = link_pipeline(store).run(articles)
            assert done[1].duplicate_of == articles[0].id and not funnel.failures
            store.save(done, run_id=run_id + 99)  # no such run: refused, as a dying process never commits
    assert store.count_articles() == 0
    assert store.dedup_entry(articles[0].id) is None and store.dedup_entry(articles[1].id) is None
    assert store.site_line_counts("le veilleur", [line_hash(FURNITURE)]) == {line_hash(FURNITURE): 0}
    assert store.check_integrity() == []
    with store.write_batch():  # the same batch again finds the store as it was: linked once, as the first time
        done, _ = link_pipeline(store).run(batch())
        assert store.save(done, run_id=run_id) == ["new", "new"]
    assert store.get(articles[1].id).duplicate_of == articles[0].id
    assert store.dedup_entry(articles[1].id).root_id == articles[0].id
    assert store.site_line_counts("le veilleur", [line_hash(FURNITURE)]) == {line_hash(FURNITURE): 2}
    assert store.check_integrity() == []


def test_link_writes_and_articles_of_a_batch_appear_together(store, run_id):
    other = reopen(store)
    try:
        article = build_article("t:1", BODY)
        with store.write_batch():
            with store.link_batch():
                store.dedup_add(article.id, published=None, body_hash="h", root_id=article.id, shingles=b"\0" * 4,
                                band_keys=[1])
                store.story_save(story("s1"), StoryMember(article_id=article.id, story_id="s1", published=None,
                                                          title=None))
            assert store.dedup_entry(article.id) is not None  # the batch reads its own writes
            assert other.count_articles() == 0 and other.check_integrity() == []  # the others see none of it
            article.story_id = "s1"
            store.save([article], run_id=run_id)
            assert other.dedup_entry(article.id) is None
        assert other.count_articles() == 1 and other.story_of(article.id) == "s1"
        assert other.check_integrity() == []
    finally:
        other.close()


def test_site_lines_wait_in_memory_so_no_lock_is_held_before_the_first_link_write(store, run_id):
    store.add_site_lines("site", "p0", ["nav"])  # counted by an earlier batch
    other = reopen(store)
    try:
        with store.write_batch():
            store.add_site_lines("site", "p1", ["nav", "foot"])
            store.add_site_lines("site", "p1", ["nav", "foot", "ad"])  # the same page again: nothing more
            store.add_site_lines("site", "p0", ["nav", "ad"])  # counted before: nothing more
            assert store.site_line_counts("site", ["nav", "foot", "ad"]) == {"nav": 2, "foot": 1, "ad": 0}
            other.add_site_lines("site", "p2", ["nav"])  # another writer is not held up meanwhile
            other.save([build_article("w:1", "Écrit par un autre.")], run_id=run_id)
            assert other.site_line_counts("site", ["nav", "foot"]) == {"nav": 2, "foot": 0}
        assert other.site_line_counts("site", ["nav", "foot", "ad"]) == {"nav": 3, "foot": 1, "ad": 0}
        assert other.check_integrity() == []
    finally:
        other.close()


def test_link_batch_alone_still_commits_on_its_own(store):
    with store.link_batch():
        store.dedup_add("a", published=None, body_hash="h", root_id="a", shingles=b"\0" * 4, band_keys=[1])
    other = reopen(store)
    try:
        assert other.dedup_entry("a") is not None
    finally:
        other.close()
