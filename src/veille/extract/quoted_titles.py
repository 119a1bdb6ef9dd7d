"""A name alone between quotation marks is a title: « Grand Rendez-vous », "Top Chef", “Le Petit Prince”.

The NER tags such titles as people when their words are capitalised; a person's name is written bare. A quotation
that opens on a name ("« Marine X a menti », dit …") goes on past it, so the name fills the quotation marks, give or
take a word the NER left out ("Rendez" of "Rendez-vous").
"""
from __future__ import annotations

from spacy.tokens import Span

_OPENING = frozenset({"«", "“", '"'})
_CLOSING = frozenset({"»", "”", '"'})
_LEFT_OUT = 2  # glued tokens or numbers between the name and the closing mark: "-vous", "2"


def quoted_title(span: Span) -> bool:
    """``span`` fills a pair of quotation marks, give or take ``_LEFT_OUT`` tokens."""
    doc = span.doc
    if span.start == 0 or span.end >= len(doc):
        return False
    opening = doc[span.start - 1]
    if opening.text not in _OPENING or opening.text == '"' and opening.whitespace_:  # '…" Paul X a dit': a closing one
        return False
    for token in doc[span.end: span.end + _LEFT_OUT + 1]:
        if token.text in _CLOSING:
            return True
        if doc[token.i - 1].whitespace_ and not token.like_num:  # a word of its own: the quotation goes on
            return False
    return False
