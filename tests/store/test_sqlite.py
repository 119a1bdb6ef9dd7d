"""The store on both backends (the ``store`` fixture): classify/save semantics, versions, runs, streaming,
site lines, stats; SQLite-only checks take ``sqlite_store`` or a file path."""
from __future__ import annotations

import tracemalloc

import pytest

from veille.article import Dateline, Entity, Flags, Quote, RawPage
from veille.errors import StoreError
from veille.store.sqlite import SqliteStore


def _rows(store, table: str) -> int:
    return store._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # sqlite3 and psycopg alike


def test_store_opens_in_wal_with_foreign_keys(sqlite_store):
    conn = sqlite_store._conn
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert conn.execute("PRAGMA busy_timeout").fetchone()[0] > 0


def test_classify_tells_new_unchanged_and_changed(store, run_id, make_article):
    first = make_article("a:1", "Premier texte.", url="https://ex.fr/1")
    store.save([first], run_id=run_id)
    same = make_article("a:1", "Premier texte.", url="https://ex.fr/1")
    edited = make_article("a:1", "Premier texte, corrigé.", url="https://ex.fr/1")
    other = make_article("a:2", "Autre texte.", url="https://ex.fr/2")
    assert store.classify([same, edited, other]) == ["unchanged", "changed", "new"]
    assert store.count_articles() == 1  # classify writes nothing


def test_saving_the_same_batch_twice_adds_no_rows(store, run_id, make_article):
    batch = [make_article(f"a:{i}", f"Texte numéro {i}.", title=f"Titre {i}") for i in range(5)]
    assert store.save(batch, run_id=run_id) == ["new"] * 5
    counts = {t: _rows(store, t) for t in ("articles", "article_versions", "fingerprints")}
    assert store.save(batch, run_id=run_id) == ["unchanged"] * 5
    assert {t: _rows(store, t) for t in counts} == counts == dict.fromkeys(counts, 5)


def test_changed_page_becomes_version_two_of_one_article(store, run_id, make_article):
    v1 = make_article("a:1", "Le sommet aura lieu lundi.", url="https://ex.fr/sommet", title="Sommet")
    v2 = make_article("a:1", "Le sommet est reporté à mardi.", url="https://ex.fr/sommet", title="Sommet")
    store.save([v1], run_id=run_id)
    second_run = store.begin_run(inputs=["again"], settings={}, stages={})
    assert store.save([v2], run_id=second_run) == ["changed"]
    assert store.count_articles() == 1
    assert store.get(v1.id).text == "Le sommet est reporté à mardi."
    history = store.versions(v1.id)
    assert [(h["version"], h["fingerprint"], h["run_id"], h["current"]) for h in history] == [
        (1, v1.fingerprint, run_id, False), (2, v2.fingerprint, second_run, True),
    ]
    assert store.get_version(v1.id, 1).text == "Le sommet aura lieu lundi."
    assert store.get_version(v1.id, 2).text == "Le sommet est reporté à mardi."
    assert store.save([v1], run_id=second_run) == ["unchanged"]  # old content again is not a third version


def test_identical_content_through_another_source_id_is_a_noop(store, run_id, make_article):
    original = make_article("orangesum:12", "Même contenu mot pour mot.", title="Titre")
    copy = make_article("dump/page.txt#3", "Même   contenu mot pour mot.\n", title="Titre")
    assert original.id != copy.id and original.fingerprint == copy.fingerprint
    assert store.save([original, copy], run_id=run_id) == ["new", "unchanged"]
    assert store.save([copy], run_id=run_id) == ["unchanged"]
    assert store.count_articles() == 1 and store.get(copy.id) is None


def test_one_batch_with_two_versions_of_a_page_stores_both(store, run_id, make_article):
    v1 = make_article("a:1", "Version une.", url="https://ex.fr/x")
    v2 = make_article("a:1", "Version deux.", url="https://ex.fr/x")
    assert store.save([v1, v2], run_id=run_id) == ["new", "changed"]
    assert [v["version"] for v in store.versions(v1.id)] == [1, 2]
    assert store.search("deux").total == 1 and store.search("une").total == 0


def test_get_returns_the_full_record_without_raw(store, run_id, make_article):
    article = make_article(
        "a:1", "« Nous voulons des garanties », a déclaré M. Lavrov.", title="Garanties",
        url="https://ex.fr/g", site="Exemple", section="Monde", published="2022-01-10", lang="fr",
        boilerplate=["Suivez-nous"], flags=Flags(mt_residue=("[the talks]",), damaged_chars=1),
        dateline=Dateline(raw="GENÈVE, le 10 janvier.", place="Genève", agency="TASS"),
        quotes=[Quote(type="direct", text="Nous voulons des garanties", start=2, end=28, speaker="Sergueï Lavrov")],
        entities=[Entity(text="Lavrov", label="PER", start=45, end=51)],
        extra={"auteur": "Rédaction"}, raw=RawPage(format="text", content="page brute"),
        trace={"dateline": 2},
    )
    store.save([article], run_id=run_id)
    loaded = store.get(article.id)
    assert loaded.to_record() == article.to_record()
    assert loaded.trace == {"dateline": 2} and loaded.fingerprint == article.fingerprint
    assert loaded.raw is None
    assert "page brute" not in str(store._conn.execute("SELECT record FROM articles").fetchone()[0])


