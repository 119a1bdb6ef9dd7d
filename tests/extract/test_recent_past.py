"""A yearless date in a look back over the past year takes that year, not the coming one."""
from __future__ import annotations

import spacy

from veille.extract.dates import find_dates

BLANK = spacy.blank("fr")


def _values(text: str, published: str) -> list[tuple[str, str | None]]:
    return [(d.text, d.value) for d in find_dates(BLANK(text), published)]


def test_a_yearless_month_after_a_date_of_the_past_year_is_that_year() -> None:
    text = ("Le 3 novembre 2020, le collectif voit le jour. Les cortèges grossissent en janvier et février. "
            "En mars, la ferveur retombe.")
    assert _values(text, "2021-10-20") == [
        ("Le 3 novembre 2020", "2020-11-03"), ("en janvier", "2021-01"), ("février", "2021-02"),
        ("En mars", "2021-03")]


def test_a_yearless_month_without_a_past_year_told_stays_ahead() -> None:
    assert _values("La réforme entre en vigueur en janvier.", "2021-10-20") == [("en janvier", "2022-01")]


def test_a_date_written_long_before_frames_nothing() -> None:
    text = "Le 3 novembre 2015, le collectif voit le jour. La réforme entre en vigueur en janvier."
    assert _values(text, "2021-10-20")[-1] == ("en janvier", "2022-01")


def test_a_date_before_the_one_told_stays_ahead() -> None:
    # "en février" a year back would lie before March 2021, the date told: it is the coming February
    text = "Le 3 mars 2021, le collectif voit le jour. Le texte sera débattu en février."
    assert _values(text, "2021-10-20")[-1] == ("en février", "2022-02")


def test_a_range_of_years_frames_nothing() -> None:
    text = "Entre 2019 et 2020, le collectif a grandi. La réforme entre en vigueur en janvier."
    assert _values(text, "2020-10-20")[-1] == ("en janvier", "2021-01")
