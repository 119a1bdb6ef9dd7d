"""The tense a date hangs on: from the parse, else from the words around it."""
from __future__ import annotations

import pytest
import spacy
from spacy.tokens import Doc

from veille.extract.verb_tense import tense_at

BLANK = spacy.blank("fr")


def _tense(text: str, date_word: str) -> str | None:
    doc = BLANK(text)
    start = text.index(date_word)
    return tense_at(doc, start, start + len(date_word))


def test_tense_at_reads_the_auxiliary_of_a_parsed_passe_compose() -> None:
    doc = Doc(BLANK.vocab, words=["Il", "a", "signé", "lundi"], pos=["PRON", "AUX", "VERB", "NOUN"],
              morphs=["Person=3", "Mood=Ind|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", ""],
              heads=[2, 2, 2, 2], deps=["nsubj", "aux:tense", "ROOT", "obl:mod"])
    assert tense_at(doc, 12, 17) == "past"


def test_tense_at_reads_the_future_of_a_modal_before_an_infinitive() -> None:
    doc = Doc(BLANK.vocab, words=["Il", "doit", "arriver", "jeudi"], pos=["PRON", "VERB", "VERB", "NOUN"],
              morphs=["Person=3", "Mood=Ind|Tense=Pres|VerbForm=Fin", "VerbForm=Inf", ""],
              lemmas=["il", "devoir", "arriver", "jeudi"], heads=[1, 1, 1, 2], deps=["nsubj", "ROOT", "xcomp", "obj"])
    assert tense_at(doc, 16, 21) == "future"


def test_tense_at_ignores_a_verb_reached_through_a_noun() -> None:
    # "les élus dimanche doivent …": dimanche hangs on the noun, not on "doivent"
    doc = Doc(BLANK.vocab, words=["élus", "dimanche", "doivent", "choisir"], pos=["NOUN", "NOUN", "VERB", "VERB"],
              morphs=["", "", "Mood=Ind|Tense=Pres|VerbForm=Fin", "VerbForm=Inf"],
              heads=[2, 0, 2, 2], deps=["nsubj", "nmod", "ROOT", "xcomp"])
    assert tense_at(doc, 5, 13) is None


@pytest.mark.parametrize(
    ("text", "date_word", "tense"),
    [
        ("Le procès doit débuter mardi à Londres.", "mardi", "future"),
        ("Le sommet se tiendra lundi à Bruxelles.", "lundi", "future"),
        ("La police avait ouvert une enquête le 19 décembre.", "le 19 décembre", "past"),
        ("Le ministre a annoncé mercredi un plan.", "mercredi", "past"),
        ("Les élus se réunissent jeudi.", "jeudi", None),
    ],
)
def test_tense_at_reads_word_forms_when_the_sentence_was_not_parsed(text: str, date_word: str, tense: str | None) -> None:
    assert _tense(text, date_word) == tense


def test_tense_at_reads_a_participle_of_planning_as_a_future() -> None:
    # "le sommet, prévu en juin": no auxiliary, the participle puts the date ahead
    doc = Doc(BLANK.vocab, words=["sommet", "prévu", "en", "juin"], pos=["NOUN", "VERB", "ADP", "NOUN"],
              morphs=["", "Tense=Past|VerbForm=Part", "", ""], lemmas=["sommet", "prévoir", "en", "juin"],
              heads=[0, 0, 3, 1], deps=["ROOT", "acl", "case", "obl:mod"])
    start = doc.text.index("juin")
    assert tense_at(doc, start, start + 4) == "future"


def test_tense_at_strict_reads_no_past_from_a_present_passive() -> None:
    # "est programmée à partir de juin": after "à partir de" a present passive is a plan, not a past event
    doc = Doc(BLANK.vocab, words=["Elle", "est", "programmée", "à", "partir", "de", "juin"],
              pos=["PRON", "AUX", "VERB", "ADP", "VERB", "ADP", "NOUN"],
              morphs=["", "Mood=Ind|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", "", "VerbForm=Inf", "", ""],
              lemmas=["elle", "être", "programmer", "à", "partir", "de", "juin"],
              heads=[2, 2, 2, 2, 3, 6, 3], deps=["nsubj", "aux:pass", "ROOT", "advmod", "fixed", "case", "dep"])
    start = doc.text.index("juin")
    assert tense_at(doc, start, start + 4) == "past"
    assert tense_at(doc, start, start + 4, strict=True) is None


def test_tense_at_reads_a_participle_of_planning_the_model_lemmatised_wrong() -> None:
    doc = Doc(BLANK.vocab, words=["réunion", "prévue", "vendredi"], pos=["NOUN", "VERB", "NOUN"],
              morphs=["", "Tense=Past|VerbForm=Part", ""], lemmas=["réunion", "prévue", "vendredi"],
              heads=[0, 0, 1], deps=["ROOT", "acl", "obl:mod"])
    start = doc.text.index("vendredi")
    assert tense_at(doc, start, start + 8) == "future"
