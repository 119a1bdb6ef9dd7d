"""Day-month(-year) expressions and the year a yearless day is given."""
from __future__ import annotations

from datetime import date

from veille.clean.french_dates import DayMonth, find_day_months, infer_year, nearest_year, past_full_dates


def _day(day: int, month: int) -> DayMonth:
    return DayMonth(day=day, month=month, year=None, start=0, end=0)


def test_french_dates_finds_days_with_and_without_years() -> None:
    found = find_day_months("le 1er mars 2020, puis mardi 3 déc. et le 31 février, enfin 12 juin 2019")
    assert [(d.day, d.month, d.year) for d in found] == [(1, 3, 2020), (3, 12, None), (12, 6, 2019)]


def test_french_dates_ignores_words_that_only_contain_a_month() -> None:
    assert find_day_months("les 3 maisons et 12 marsupiaux") == []


def test_french_dates_past_events_skip_what_lies_ahead() -> None:
    text = "Le texte a été publié le 17 décembre 2021. Le vote aura lieu d'ici le 1er mars 2025 et le 3 juin 2019 on votait."
    assert past_full_dates(text) == [date(2021, 12, 17), date(2019, 6, 3)]


def test_french_dates_infers_year_from_past_events() -> None:
    assert infer_year(_day(10, 1), [date(2021, 12, 17), date(2019, 6, 3)]) == 2022
    assert infer_year(_day(20, 12), [date(2021, 12, 17)]) == 2021
    assert infer_year(_day(29, 2), [date(2021, 3, 1)]) == 2024
    assert infer_year(_day(10, 1), []) is None


def test_french_dates_nearest_year_crosses_new_year() -> None:
    assert nearest_year(_day(31, 12), date(2022, 1, 1)) == 2021
    assert nearest_year(_day(2, 1), date(2021, 12, 31)) == 2022
