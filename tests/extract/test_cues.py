"""The reporting-cue tables built from ``extract/rules/``: no model needed."""
from __future__ import annotations

import pytest

import spacy
from spacy.tokens import Doc

from veille.extract.cues import QuoteRules, cue_lemma, load_rules, may_report_speech


@pytest.fixture(scope="module")
def rules() -> QuoteRules:
    return load_rules()


@pytest.mark.parametrize(
    ("form", "lemma"),
    [("rappelle", "rappeler"), ("relève", "relever"), ("suggère", "suggérer"), ("répète", "répéter"), ("jugé", "juger")],
)
def test_stem_changing_forms_are_found_as_cues(rules: QuoteRules, form: str, lemma: str) -> None:
    assert rules.lemmas.get(form) == lemma
    assert may_report_speech(f"Le chômage a baissé, {form} l'institut.", rules)


def test_wish_verbs_are_marked_apart_from_speech_verbs(rules: QuoteRules) -> None:
    assert "souhaiter" in rules.wish_verbs and "affirmer" not in rules.wish_verbs


def test_word_written_against_an_inverted_pronoun_is_a_verb_whatever_its_tag(rules: QuoteRules) -> None:
    words = ["»", ",", "avance", "-t", "-il", ".", "Une", "avance", "confortable", "."]
    pos = ["PUNCT", "PUNCT", "NOUN", "PRON", "PRON", "PUNCT", "DET", "NOUN", "ADJ", "PUNCT"]
    doc = Doc(spacy.blank("fr").vocab, words=words, pos=pos)
    assert cue_lemma(doc[2], rules) == "avancer"
    assert cue_lemma(doc[7], rules) is None


def test_locutions_with_faire_are_candidates_only_after_faire(rules: QuoteRules) -> None:
    assert may_report_speech("Le club a fait part de sa colère.", rules)
    assert may_report_speech("La police fait état de nombreuses dégradations.", rules)
    assert not may_report_speech("Une part des recettes ira à l'état des routes.", rules)
    assert {"part", "état"} <= set(rules.after_words) and "plaindre" in rules.object_verbs


def test_call_reports_only_with_to_and_announce_not_in_its_pronominal_form(rules: QuoteRules) -> None:
    assert rules.object_words["appeler"] >= {"à", "au", "aux"}
    assert {"annoncer", "assurer"} <= rules.not_reflexive
    assert "dire" not in rules.not_reflexive  # "s'est dit choqué" reports


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Le ministre a DÉCLARÉ hier que la réforme avancera.", True),  # a form in capitals
        ("« Rien n’est joué », a-t-il noté.", True),
        ("D’APRÈS la préfecture, trois routes sont fermées.", True),  # a source spanning an apostrophe
        ("Le club a FAIT PART de sa colère.", True),  # a locution spanning words
        ("Les routes du nord sont notamment fermées.", False),  # a form's letters inside a longer word
        ("Le fichier noté_final a disparu.", False),  # "_" and digits are word characters too
        ("Le fichier noté2 a disparu.", False),
        ("La voiture roule vite sur la route du col.", False),
    ],
)
def test_candidate_test_finds_whole_words_in_any_case(rules: QuoteRules, sentence: str, expected: bool) -> None:
    assert may_report_speech(sentence, rules) is expected


@pytest.mark.parametrize(
    "sentence",
    ["Le sénateur a raillé un « coup de com ».", "Les experts la soupçonnent de mentir.", "Il lui reprochait son retard.",
     "La commission préconise une réforme.", "Elle a vanté « une équipe soudée ».", "Le maire a redit que rien ne changerait.",
     "Le prévenu conteste avoir volé la caisse.",
     "Il avait plaisanté que son rival ferait un bon ministre.", "La maire s'est félicitée de la baisse du chômage."],
)
def test_sentences_with_the_added_reporting_verbs_pass_the_candidate_test(rules: QuoteRules, sentence: str) -> None:
    assert may_report_speech(sentence, rules)


def test_words_that_make_que_a_conjunction_are_read_from_the_rules(rules: QuoteRules) -> None:
    assert {"dès", "alors", "tandis", "parce"} <= rules.que_locutions and "que" not in rules.que_locutions


def test_congratulate_reports_only_in_its_pronominal_form_and_connectors_are_read_from_the_rules(rules: QuoteRules) -> None:
    assert "féliciter" in rules.only_reflexive and "féliciter" in rules.object_verbs
    assert "dire" not in rules.only_reflexive
    assert {"mais", "et", "finalement"} <= rules.sentence_connectors and "pour" not in rules.sentence_connectors
