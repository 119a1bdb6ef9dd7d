"""find_dates over a Doc: offsets, values, and the verb tense a weekday hangs on."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.extract.dates import find_dates, parse_published

BLANK = spacy.blank("fr")


def _parsed(words: list[str], pos: list[str], morphs: list[str], heads: list[int], deps: list[str]) -> Doc:
    return Doc(BLANK.vocab, words=words, pos=pos, morphs=morphs, heads=heads, deps=deps)


def _past_monday_doc() -> Doc:
    # "Il a signé lundi": passé composé
    return _parsed(
        ["Il", "a", "signé", "lundi"],
        ["PRON", "AUX", "VERB", "NOUN"],
        ["Person=3", "Mood=Ind|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", ""],
        [2, 2, 2, 2],
        ["nsubj", "aux:tense", "ROOT", "obl:mod"],
    )


def _future_monday_doc() -> Doc:
    # "Il signera lundi": futur
    return _parsed(
        ["Il", "signera", "lundi"],
        ["PRON", "VERB", "NOUN"],
        ["Person=3", "Mood=Ind|Tense=Fut|VerbForm=Fin", ""],
        [1, 1, 1],
        ["nsubj", "ROOT", "obl:mod"],
    )


def test_find_dates_values_relative_days_against_publication() -> None:
    doc = BLANK("J'espère que demain, et après-demain, il y aura plus de compréhension.")
    assert [(d.text, d.value) for d in find_dates(doc, "2022-01-10")] == [
        ("demain", "2022-01-11"), ("après-demain", "2022-01-12")]


def test_find_dates_offsets_point_into_the_doc_text() -> None:
    doc = BLANK("Selon lui, tout a commencé le 3 mars 2020, puis fin avril.")
    for mention in find_dates(doc, "2020-06-01"):
        assert doc.text[mention.start:mention.end] == mention.text


def test_find_dates_reads_a_datetime_publication() -> None:
    doc = BLANK("Il est parti hier.")
    assert find_dates(doc, "2022-02-09T14:03:00+01:00")[0].value == "2022-02-08"


def test_find_dates_keeps_relative_dates_unvalued_without_publication() -> None:
    doc = BLANK("Il est parti hier.")
    (mention,) = find_dates(doc, None)
    assert mention.text == "hier" and mention.value is None


def test_find_dates_past_tense_puts_a_weekday_before_publication() -> None:
    (mention,) = find_dates(_past_monday_doc(), "2022-01-12")
    assert mention.value == "2022-01-10"


def test_find_dates_future_tense_puts_a_weekday_after_publication() -> None:
    (mention,) = find_dates(_future_monday_doc(), "2022-01-12")
    assert mention.value == "2022-01-17"


@pytest.mark.parametrize("published", ["", "demain", "2022-13-45", None])
def test_parse_published_refuses_what_is_not_a_date(published: str | None) -> None:
    assert parse_published(published) is None


@pytest.mark.model
def test_find_dates_reads_tense_from_the_real_parse() -> None:
    nlp = spacy.load("fr_core_news_md")
    published = "2022-01-12"  # a Wednesday
    said = find_dates(nlp("Le ministre a déclaré lundi que le dossier était clos."), published)
    will = find_dates(nlp("Le ministre se rendra lundi à Berlin."), published)
    assert said[0].value == "2022-01-10"
    assert will[0].value == "2022-01-17"


def test_find_dates_since_and_from_place_a_weekday_whatever_the_verb() -> None:
    # Published on a Saturday; the verbs are present tense, the prepositions decide.
    saturday = "2022-01-15"
    since, starting = find_dates(BLANK("Les salles sont fermées depuis mardi et rouvrent dès lundi."), saturday)
    assert (since.text, since.value) == ("mardi", "2022-01-11")
    assert (starting.text, starting.value) == ("lundi", "2022-01-17")
    (later,) = find_dates(BLANK("Les cinémas rouvriront à partir de mercredi."), "2022-01-13")  # a Thursday
    assert later.value == "2022-01-19"


def test_find_dates_drops_aujourdhui_meaning_nowadays() -> None:
    # No past or future verb: "aujourd'hui" is the present era, not the day of publication.
    assert find_dates(BLANK("Le chanteur, aujourd'hui âgé de 70 ans, vit à Lyon."), "2022-01-10") == []


def test_find_dates_keeps_aujourdhui_that_dates_an_act() -> None:
    (mention,) = find_dates(BLANK("Le maire a annoncé aujourd'hui sa démission."), "2022-01-10")
    assert (mention.text, mention.value) == ("aujourd'hui", "2022-01-10")
