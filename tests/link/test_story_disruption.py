"""Disruption days: transport forecasts and reports grouped by the day of disruption they describe."""
from __future__ import annotations

import pytest

from veille.article import Article, Entity, Event
from veille.link.stories import StoryConfig, StoryLinker
from veille.link.story_disruption import disruption
from veille.store.sqlite import SqliteStore

from tests.link.test_stories import WordEmbedder

FRIDAY_JAMS = ("Au deuxième jour de grève, les routes de la métropole lilloise sont saturées. À 8 heures, le "
               "centre régional d'information routière comptait 180 kilomètres de bouchons autour de Lille.")
MONDAY_JAMS = ("Les routes de la métropole lilloise sont saturées ce lundi matin. À 8 heures, le centre régional "
               "d'information routière comptait 240 kilomètres de bouchons autour de Lille.")
MONDAY_FORECAST = ("Grève : la métropole lilloise sera saturée lundi. Ilévia annonce un métro sur trois à Lille, "
                   "les usagers sont invités à télétravailler.")


def dispatch(ident: str, title: str, text: str, published: str, day: str | None = None,
             names: tuple[str, ...] = ()) -> Article:
    """An article as the NLP stage leaves it: its lead sentence dated ``day``, ``names`` tagged as places
    or organisations."""
    lead = text.split(". ")[0] + "."
    entities = [Entity(text=n, label="LOC" if n == "Lille" else "ORG", start=text.index(n),
                       end=text.index(n) + len(n)) for n in names]
    return Article(id=ident, source_id=ident, title=title, text=text, published=published,
                   events=[Event(date=day, text=lead)] if day else [], entities=entities)


def link(tmp_path, articles: list[Article], config: StoryConfig | None = None, name: str = "stories") -> None:
    """Link ``articles`` in one batch into a fresh store ``name`` under ``tmp_path``."""
    with SqliteStore(tmp_path / f"{name}.db") as store:
        stories = StoryLinker(config)
        stories.embedder = WordEmbedder()
        stories.bind(store)
        assert not [r for r in stories.process_batch(articles) if isinstance(r, Exception)]


def test_a_disruption_title_describes_its_days_else_its_leads_else_its_own():
    assert disruption(dispatch("t", "Grève : trafic perturbé mardi", "Rien.", "2025-03-10T18:00:00+01:00"),
                      300).days == {"2025-03-11"}
    lead = dispatch("l", "Grève : 240 km de bouchons", MONDAY_JAMS, "2025-03-10T08:00:00+01:00", "2025-03-10")
    assert disruption(lead, 300).days == {"2025-03-10"}
    undated = dispatch("u", "Grève : 180 km de bouchons", FRIDAY_JAMS, "2025-03-07T08:00:00+01:00")
    assert disruption(undated, 300).days == {"2025-03-07"}
    assert disruption(dispatch("n", "Lille : le métro fête ses 40 ans", MONDAY_JAMS, "2025-03-10"), 300) is None


@pytest.mark.parametrize("title", ["Covid-19 : la circulation du virus s'accélère lundi",
                                   "Lille : un trafic de drogue démantelé mardi", "Ligue 1 : un match perturbé samedi",
                                   "Gratuité des transports : le maire veut essayer lundi"])
def test_a_disruption_word_without_transport_in_the_title_describes_no_day(title):
    assert disruption(dispatch("v", title, MONDAY_JAMS, "2025-03-10T08:00:00+01:00", "2025-03-10"), 300) is None


def test_the_day_before_that_a_lead_recalls_is_not_the_day_it_describes():
    text = "Le trafic était fluide jeudi. Les bouchons reviennent ce vendredi sur le périphérique."
    article = dispatch("r", "Grève : retour des bouchons", text, "2025-03-07T08:00:00+01:00")
    article.events = [Event(date="2025-03-06", text="Le trafic était fluide jeudi."),
                      Event(date="2025-03-07", text="Les bouchons reviennent ce vendredi sur le périphérique.")]
    assert disruption(article, 300).days == {"2025-03-07"}


def test_jams_of_another_day_are_another_development_however_alike(tmp_path):
    friday = dispatch("f", "Grève : 180 km de bouchons autour de Lille", FRIDAY_JAMS, "2025-03-07T08:00:00+01:00")
    monday = dispatch("m", "Grève : 240 km de bouchons autour de Lille", MONDAY_JAMS, "2025-03-10T08:00:00+01:00",
                      "2025-03-10")
    link(tmp_path, [friday, monday])
    assert monday.story_id != friday.story_id


@pytest.mark.parametrize(("day", "names", "joined"), [
    ("2025-03-10", ("Lille",), True),
    ("2025-03-11", ("Lille",), False),  # Tuesday's jams: another day of disruption
    ("2025-03-10", (), False),  # nothing named in common: their words alone
])
def test_a_days_forecast_and_that_days_jams_are_one_development(tmp_path, day, names, joined):
    forecast = dispatch("f", "Grève : trafic très perturbé lundi à Lille", MONDAY_FORECAST,
                        "2025-03-09T18:00:00+01:00", names=names)
    jams = dispatch("j", "Grève : 240 km de bouchons", MONDAY_JAMS, "2025-03-10T08:00:00+01:00", day, names=names)
    link(tmp_path, [forecast, jams])
    assert (jams.story_id == forecast.story_id) is joined


def test_the_disruption_bonus_is_what_joins_them(tmp_path):
    forecast = dispatch("f", "Grève : trafic très perturbé lundi à Lille", MONDAY_FORECAST,
                        "2025-03-09T18:00:00+01:00", names=("Lille",))
    jams = dispatch("j", "Grève : 240 km de bouchons", MONDAY_JAMS, "2025-03-10T08:00:00+01:00", "2025-03-10",
                    names=("Lille",))
    link(tmp_path, [forecast, jams], StoryConfig(disruption_weight=0.0))
    assert jams.story_id != forecast.story_id