def test_save_is_all_or_nothing(store, run_id, make_article):
    good = make_article("a:1", "Bon article.")
    with pytest.raises(StoreError, match="(?i)foreign key"):
        store.save([good, make_article("a:2", "Run inconnu.")], run_id=run_id + 99)
    assert store.count_articles() == 0


def test_save_refuses_articles_without_identity(store, run_id):
    from veille.article import Article

    with pytest.raises(StoreError, match="identify"):
        store.save([Article(source_id="a:1", text="sans id")], run_id=run_id)


def test_runs_record_inputs_settings_stages_and_funnel(store):
    run = store.begin_run(inputs=["a.txt", "b.warc"], settings={"workers": 2}, stages={"dateline": 2})
    store.finish_run(run, funnel={"read": 3, "new": 2})
    (recorded,) = store.runs()
    assert recorded["inputs"] == ["a.txt", "b.warc"] and recorded["settings"] == {"workers": 2}
    assert recorded["stages"] == {"dateline": 2} and recorded["funnel"] == {"read": 3, "new": 2}
    assert recorded["finished"] >= recorded["started"]
    with pytest.raises(StoreError):
        store.finish_run(run + 1, funnel={})


def test_iter_articles_streams_every_article_once_in_order(store, run_id, make_article):
    batch = [make_article(f"a:{i}", f"Texte {i}.") for i in range(7)]
    store.save(batch, run_id=run_id)
    assert [a.id for a in store.iter_articles(batch_size=3)] == [a.id for a in batch]
    assert store.count_articles() == 7


def test_iter_articles_memory_stays_flat(store, run_id, make_article):
    body = "Un long paragraphe de dépêche sur les garanties de sécurité. " * 150  # ~9 kB per article
    for start in range(0, 600, 100):
        store.save([make_article(f"a:{i}", f"{i} {body}") for i in range(start, start + 100)], run_id=run_id)
    tracemalloc.start()
    try:
        seen = sum(len(a.text) for a in store.iter_articles(batch_size=20))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert seen > 5_000_000
    assert peak < seen / 10  # a few batches in memory, never the whole table


def test_site_lines_count_distinct_pages_idempotently(store):
    store.add_site_lines("exemple.fr", "p1", ["h-nav", "h-foot", "h-nav"])
    store.add_site_lines("exemple.fr", "p2", ["h-nav"])
    store.add_site_lines("exemple.fr", "p2", ["h-nav", "h-other"])  # same page again: no change
    store.add_site_lines("autre.fr", "p1", ["h-nav"])
    assert store.site_line_counts("exemple.fr", ["h-nav", "h-foot", "h-other", "h-none"]) == {
        "h-nav": 2, "h-foot": 1, "h-other": 0, "h-none": 0,
    }


def test_site_line_counts_handles_more_hashes_than_one_query_binds(store):
    hashes = [f"h{i}" for i in range(2500)]
    store.add_site_lines("exemple.fr", "p1", hashes)
    assert sum(store.site_line_counts("exemple.fr", hashes).values()) == 2500


def test_stats_summarise_the_store(store, run_id, make_article):
    store.save([
        make_article("a:1", "Un.", site="Exemple", lang="fr", published="2022-01-10"),
        make_article("a:2", "Deux.", site="Exemple", lang="fr", published="2021-12-17T09:00:00"),
        make_article("a:3", "Three.", site="Other", lang="en", published="2022-02-09"),
    ], run_id=run_id)
    stats = store.stats()
    assert stats["articles"] == 3 and stats["versions"] == 3 and stats["runs"] == 1
    assert stats["sites"] == {"Exemple": 2, "Other": 1}
    assert stats["languages"] == {"fr": 2, "en": 1}
    assert stats["published"] == {"first": "2021-12-17T09:00:00", "last": "2022-02-09"}
    assert stats["db_bytes"] > 0


def test_store_survives_reopening(tmp_path, make_article):
    path = tmp_path / "veille.db"
    with SqliteStore(path) as first:
        run = first.begin_run(inputs=[], settings={}, stages={})
        first.save([make_article("a:1", "Persistant et cherchable.")], run_id=run)
    with SqliteStore(path) as again:
        assert again.count_articles() == 1 and again.search("cherchable").total == 1


def test_a_file_that_is_not_sqlite_gives_a_store_error(tmp_path):
    bogus = tmp_path / "notes.db"
    bogus.write_text("ceci n'est pas une base de données\n" * 100)
    with pytest.raises(StoreError, match="notes.db"):
        SqliteStore(bogus)


@pytest.mark.parametrize("backend", ["sqlite", "postgres"])
def test_store_backends_implement_the_store_protocol_exactly(backend):
    import inspect

    from veille.store.base import Store
    from veille.store.postgres import PostgresStore

    store_class = SqliteStore if backend == "sqlite" else PostgresStore
    members = [n for n, v in vars(Store).items() if callable(v) and not n.startswith("_")]
    assert len(members) >= 12
    for name in members:
        assert inspect.signature(getattr(store_class, name)) == inspect.signature(getattr(Store, name)), name
