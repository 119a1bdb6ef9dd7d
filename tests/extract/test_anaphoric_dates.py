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


def test_compound_numbers_count_whole() -> None:
    # "Vingt-cinq", never "cinq"
    assert [(e.text, e.offset) for e in scan_dates("Vingt-cinq ans après, rien n'a changé.")] == [
        ("Vingt-cinq ans après", 25)]
    assert _values("Le pont a ouvert en 1990. Trente et un ans plus tard, il ferme.")[1] == (
        "Trente et un ans plus tard", "2021")


def test_the_following_week_counts_from_the_day_spoken_of() -> None:
    text = "Une cérémonie aura lieu jeudi 13 janvier et une autre la semaine suivante à Lille."
    assert _values(text) == [("jeudi 13 janvier", "2022-01-13"), ("la semaine suivante", "2022-W03")]


def test_ce_jour_la_is_the_day_spoken_of_not_today() -> None:
    text = "Le 4 décembre, le musée a fermé. Les visiteurs présents ce soir-là ont été évacués."
    assert _values(text) == [("Le 4 décembre", "2021-12-04"), ("ce soir-là", "2021-12-04")]


def test_l_annee_precedente_is_not_counted_from_the_story() -> None:
    # in a comparison it is the year before publication as often as the year before the story's
    assert scan_dates("Les loyers ont augmenté par rapport à l'année précédente.") == []
