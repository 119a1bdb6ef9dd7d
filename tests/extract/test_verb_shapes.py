"""verb_shapes on hand-built Docs: no model, the predicates read written forms and morphology."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from veille.extract.verb_shapes import bare_participle, infinitive_after, names_subject, noun_complement, own_que, passive

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


def test_etre_without_a_reflexive_pronoun_makes_a_reporting_verb_passive() -> None:
    doc = _doc(["Le", "banquier", "est", "accusé", "de", "fraude", "."])
    assert passive(doc[2:4], 4, doc[:])
    doc = _doc(["Elle", "s'", "est", "dite", "ravie", "."])
    assert not passive(doc[1:4], 4, doc[:])


def test_participle_followed_by_its_agent_is_passive() -> None:
    doc = _doc(["la", "prime", "annoncée", "jeudi", "par", "le", "gouvernement"], morphs=[""] * 2 + ["VerbForm=Part"] + [""] * 4)
    assert passive(doc[2:3], 3, doc[:])
    doc = _doc(["il", "a", "annoncé", "jeudi", "une", "prime"], morphs=[""] * 2 + ["VerbForm=Part"] + [""] * 3)
    assert not passive(doc[1:3], 3, doc[:])


def test_infinitive_after_a_noun_and_a_is_a_noun_complement() -> None:
    doc = Doc(_VOCAB, words=["des", "défis", "à", "relever"], pos=["DET", "NOUN", "ADP", "VERB"],
              morphs=["", "", "", "VerbForm=Inf"], sent_starts=[True, False, False, False])
    assert noun_complement(doc[3], 3, doc[:])
    doc = Doc(_VOCAB, words=["il", "a", "appelé", "à", "manifester"], pos=["PRON", "AUX", "VERB", "ADP", "VERB"],
              morphs=["", "", "VerbForm=Part", "", "VerbForm=Inf"], sent_starts=[True, False, False, False, False])
    assert not noun_complement(doc[4], 4, doc[:])


def test_participle_alone_after_a_noun_completes_it() -> None:
    doc = Doc(_VOCAB, words=["le", "seuil", "requis", "pour", "la", "bombe"], pos=["DET", "NOUN", "VERB", "ADP", "DET", "NOUN"],
              morphs=["", "", "VerbForm=Part", "", "", ""], sent_starts=[True] + [False] * 5)
    assert noun_complement(doc[2], 2, doc[:])
    doc = Doc(_VOCAB, words=["une", "loi", "demandant", "leur", "interdiction"], pos=["DET", "NOUN", "VERB", "DET", "NOUN"],
              morphs=["", "", "VerbForm=Part", "", ""], sent_starts=[True] + [False] * 4)
    assert not noun_complement(doc[2], 2, doc[:])


def test_past_tense_after_a_quotation_is_an_incise_only_before_a_person() -> None:
    words = ["»", ",", "s'", "est", "félicité", "auprès", "de", "l'", "AFP", "Bruno", "Retailleau", "."]
    ents = ["O"] * 8 + ["B-ORG", "B-PER", "I-PER", "O"]
    doc = Doc(_VOCAB, words=words, ents=ents, sent_starts=[True] + [False] * (len(words) - 1))
    assert names_subject(doc[4], 5, doc[:])  # a circumstance, then the person
    doc = _doc(["»", ",", "a", "souri", "le", "ministre", "."])
    assert names_subject(doc[3], 4, doc[:])
    doc = _doc(["»", ",", "a", "reçu", "le", "soutien", "de", "grandes", "entreprises", "."])
    assert not names_subject(doc[3], 4, doc[:])  # the sentence's own verb and its object
    doc = _doc(["»", ",", "a", "rendu", "hommage", "le", "ministre", "."])
    assert not names_subject(doc[3], 4, doc[:])


def test_be_right_before_the_group_makes_it_passive() -> None:
    doc = _doc(["Le", "prix", "sera", "annoncé", "demain", "."])
    assert passive(doc[3:4], 4, doc[:])
    doc = _doc(["Le", "maire", "a", "annoncé", "des", "travaux", "."])
    assert not passive(doc[2:4], 4, doc[:])


def test_a_que_after_a_comma_and_another_verb_is_that_verb_s() -> None:
    words = ["a", "indiqué", "la", "préfecture", ",", "ajoutant", "que", "rien", "ne", "brûle"]
    doc = Doc(_VOCAB, words=words, pos=["AUX", "VERB", "DET", "NOUN", "PUNCT", "VERB", "SCONJ", "PRON", "ADV", "VERB"])
    assert own_que(doc[6], 2, frozenset()) is None  # "…, a indiqué la préfecture, ajoutant que": the gerund's clause
    words = ["a", "indiqué", ",", "dans", "un", "communiqué", ",", "que", "rien", "ne", "brûle"]
    doc = Doc(_VOCAB, words=words, pos=["AUX", "VERB", "PUNCT", "ADP", "DET", "NOUN", "PUNCT", "SCONJ", "PRON", "ADV", "VERB"])
    assert own_que(doc[7], 2, frozenset()) == doc[7]  # a circumstance between commas leaves it the cue's
