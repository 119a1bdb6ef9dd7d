"""Lookups kept for speed give what they stand for: a name's sentence as spaCy's ``Span.sent`` finds it, and the
date scan of a short mention, asked again, as the first time."""
from __future__ import annotations

import spacy

from veille.extract.sentence_bounds import sentence_bounds
from veille.extract.french_dates import scan_dates

_TEXT = ("Le maire de Trifouilly, Paul Lenoir, a inauguré la salle. Selon lui, « rien ne presse ». "
         "La préfète Anne Morel a répondu mardi soir. Elle reviendra")


def test_sentence_bounds_are_those_of_span_sent() -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    doc = nlp(_TEXT)
    assert len(list(doc.sents)) == 4  # the last one without its full stop
    for start in range(len(doc)):
        for end in range(start + 1, min(start + 4, len(doc)) + 1):
            span = doc[start:end]
            assert sentence_bounds(span) == (span.sent.start, span.sent.end), span.text


def test_a_short_text_scanned_again_gives_the_same_dates() -> None:
    mention = "mardi 3 mars le ministre"
    first = scan_dates(mention)
    assert [e.text for e in first] == ["mardi 3 mars"]
    first.clear()  # a caller's list is its own: the next answer is whole
    assert [e.text for e in scan_dates(mention)] == ["mardi 3 mars"]
