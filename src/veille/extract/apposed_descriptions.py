"""Whom "le témoin" or "cet expert" stands for when the article named them once with a name apposed.

"Selon un témoin qui a filmé la scène, Paul X, …" then "« … », affirme le témoin": the description alone is written
again for the person the article named with it, not for a new unnamed witness, nor for the last person named (often
the one the witness talks about). The name must be a person the article's cast holds.
"""
from __future__ import annotations

import re
from functools import cache

from veille.extract.cast import Cast, Person
from veille.extract.word_classes import DEFINITE

#: Determiners of one definite or demonstrative person: "le témoin", "cet expert", "l'avocat".
_SINGLE = DEFINITE - {"les", "ces"}


@cache
def _introductions(noun: str) -> re.Pattern[str]:
    """ "un témoin direct qui a filmé la scène, Paul X,": the noun with any determiner, the rest of its phrase up to a
    comma, then a name of two or more capitalised words closed by a punctuation mark (not "rallier la candidate du
    parti pendant l'été, Paul X perd …", where the name opens a clause)."""
    return re.compile(rf"\b(?i:un|une|le|la|l'|l’|ce|cet|cette) ?{re.escape(noun)}\b[^,.;:!?«»\"()]{{0,60}}, "
                      r"([A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]+)+)(?=[,.;)]|$)")


def apposed_person(text: str, words: list[str], at: int, cast: Cast, bodies: frozenset[str]) -> Person | None:
    """The person last introduced before ``at`` by the noun of ``words`` (a determiner and a common noun, as written)
    with their name apposed; None when there is none, or the name is not a person of the cast. Not for a body's noun
    (``bodies``: "la fondation" before "la directrice de la Fondation, Laure X") nor a name ("la Nasa, Jim X")."""
    if len(words) != 2 or words[0].lower() not in _SINGLE or not words[1].isalpha() or not words[1].islower() \
            or words[1] in bodies:
        return None
    names = [found.group(1) for found in _introductions(words[1]).finditer(text, 0, at)]
    return cast.find(names[-1]) if names else None
