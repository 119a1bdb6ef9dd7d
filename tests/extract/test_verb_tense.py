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


def test_tense_at_reads_a_passive_infinitive_from_the_modal_it_completes() -> None:
    # "Il doit être jugé lundi": "jugé" is a participle, but its auxiliary is an infinitive; "doit" puts it ahead
    doc = Doc(BLANK.vocab, words=["Il", "doit", "être", "jugé", "lundi"], pos=["PRON", "VERB", "AUX", "VERB", "NOUN"],
              morphs=["Person=3", "Mood=Ind|Tense=Pres|VerbForm=Fin", "VerbForm=Inf",
                      "Tense=Past|VerbForm=Part|Voice=Pass", ""],
              lemmas=["il", "doit", "être", "juger", "lundi"], heads=[1, 1, 3, 1, 3],
              deps=["nsubj", "ROOT", "aux:pass", "xcomp", "obl:mod"])
    start = doc.text.index("lundi")
    assert tense_at(doc, start, start + 5) == "future"


def test_tense_at_keeps_a_past_infinitive_past() -> None:
    # "après avoir été entendu lundi": the auxiliary "avoir" makes it a past, whatever it completes
    doc = Doc(BLANK.vocab, words=["avoir", "été", "entendu", "lundi"], pos=["AUX", "AUX", "VERB", "NOUN"],
              morphs=["VerbForm=Inf", "Tense=Past|VerbForm=Part", "Tense=Past|VerbForm=Part|Voice=Pass", ""],
              heads=[2, 2, 2, 2], deps=["aux:tense", "aux:pass", "ROOT", "obl:mod"])
    start = doc.text.index("lundi")
    assert tense_at(doc, start, start + 5) == "past"


def test_tense_at_reads_the_words_around_a_date_hung_on_a_far_verb() -> None:
    # the parser hung "22 juin" on "assuré", a clause away: the verb next to the date ("durera") says it is ahead
    filler = ["que", "la", "phase", "deux", "du", "plan", "de", "relance", "des", "régions", "et", "des",
              "communes", "de", "France", ","]
    words = ["Il", "a", "assuré", *filler, "qui", "durera", "jusqu'au", "22", "juin"]
    date = len(words) - 2
    pos = ["PRON", "AUX", "VERB", *(["NOUN"] * len(filler)), "PRON", "VERB", "ADP", "NUM", "NOUN"]
    morphs = ["", "Mood=Ind|Tense=Pres|VerbForm=Fin", "Tense=Past|VerbForm=Part", *([""] * len(filler)), "",
              "Mood=Ind|Tense=Fut|VerbForm=Fin", "", "", ""]
    heads = [2, 2, 2, *([2] * len(filler)), 2, 2, date, 2, date]
    deps = ["nsubj", "aux:tense", "ROOT", *(["dep"] * len(filler)), "dep", "dep", "case", "obl:mod", "nmod"]
    doc = Doc(BLANK.vocab, words=words, pos=pos, morphs=morphs, heads=heads, deps=deps)
    start = doc[date].idx
    assert tense_at(doc, start, start + len("22 juin")) == "future"
