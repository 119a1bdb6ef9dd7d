"""Yearless days and months in a story told about a past year take that year, not publication's."""
from __future__ import annotations

import spacy

from veille.extract.dates import find_dates

BLANK = spacy.blank("fr")
PUBLISHED = "2022-01-10"


def _values(text: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(BLANK(text), PUBLISHED)]


def test_a_retrospective_dates_its_yearless_days_in_the_year_it_opened_with() -> None:
    text = ("- Les débuts -En mars 1990, la mairie lance le chantier du pont.- Les travaux -Le 4 juin, la première "
            "pierre est posée. Le 20 octobre, le tablier est achevé.")
    assert _values(text) == [("En mars 1990", "1990-03"), ("Le 4 juin", "1990-06-04"),
                             ("Le 20 octobre", "1990-10-20")]


def test_a_paragraph_about_a_past_year_dates_its_months() -> None:
    text = "L'année 2016 a été difficile pour le club. En avril, il a perdu son entraîneur. Et en mai, son président."
    assert _values(text) == [("L'année 2016", "2016"), ("En avril", "2016-04"), ("en mai", "2016-05")]


def test_a_year_inside_a_sentence_does_not_frame_what_follows() -> None:
    text = "Le pont, fermé en 2012 après une crue, a rouvert. Une fête sera organisée le 4 juin."
    assert _values(text)[1] == ("le 4 juin", "2022-06-04")


def test_a_day_that_names_its_weekday_stays_near_publication() -> None:
    text = "En 2012, le pont avait fermé. Lundi 10 janvier, il a rouvert."
    assert _values(text)[1] == ("Lundi 10 janvier", "2022-01-10")


def test_a_date_of_this_year_ends_the_story() -> None:
    text = "En 2012, le pont avait fermé. Hier, il a rouvert. Une fête sera organisée le 4 juin."
    assert _values(text)[2] == ("le 4 juin", "2022-06-04")


def test_le_jour_meme_goes_on_with_the_story_year() -> None:
    text = ("Le 3 mai 1990, la digue cède, emportant dix maisons le jour même. Le 9 mai, les secours quittent les "
            "lieux.")
    assert _values(text) == [("Le 3 mai 1990", "1990-05-03"), ("le jour même", "1990-05-03"),
                             ("Le 9 mai", "1990-05-09")]


def test_a_season_of_a_past_year_frames_the_story() -> None:
    text = "Au printemps 1990, la mairie lance le chantier. Le 4 juin, la première pierre est posée."
    assert _values(text) == [("Au printemps 1990", "1990-03/1990-06"), ("Le 4 juin", "1990-06-04")]


def test_a_yearless_day_takes_the_year_of_its_month_written_just_before() -> None:
    text = ("Les victimes des crues de mars 2016 ont porté plainte. Selon elles, l'alerte donnée le 9 mars, "
            "à la veille de la montée des eaux, est venue trop tard. En mars, la mairie a répondu.")
    values = _values(text)
    assert values[1] == ("le 9 mars", "2016-03-09")
    assert values[-1] == ("En mars", "2021-03")  # a month alone stays near publication
