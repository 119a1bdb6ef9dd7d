""""La veille", "le lendemain", "deux ans plus tard" count from the date spoken of before, not from publication."""
from __future__ import annotations

import spacy

from veille.extract.dates import find_dates
from veille.extract.french_dates import scan_dates

BLANK = spacy.blank("fr")


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(BLANK(text), "2022-01-10")]


def test_le_lendemain_is_the_day_after_the_last_day_spoken_of() -> None:
    text = "Le 1er décembre, la guide a été blessée. Elle est décédée le lendemain à l'hôpital."
    assert _values(text) == [("Le 1er décembre", "2021-12-01"), ("le lendemain", "2021-12-02")]


def test_each_la_veille_counts_from_the_same_day() -> None:
    text = ("Le ministre a défendu lundi 10 janvier les mesures présentées la veille. "
            "Il a détaillé l'annonce phare de la veille.")
    assert [v for _, v in _values(text)] == ["2022-01-10", "2022-01-09", "2022-01-09"]


def test_without_a_day_before_la_veille_is_found_but_not_valued() -> None:
    assert _values("En mars, le club avait tout perdu la veille.")[1] == ("la veille", None)


def test_years_later_count_from_the_last_year_spoken_of() -> None:
    text = "Arrivé au club en 1999, il en devient le président deux ans plus tard."
    assert _values(text) == [("en 1999", "1999"), ("deux ans plus tard", "2001")]


def test_idioms_and_other_anchors_are_not_anaphoric_dates() -> None:
    assert scan_dates("Ils ont été licenciés du jour au lendemain.") == []
    assert scan_dates("Le débat a eu lieu la veille de l'élection.") == []
    assert scan_dates("Il est revenu trois jours après l'incendie.") == []
    assert [e.text for e in scan_dates("Vingt-cinq ans après, rien n'a changé.")] == []
