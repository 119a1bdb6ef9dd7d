"""Datelines: read at the start of the body, taken out of the text, never guessed from prose."""
from __future__ import annotations

import pytest

from veille.article import Article, Dateline
from veille.clean.dateline import DatelineParser, nice_place, parse_dateline


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("PARIS (AFP) - Le Premier ministre", Dateline(raw="PARIS (AFP) -", place="Paris", agency="AFP")),
        ("Paris, 3 mars (Reuters) - Les marchés", Dateline(raw="Paris, 3 mars (Reuters) -", place="Paris", agency="Reuters")),
        ("(AFP) - Les pompiers", Dateline(raw="(AFP) -", agency="AFP")),
        ("Lyon, le 5 mai 2020 – La ville", Dateline(raw="Lyon, le 5 mai 2020 –", place="Lyon", date="2020-05-05")),
        (
            "STRASBOURG, le 2 février. / TASS /. Les députés",
            Dateline(raw="STRASBOURG, le 2 février. / TASS /.", place="Strasbourg", agency="TASS"),
        ),
        ("Auvergne (infos-locales.fr), - Le col", Dateline(raw="Auvergne (infos-locales.fr), -", place="Auvergne", agency="infos-locales.fr")),
        ("AIX-EN-PROVENCE (afp) — Un incendie", Dateline(raw="AIX-EN-PROVENCE (afp) —", place="Aix-en-Provence", agency="AFP")),
        ("NEW YORK, 12 juin (AP) - Wall Street", Dateline(raw="NEW YORK, 12 juin (AP) -", place="New York", agency="AP")),
    ],
)
def test_dateline_reads_common_wire_forms(text: str, expected: Dateline) -> None:
    found = parse_dateline(text)
    assert found is not None
    dateline, rest = found
    assert dateline == expected
    assert text == f"{dateline.raw} {rest}"


@pytest.mark.parametrize(
    "text",
    [
        "Le 17 décembre 2021, le ministère a publié deux projets.",
        "Emmanuel Macron (LREM) - Le président a parlé.",
        "POLITIQUE - La majorité se divise.",
        "Paris, le 5 mai 2020, la ministre a tranché.",
        "La Biélorussie est prête à discuter.",
        "Lyon (Rhône) - une fuite de gaz.",
    ],
)
def test_dateline_is_not_read_from_prose_or_rubrics(text: str) -> None:
    assert parse_dateline(text) is None


def test_dateline_may_stand_on_its_own_line() -> None:
    dateline, rest = parse_dateline("BORDEAUX (AFP)\nLe tribunal a rendu son jugement.")
    assert dateline.place == "Bordeaux" and rest == "Le tribunal a rendu son jugement."


def test_dateline_title_cases_places_written_in_capitals() -> None:
    assert nice_place("SAINT-ÉTIENNE") == "Saint-Étienne"
    assert nice_place("BOULOGNE-SUR-MER") == "Boulogne-sur-Mer"
    assert nice_place("CÔTES-D'ARMOR") == "Côtes-d'Armor"
    assert nice_place("Biélorussie") == "Biélorussie"


def test_dateline_stage_moves_the_dateline_out_of_the_text() -> None:
    article = DatelineParser().process(Article(source_id="d", text="MARSEILLE (AFP) - Le port rouvre.\nSuite."))
    assert article.dateline == Dateline(raw="MARSEILLE (AFP) -", place="Marseille", agency="AFP")
    assert article.text == "Le port rouvre.\nSuite."
    assert "MARSEILLE (AFP) -" not in article.boilerplate


def test_dateline_stage_leaves_text_without_dateline_unchanged() -> None:
    text = "Le port rouvre après trois jours de grève."
    article = DatelineParser().process(Article(source_id="d", text=text))
    assert article.dateline is None and article.text == text
