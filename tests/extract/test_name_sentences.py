"""Which sentences the NER runs on (name_sentences.py); the whole stage runs in test_nlp.py."""
from __future__ import annotations

import spacy

from veille.extract.entity_rules import rule_set
from veille.extract.name_sentences import may_hold_name, name_runs

WORDS = rule_set("function_words.txt")


def test_a_capital_past_the_first_word_or_a_digit_may_hold_a_name() -> None:
    assert may_hold_name("Il a vu Marc hier.", "Il", WORDS)
    assert may_hold_name("Le bilan est de 12 morts.", "Le", WORDS)


def test_a_lower_case_sentence_opening_with_a_function_word_holds_none() -> None:
    assert not may_hold_name("Il a plu toute la journée.", "Il", WORDS)
    assert not may_hold_name("L'enquête continue.", "L'", WORDS)
    assert not may_hold_name("- et après ?", "-", WORDS)


def test_a_sentence_opening_with_another_word_may_hold_a_name() -> None:
    assert may_hold_name("Marseille a gagné.", "Marseille", WORDS)


def test_runs_join_consecutive_sentences_and_skip_the_rest() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = nlp("Il a plu. Marc est venu. Lyon aussi. Il a plu encore. Paris attend.")
    assert [doc[s:e].text for s, e in name_runs(doc, WORDS)] == ["Marc est venu. Lyon aussi.", "Paris attend."]
