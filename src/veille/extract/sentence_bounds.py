"""Sentence bounds of a span, read from per-Doc arrays.

spaCy finds a span's sentence by walking the Doc's tokens on every ``Span.sent``, and the cast asks it
several times for every name: each token's sentence is read once per Doc instead, kept in its ``user_data``.
"""
from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.tokens import Span

_KEY = "veille.sentence_bounds"


def sentence_bounds(ent: Span) -> tuple[int, int]:
    """``(ent.sent.start, ent.sent.end)``, without walking the Doc."""
    doc = ent.doc
    bounds = doc.user_data.get(_KEY)
    if bounds is None:
        if not doc.has_annotation("SENT_START"):
            return ent.sent.start, ent.sent.end  # spaCy's own error: no sentence boundaries
        n = len(doc)
        positions = numpy.arange(n)
        starts = doc.to_array(SENT_START) == 1
        starts[0] = True
        first = numpy.maximum.accumulate(numpy.where(starts, positions, 0))
        following = numpy.append(starts[1:], True)  # the next token opens a sentence (or the Doc ends)
        end = numpy.minimum.accumulate(numpy.where(following, positions + 1, n)[::-1])[::-1]
        bounds = doc.user_data[_KEY] = (first.tolist(), end.tolist())
    return bounds[0][ent.start], bounds[1][ent.start]
