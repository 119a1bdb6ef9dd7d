"""The home page's top speakers and entities read from sums are the ones grouping every row gives."""
from __future__ import annotations

import pytest

from veille.article import Article, Entity, Quote
from veille.identity import identify
from veille.store import view_top
from veille.store.base import ViewFilters
from veille.store.dialect import where_clause
from veille.store.sqlite import SqliteStore
from veille.store.view_top import ENTITIES, SPEAKERS, top_rows

_PEOPLE = ("Anne Morel", "Paul Vidal", "Lea Roux", "Marc Petit", "Ines Blanc")
_PLACES = ("Limoges", "Brive", "Tulle", "Guéret", "Ussel", "Aubusson", "Uzerche")


def _article(n: int) -> Article:
    said = f"Nous tiendrons le calendrier {n}"
    place = _PLACES[(n * n) % len(_PLACES)]
    text = f"À {place}, « {said} », a affirmé quelqu'un."
    start = text.index(said)
    speakers = _PEOPLE[: 1 + n % len(_PEOPLE)]  # early names are quoted more often
    return identify(Article(
        source_id=f"t:{n}", site=("Le Veilleur", "Radio Sud")[n % 2], lang=("fr", "en")[n % 5 == 0],
        published=f"2025-{1 + n % 4:02d}-{1 + (n * 7) % 28:02d}" if n % 11 else None, title=f"T{n}", text=text,
        quotes=[Quote(type="direct", text=said, start=start, end=start + len(said), speaker=s,
                      speaker_id=s.lower().replace(" ", "-")) for s in speakers],
        entities=[Entity(text=place, label="LOC", start=3, end=3 + len(place), canonical=place,
                         entity_id=f"loc:{place.lower()}")],
    ))


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    with SqliteStore(tmp_path_factory.mktemp("top") / "t.db") as store:
        run = store.begin_run(inputs=["top"], settings={}, stages={})
        store.save([_article(n) for n in range(120)], run_id=run)
        store.finish_run(run, funnel={})
        yield store


@pytest.mark.parametrize("filters", [
    ViewFilters(date_from="2025-01-01", date_to="2025-12-31"),
    ViewFilters(date_from="2025-02-10", date_to="2025-03-20"),
    ViewFilters(date_from="2025-02-01", date_to="2025-02-28"),
    ViewFilters(date_from="2025-03-05", date_to="2025-03-09"),
    ViewFilters(date_from="2025-03-15"),
    ViewFilters(date_to="2025-02-14"),
    ViewFilters(site="radio sud"),
    ViewFilters(lang="EN", date_from="2025-02-02"),
    ViewFilters(speaker="paul-vidal"),
])
def test_top_rows_from_sums_equal_grouping_every_row(store, filters, monkeypatch):
    monkeypatch.setattr(view_top, "SMALL_PERIOD", 0)  # always the threshold over the sums
    monkeypatch.setattr(view_top, "FIRST_BATCH", 1)  # and in as many batches as it takes
    conn, d = store._views(), store._dialect
    where, params = store._view_where(filters)
    for top in (SPEAKERS, ENTITIES):
        grouped = top.grouped.format(where=where_clause([*top.always, *where]))
        expected = d.run(conn, f"{grouped} ORDER BY {top.rank + 1} DESC, 1 LIMIT 10", params).fetchall()
        assert top_rows(conn, d, top, filters, where, params) == [tuple(r) for r in expected]
