"""mention_text on hand-built Docs: what is cut from a mention as the mention finders give it."""
from __future__ import annotations

import spacy
from spacy.tokens import Doc

from veille.extract.mention_text import mention_text, without_dates

_VOCAB = spacy.blank("fr").vocab
_CUT = frozenset({"de", "en", "à", "le", "la"})


def _doc(words: list[str]) -> Doc:
    return Doc(_VOCAB, words=words, sent_starts=[True] + [False] * (len(words) - 1))


def test_phrase_ending_with_a_preposition_keeps_its_head_or_nothing() -> None:
    doc = _doc(["L'", "employeur", "de", "a", "appelé"])
    assert mention_text(doc, (0, 3), _CUT) == "L' employeur"
    doc = _doc(["la", "déléguée", "de", "«", "Petits", "frères", "»"])
    assert mention_text(doc, (0, 3), _CUT) == "la déléguée de"  # the quotation that follows is its noun


def test_date_around_a_source_is_when_it_spoke() -> None:
    assert without_dates("mercredi 13 février le gendarme de l'audiovisuel") == "le gendarme de l'audiovisuel"
    assert without_dates("The Guardian jeudi") == "The Guardian"
    assert without_dates("25 mars") == ""
    assert without_dates("le maire de Lyon") == "le maire de Lyon"


def test_title_glued_to_the_text_is_cut_but_not_a_brand_in_camel_case() -> None:
    doc = _doc(["Des", "masques", "commandésOlivier", "Véran"])
    assert mention_text(doc, (0, 4), _CUT) == "Olivier Véran"
    doc = _doc(["BuzzFeed", "News"])
    assert mention_text(doc, (0, 2), _CUT) == "BuzzFeed News"


def test_preposition_left_by_a_trailing_date_goes_with_it() -> None:
    doc = _doc(["le", "Canard", "enchaîné", "daté", "de", "mercredi"])
    assert mention_text(doc, (0, 6), _CUT) == "le Canard enchaîné daté"


def test_demonstrative_before_the_span_belongs_to_the_mention() -> None:
    doc = _doc(["Selon", "sa", "lettre", ",", "ce", "dernier", "explique"])
    assert mention_text(doc, (5, 6), _CUT) == "ce dernier"
    assert mention_text(doc, (4, 6), _CUT) == "ce dernier"


def test_phrase_opening_with_a_to_is_no_subject() -> None:
    doc = _doc(["Au", "moment", "d'", "annoncer"])
    assert mention_text(doc, (0, 2), _CUT) is None


def test_sentence_glued_to_the_mention_is_cut_on_the_side_away_from_the_cue() -> None:
    doc = _doc(["le", "directeur", "de", "la", "santé.Trois", "patients", "sont", "sortis"])
    assert mention_text(doc, (0, 6), _CUT, after_cue=True) == "le directeur de la santé"
    doc = _doc(["au", "calme.Le", "préfet"])
    assert mention_text(doc, (0, 3), _CUT) == "Le préfet"
    doc = _doc(["le", "Dr.Martin"])
    assert mention_text(doc, (0, 2), _CUT) == "le Dr.Martin"  # an abbreviation's stop ends no sentence


def test_heading_in_capitals_glued_to_the_source_is_cut() -> None:
    doc = _doc(["LES", "VERTS", "VOTERONT", "DUPONTMardi", ",", "Julie", "Roche"])
    assert mention_text(doc, (0, 7), _CUT) == "Julie Roche"
    doc = _doc(["les", "PDGs", "du", "secteur"])
    assert mention_text(doc, (0, 4), _CUT) == "les PDGs du secteur"  # a plural acronym is no heading


def test_a_hyphenated_name_is_a_word_that_names_a_source() -> None:
    doc = _doc(["rapporte", "Sud-Littoral", "."])
    assert mention_text(doc, (1, 2), _CUT, after_cue=True) == "Sud-Littoral"
    doc = _doc(["ceux", "à", "Brionne-", "qui"])
    assert mention_text(doc, (2, 3), _CUT) is None  # the end of a dash aside, not a name
