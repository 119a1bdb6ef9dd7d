"""The web views on PostgreSQL give the records SQLite gives, for the same stored articles and stories."""
from __future__ import annotations

import numpy as np
import pytest

from veille.article import Article, Entity, Event, Quote
from veille.identity import identify
from veille.store.base import StoryMember, StoryRow, ViewFilters
from veille.store.postgres import PostgresStore
from veille.store.sqlite import SqliteStore

pytestmark = pytest.mark.postgres


def _article(n: int, site: str, published: str, speaker: str, *, story: str, copy_of: str | None = None) -> Article:
    said = f"Nous tiendrons le calendrier numéro {n}"
    text = f"Le chantier du tramway de Limoges avance. « {said} », a affirmé {speaker} mardi."
    start = text.index(said)
    return identify(Article(
        source_id=f"v:{n}", site=site, published=published, lang="fr" if n % 3 else "en", title=f"Tramway {n}",
        text=text, story_id=story, duplicate_of=copy_of,
        quotes=[Quote(type="direct", text=said, start=start, end=start + len(said), speaker=speaker,
                      speaker_id=speaker.lower().replace(" ", "-"))],
        entities=[Entity(text="Limoges", label="LOC", start=text.index("Limoges"),
                         end=text.index("Limoges") + 7, canonical="Limoges", entity_id="loc:limoges")],
        events=[Event(date="2025-03-18", text="Réunion de chantier")],
    ))


def _fill(store) -> list[Article]:
    run = store.begin_run(inputs=["views"], settings={}, stages={})
    articles = [_article(n, ("Le Veilleur", "Radio Sud", "Gazette")[n % 3], f"2025-03-{10 + n:02d}",
                         ("Anne Morel", "Paul Vidal")[n % 2], story=f"s{n % 2}") for n in range(6)]
    articles.append(_article(9, "Agrégateur", "2025-03-16T08:00:00", "Anne Morel", story="s0",
                             copy_of=articles[0].id))
    store.save(articles, run_id=run)
    store.finish_run(run, funnel={})
    for sid in ("s0", "s1"):
        members = [a for a in articles if a.story_id == sid]
        row = StoryRow(story_id=sid, label=f"Tramway {sid}", first_date=members[0].published,
                       last_date=members[-1].published, article_count=len(members),
                       centroid=np.zeros(4, dtype=np.float32).tobytes(),
                       state={"outlets": {m.site: 1 for m in members}, "entities": {"Limoges": 2}, "copies": 0,
                              "events": {"2025-03-18": 1}})
        for m in members:
            store.story_save(row, StoryMember(article_id=m.id, story_id=sid, published=m.published, title=m.title,
                                              duplicate_of=m.duplicate_of))
    return articles


@pytest.fixture
def both(tmp_path, pg_db_url):
    with SqliteStore(tmp_path / "v.db") as lite, PostgresStore(pg_db_url) as pg:
        articles = _fill(lite)
        _fill(pg)
        yield lite, pg, articles


@pytest.mark.parametrize("filters", [
    ViewFilters(), ViewFilters(date_from="2025-03-12", date_to="2025-03-14"), ViewFilters(site="radio sud"),
    ViewFilters(lang="EN"), ViewFilters(speaker="anne-morel"), ViewFilters(entity="loc:limoges", story="s1"),
])
def test_home_and_listing_match_sqlite(both, filters):
    lite, pg, _ = both
    assert pg.view_home(filters, limit=5) == lite.view_home(filters, limit=5)
    assert pg.view_search("", filters, limit=4, offset=1) == lite.view_search("", filters, limit=4, offset=1)


def test_story_and_person_pages_match_sqlite(both):
    lite, pg, articles = both
    assert pg.view_story("s0") == lite.view_story("s0") and pg.view_story("s0")["members"]
    assert pg.view_story("nope") is None
    assert pg.view_person("paul-vidal", limit=2, offset=1) == lite.view_person("paul-vidal", limit=2, offset=1)
    assert pg.view_person("nobody") is None
    assert pg.stories_with_event("2025-03-18", "2025-03-01", "2025-03-31~") == ["s0", "s1"]


def test_search_hits_and_facets_match_sqlite(both):
    lite, pg, _ = both
    on_pg, on_lite = pg.view_search("calendrier", ViewFilters()), lite.view_search("calendrier", ViewFilters())
    assert on_pg["total"] == on_lite["total"] == 7
    assert on_pg["facets"] == on_lite["facets"]
    assert sorted(h["id"] for h in on_pg["hits"]) == sorted(h["id"] for h in on_lite["hits"])
    assert {h["snippet"] for h in on_pg["hits"]} == {h["snippet"] for h in on_lite["hits"]}
    assert pg.view_search('"()*', ViewFilters()) == {"total": 0, "hits": [], "facets": {}}


def test_views_follow_a_new_ingest_run(both):
    _, pg, _ = both
    before = pg.view_home(ViewFilters())["volume"]
    run = pg.begin_run(inputs=["more"], settings={}, stages={})
    pg.save([_article(20, "Gazette", "2025-04-01", "Anne Morel", story="s2")], run_id=run)
    pg._views_checked = False  # a new request, as serve/ opens per request
    assert len(pg.view_home(ViewFilters())["volume"]) == len(before) + 1
