"""Values of date expressions against a publication date."""
from __future__ import annotations

from datetime import date

import pytest

from veille.extract.date_values import resolve_weekday, value_date
from veille.extract.french_dates import scan_dates

MONDAY_10_JAN_2022 = date(2022, 1, 10)


def _value(text: str, anchor: date | None = MONDAY_10_JAN_2022, tense: str | None = None) -> str | None:
    (expression,) = scan_dates(text)
    return value_date(expression, anchor, tense)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("demain", "2022-01-11"),
        ("après-demain", "2022-01-12"),
        ("hier", "2022-01-09"),
        ("avant-hier", "2022-01-08"),
        ("aujourd'hui", "2022-01-10"),
        ("le 17 décembre 2021", "2021-12-17"),
        ("le 3/4/2020", "2020-04-03"),
        ("fin janvier", "2022-01"),
        ("début mars", "2022-03"),
        ("mi-décembre", "2021-12"),
        ("la semaine dernière", "2022-W01"),
        ("le mois prochain", "2022-02"),
        ("l'an dernier", "2021"),
        ("en 2019", "2019"),
        ("du 3 au 5 mars 2020", "2020-03-03/2020-03-05"),
        ("de 2019 à 2021", "2019/2021"),
        ("2019-2021", "2019/2021"),
        ("d'avril 2016 à mars 2017", "2016-04/2017-03"),
        ("de novembre à février", "2021-11/2022-02"),
        ("de jeudi à samedi", "2022-01-13/2022-01-15"),
        ("au début des années 90", "1990/1999"),
        ("au troisième trimestre 2019", "2019-07/2019-09"),
        ("au second semestre 2021", "2021-07/2021-12"),
        ("les années 1970 et 1980", "1970/1989"),
        ("la fin de l'année", "2022"),
        ("au début du mois", "2022-01"),
        ("il y a plus de dix ans", "2012"),
        ("il y a trois jours", "2022-01-07"),
        ("dans deux semaines", "2022-W04"),
    ],
)
def test_value_date_is_iso_at_the_precision_of_the_text(text: str, value: str) -> None:
    assert _value(text) == value


def test_value_date_infers_the_nearest_year() -> None:
    assert _value("le 28 décembre") == "2021-12-28"  # published in January: last December
    assert _value("le 28 janvier", date(2022, 2, 9)) == "2022-01-28"
    assert _value("le 3 janvier", date(2021, 12, 20)) == "2022-01-03"


def test_value_date_month_with_direction_is_strictly_before_or_after() -> None:
    assert _value("janvier dernier", date(2022, 1, 20)) == "2021-01"
    assert _value("janvier prochain", date(2022, 1, 20)) == "2023-01"


def test_value_date_weekday_follows_the_tense() -> None:
    wednesday = date(2022, 1, 12)
    assert _value("lundi", wednesday, "past") == "2022-01-10"
    assert _value("lundi", wednesday, "future") == "2022-01-17"
    assert _value("lundi", wednesday, None) == "2022-01-10"  # no tense: the nearest Monday, two days ago
    assert _value("lundi", date(2022, 1, 15), None) == "2022-01-17"  # read on a Saturday: in two days
    assert _value("lundi", MONDAY_10_JAN_2022, "past") == "2022-01-10"  # same day
    assert _value("jeudi", wednesday, "present") == "2022-01-13"  # nearest either way


def test_value_date_dernier_and_prochain_exclude_the_publication_day() -> None:
    assert _value("lundi dernier") == "2022-01-03"
    assert _value("lundi prochain") == "2022-01-17"


def test_value_date_night_spans_two_days_ending_by_publication() -> None:
    thursday = date(2022, 1, 13)
    assert _value("dans la nuit de mercredi à jeudi", thursday, "past") == "2022-01-12/2022-01-13"


def test_value_date_without_publication_values_only_self_contained_dates() -> None:
    assert _value("le 17 décembre 2021", None) == "2021-12-17"
    assert _value("demain", None) is None
    assert _value("le 10 janvier", None) is None


def test_value_date_rejects_impossible_days() -> None:
    assert _value("le 31 février") is None
    assert _value("le 29 février", date(2024, 3, 1)) == "2024-02-29"


def test_resolve_weekday_never_moves_more_than_a_week() -> None:
    for day in range(7):
        for weekday in range(7):
            anchor = date(2022, 1, 10 + day)
            for tense in ("past", "future", "present", None):
                resolved = resolve_weekday(weekday, anchor, tense=tense)  # type: ignore[arg-type]
                assert resolved.weekday() == weekday and abs((resolved - anchor).days) < 7


def test_value_date_year_follows_a_past_or_future_verb() -> None:
    july = date(2020, 7, 2)
    assert _value("le 19 décembre", july, "past") == "2019-12-19"  # "avait ouvert une enquête le 19 décembre"
    assert _value("le 19 décembre", july, None) == "2020-12-19"  # nearest
    assert _value("en octobre", date(2020, 6, 27), "past") == "2019-10"
    assert _value("le 10 février", date(2022, 2, 9), "past") == "2022-02-10"  # a page dated a day early


def test_value_date_day_with_direction() -> None:
    assert _value("le 5 novembre prochain", date(2020, 6, 30)) == "2020-11-05"
    assert _value("le 5 novembre dernier", date(2020, 6, 30)) == "2019-11-05"


def test_value_date_takes_the_year_where_the_day_is_the_weekday_written() -> None:
    # Saturday 16 March is 2019's, not the nearest March (2020's, a Monday)
    assert _value("le samedi 16 mars", date(2019, 11, 16)) == "2019-03-16"


def test_value_date_keeps_a_slipped_weekday_near_publication() -> None:
    # 13 July 2019 is a Saturday, but a page of that day means that day, not Friday 13 July 2018
    assert _value("vendredi 13 juillet", date(2019, 7, 13), "past") == "2019-07-13"
