"""The tense of an unparsed date, read from the word forms around it."""
from __future__ import annotations

import pytest
import spacy

from veille.extract.lexical_tense import lexical_tense

BLANK = spacy.blank("fr")


def _tense(text: str, date_word: str) -> str | None:
    doc = BLANK(text)
    start = text.index(date_word)
    span = doc.char_span(start, start + len(date_word), alignment_mode="expand")
    assert span is not None
    return lexical_tense(span)


@pytest.mark.parametrize(
    ("text", "date_word", "tense"),
    [
        ("L'explosion, survenue hier soir, puis l'incendie, survenu le 12 octobre, ont choqué.", "le 12 octobre",
         "past"),
        ("La dernière attaque remontait au 4 avril selon la police.", "4 avril", "past"),
        ("Les tarifs, un relevé qui date de jeudi et sera revu.", "jeudi", "past"),
        ("Les faits se seraient produits samedi 8 février selon le parquet.", "samedi 8 février", "past"),
        ("Le colloque se tiendrait lundi à Nantes.", "lundi", "future"),
    ],
)
def test_lexical_tense_reads_participles_imperfects_and_conditionals(text: str, date_word: str, tense: str) -> None:
    assert _tense(text, date_word) == tense


@pytest.mark.parametrize(
    ("text", "date_word"),
    [
        ("Une minute de silence sera observée lundi soir à la mairie.", "lundi soir"),
        ("Les élèves attendent la rentrée le 2 septembre avec impatience.", "le 2 septembre"),
        ("Ces mesures seront de nouveau mercredi au menu du conseil.", "mercredi"),
    ],
)
def test_lexical_tense_reads_no_past_from_a_helped_participle_or_a_noun(text: str, date_word: str) -> None:
    assert _tense(text, date_word) != "past"


def test_lexical_tense_reads_a_present_passive_of_announcement_as_present() -> None:
    # a traffic forecast: "est classée" is no passé composé
    assert _tense("La circulation est classée orange vendredi dans le sud.", "vendredi") == "present"


def test_lexical_tense_takes_no_tense_for_a_date_that_completes_a_noun() -> None:
    assert _tense("Les élections du 14 juin avaient été repoussées.", "14 juin") is None


def test_lexical_tense_reads_a_future_seen_from_the_past_as_either_side() -> None:
    assert _tense("Le scrutin devait se tenir en mars cette année.", "en mars") == "present"


def test_lexical_tense_reads_the_whole_sentence_only_when_asked() -> None:
    text = "Jeudi, la rédaction du magazine culturel de la chaîne publique a été placée en quarantaine."
    doc = BLANK(text)
    span = doc.char_span(0, 5)
    assert span is not None
    assert lexical_tense(span) is None
    assert lexical_tense(span, clause=True) == "past"


def test_lexical_tense_reads_a_past_infinitive() -> None:
    assert _tense("Après avoir assisté mardi soir au match, il se rendra dimanche à Moscou.", "mardi soir") == "past"


def test_lexical_tense_reads_no_past_from_the_noun_date() -> None:
    # "date à laquelle" is the noun; "date de" the verb
    text = "Le maire pourrait quitter la mairie en décembre, date à laquelle le chantier finit."
    assert _tense(text, "en décembre") == "future"


def test_lexical_tense_gives_an_infinitive_of_purpose_its_own_time() -> None:
    text = "Des appels à défiler samedi contre la réforme ont été lancés par les syndicats."
    doc = BLANK(text)
    start = text.index("samedi")
    span = doc.char_span(start, start + 6)
    assert span is not None
    assert lexical_tense(span, clause=True) is None
