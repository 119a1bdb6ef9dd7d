"""Organisations a text names in quotation marks: "le collectif « Vive l'APL »", "l'association "Droit au toit"".

The NER rarely tags a name written between quotation marks, yet French introduces collectives,
associations and campaigns so; the noun before the marks says what the name is, and "le collectif"
later in the text stands for it (speakers.py, through ``Cast.organisation``).
"""
from __future__ import annotations

import re

#: A word, then a quoted run that opens on a capital and holds no other mark: the noun and the name it introduces.
_NOUN_THEN_QUOTED = re.compile(r"\b([^\W\d_]+)\s+[«“\"]\s?([A-ZÀ-Ý][^«»“”\"]{1,60}?)\s?[»”\"]")


def quoted_organisations(text: str, nouns: frozenset[str]) -> list[tuple[int, str, str]]:
    """(position, noun, name) for each quoted name right after an organisation noun of ``nouns``."""
    return [(m.start(2), m.group(1).lower(), m.group(2)) for m in _NOUN_THEN_QUOTED.finditer(text)
            if m.group(1).lower() in nouns]
