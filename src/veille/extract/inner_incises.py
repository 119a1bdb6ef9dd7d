"""Where an incise inside one pair of marks cuts the quotation in two.

"« Les concertations continuent, a précisé Mme X. Une loi suivra »" is written as one quotation, but it holds two
pieces of speech with the journalist's incise between them: the annotators (and the guidelines' « A », a-t-il dit,
« B ») count two quotes of the same source. The cut runs from the comma before the incise to the end of the sentence
the incise closes; an incise that ends on a comma ("« A, dit-il, B »") leaves one sentence of speech, so no cut.
"""
from __future__ import annotations

from spacy.tokens import Span

from veille.extract.quote_marks import QuotedSpan

#: Punctuation that ends the incise's sentence, so the words after it are a sentence of speech of their own.
_SENTENCE_ENDS = frozenset({".", "!", "?", "…"})


def incise_cut(sentence: Span, group_start: int, mark: QuotedSpan) -> tuple[int, int] | None:
    """The characters (comma before the incise, end of its sentence) a quotation loses to its incise, or None
    when the incise does not end its sentence inside the marks or no words follow it there."""
    doc = sentence.doc
    last = doc[sentence.end - 1]
    if last.text not in _SENTENCE_ENDS or group_start == 0:
        return None
    start, end = doc[group_start - 1].idx, last.idx + len(last.text)
    if not mark.start < start or end >= mark.end or not any(ch.isalnum() for ch in doc.text[end:mark.end]):
        return None
    return start, end
