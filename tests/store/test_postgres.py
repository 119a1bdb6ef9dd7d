"""What only the PostgreSQL store has to show: garbage a server refuses, concurrent savers, and the
link lock. Its behaviour shared with SQLite runs through the ``store`` fixture (test_sqlite*.py)."""
from __future__ import annotations

import multiprocessing
import threading

import pytest

from veille.store.postgres import PostgresStore

from .conftest import build_article

pytestmark = pytest.mark.postgres


def test_nul_characters_are_dropped_not_fatal(pg_db_url):
    with PostgresStore(pg_db_url) as store:
        run = store.begin_run(inputs=["a\x00b"], settings={"k": "v\x00"}, stages={})
        article = build_article("n:1", "Texte\x00 avec un nul.", title="Ti\x00tre", extra={"x": "\\u0000 écrit"})
        assert store.save([article], run_id=run) == ["new"]
        loaded = store.get(article.id)
        assert loaded.text == "Texte avec un nul." and loaded.title == "Titre"
        assert loaded.extra == {"x": "\\u0000 écrit"}  # a written backslash-u is text, kept as typed
        assert store.search("nul").total == 1


def _save_batch(url: str, start: int, barrier) -> list[str]:
    with PostgresStore(url) as store:
        run = store.begin_run(inputs=[str(start)], settings={}, stages={})
        batch = [build_article(f"c:{i}", f"Dépêche numéro {i} sur le sommet.") for i in range(start, start + 60)]
        barrier.wait()
        return store.save(batch, run_id=run)


def test_concurrent_savers_of_overlapping_batches_store_each_article_once(pg_db_url):
    ctx = multiprocessing.get_context("spawn")
    with ctx.Manager() as manager:
        barrier = manager.Barrier(3)
        with ctx.Pool(3) as pool:
            results = pool.starmap(_save_batch, [(pg_db_url, 0, barrier), (pg_db_url, 30, barrier),
                                                 (pg_db_url, 45, barrier)])
    assert sum(s.count("new") for s in results) == 105  # 0..104, each stored by exactly one process
    assert sum(s.count("unchanged") for s in results) == 180 - 105
    with PostgresStore(pg_db_url) as store:
        assert store.count_articles() == 105 and store.stats()["versions"] == 105
        assert store.search("sommet").total == 105


def test_a_link_batch_holds_other_linkers_until_it_commits(pg_db_url):
    first, second = PostgresStore(pg_db_url), PostgresStore(pg_db_url)
    try:
        seen: list[str | None] = []
        with first.link_batch():
            first.dedup_add("a", published=None, body_hash="h", root_id="a", shingles=b"\0" * 4, band_keys=[1])
            waiter = threading.Thread(target=lambda: (second.dedup_add(
                "b", published=None, body_hash="h", root_id="b", shingles=b"\0" * 4, band_keys=[1]),
                seen.append(getattr(second.dedup_entry("a"), "article_id", None))))
            waiter.start()
            waiter.join(timeout=0.5)
            assert waiter.is_alive()  # blocked on the link lock, not interleaving
        waiter.join(timeout=10)
        assert seen == ["a"]
        assert [e.article_id for e in first.dedup_candidates("h", [1], limit=5)] == ["a", "b"]
    finally:
        first.close()
        second.close()


def test_an_unreachable_database_is_a_store_error(pg_url):
    from veille.errors import StoreError

    with pytest.raises(StoreError, match="cannot connect"):
        PostgresStore(pg_url.rsplit("/", 1)[0] + "/no_such_database")
