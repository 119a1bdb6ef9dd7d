"""verb_shapes on hand-built Docs: no model, the predicates read written forms and morphology."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from veille.extract.verb_shapes import bare_participle, infinitive_after, names_subject

_VOCAB = spacy.blank("fr").vocab


def _doc(words: list[str], morphs: list[str] | None = None) -> Doc:
    return Doc(_VOCAB, words=words, morphs=morphs, sent_starts=[True] + [False] * (len(words) - 1))


def test_verb_followed_by_a_name_or_determiner_is_an_incise_with_a_noun_subject() -> None:
    doc = _doc(["»", ",", "se", "réjouit", "Marie", "Dupont", "."])
    sentence = doc[:]
    assert names_subject(doc[3], 4, sentence)
    doc = _doc(["»", ",", "prédit", "le", "patron", "."])
    assert names_subject(doc[2], 3, doc[:])


def test_gerund_and_preposition_after_a_quotation_are_not_incises() -> None:
    doc = _doc(["»", ",", "concernant", "la", "victime", "."])
    assert not names_subject(doc[2], 3, doc[:])
    doc = _doc(["»", ",", "contre", "le", "projet", "."])
    assert not names_subject(doc[2], 3, doc[:])


def test_present_participle_alone_is_an_apposition_not_a_cue() -> None:
    doc = _doc(["évoquant", "un", "budget"])
    assert bare_participle(doc[0:1])
    doc = _doc(["a", "indiqué"])
    assert not bare_participle(doc[0:2])


def test_infinitive_content_starts_after_its_marker() -> None:
    words = ["a", "appelé", "à", "ne", "pas", "céder", "."]
    morphs = ["", "VerbForm=Part", "", "", "", "VerbForm=Inf", ""]
    doc = _doc(words, morphs)
    assert infinitive_after(2, doc[:]) == doc[3].idx  # "ne pas céder", without "à"
    doc = _doc(["a", "dit", "la", "vérité"], ["", "VerbForm=Part", "", ""])
    assert infinitive_after(2, doc[:]) is None
