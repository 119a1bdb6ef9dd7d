"""Whom "le témoin" or "cet expert" stands for when the article named them once with a name apposed.

"Selon un témoin qui a filmé la scène, Paul X, …" then "« … », affirme le témoin": the description alone is written
again for the person the article named with it, not for a new unnamed witness, nor for the last person named (often
the one the witness talks about). The name must be a person the article's cast holds. A description written with its
name apposed right after it ("selon un porte-parole du service des eaux, Paul X, cité par …"), which the mention
stopped short of, is that person too, unless a preposition or a clause between them brings in someone else
("auprès de la gérante, Paul X", "a raconté que son frère, Paul X, …").
"""
from __future__ import annotations

import re
from functools import cache

from veille.article import Quote
from veille.extract.cast import Cast, Person
from veille.extract.entity_rules import mention_words
from veille.extract.name_introductions import CLAUSE_WORDS, OBLIQUE
from veille.extract.word_classes import DEFINITE

#: Determiners of one definite or demonstrative person: "le témoin", "cet expert", "l'avocat".
_SINGLE = DEFINITE - {"les", "ces"}
#: Determiners of one person described with a name apposed right after: "un porte-parole du ministère, Paul X".
_ANY = _SINGLE | {"un", "une", "son", "sa"}
#: A second description between the comma and the name: "son successeur au poste, le ministre sortant Paul X,".
_RESTATED = r"(?:le|la|l'|l’) [a-zà-ÿ][^,.;:!?«»\"]{0,40}? "
_GENDERS = {"un": "Masc", "le": "Masc", "ce": "Masc", "cet": "Masc", "une": "Fem", "la": "Fem", "cette": "Fem"}
#: Words that bring in another person between a description and the name after it: a preposition, or a clause.
_OTHER_PARTY = OBLIQUE | CLAUSE_WORDS - {"et"} | {"selon", "face"}


@cache
def _introductions(noun: str) -> re.Pattern[str]:
    """ "un témoin direct qui a filmé la scène, Paul X,": the noun with any determiner, the rest of its phrase up to a
    comma, then a name of two or more capitalised words closed by a punctuation mark (not "rallier la candidate du
    parti pendant l'été, Paul X perd …", where the name opens a clause)."""
    return re.compile(rf"\b(?i:un|une|le|la|l'|l’|ce|cet|cette) ?{re.escape(noun)}\b[^,.;:!?«»\"()]{{0,60}}, "
                      r"([A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]+)+)(?=[,.;)]|$)")


def apposed_person(text: str, mention: str, at: int, cast: Cast, bodies: frozenset[str], quote: Quote) -> Person | None:
    """The person a description ``mention`` written at ``at`` stands for: the name apposed to it right there, else
    the person last introduced before ``at`` by its noun with their name apposed (``_introduced_before``)."""
    words = mention_words(mention)
    here = _apposed_here(text, words, at + len(mention), cast, bodies, quote) if text.startswith(mention, at) else None
    return here or _introduced_before(text, words, at, cast, bodies)


def _apposed_here(text: str, words: list[str], end: int, cast: Cast, bodies: frozenset[str], quote: Quote) -> Person | None:
    """ "selon un porte-parole du service des eaux, Paul X, cité par …", "le professeur de chimie à Lyon, Jean Y
    estime …", "son successeur, le ministre sortant Paul Z,": the name after the description's comma, or ending a
    second description there, is the person it describes, when the name closes the phrase (a punctuation mark, or
    the quotation's own cue verb after it: the description and the name are one subject); not a name the quotation
    itself opens ("Selon ce proche du président, Paul X, Marie Y ou Anne Z sont visés")."""
    if len(words) < 2 or words[0].lower() not in _ANY or not words[1].islower() or words[1] in bodies:
        return None
    cue = quote.cue or ""
    closing = rf"[,.;)]|$| {re.escape(cue.split()[0])}\b" if cue[:1].isalpha() else r"[,.;)]|$"
    found = re.compile(rf"[^,.;:!?«»\"]{{0,80}}, (?:{_RESTATED})?([A-ZÀ-Ý][\w-]+(?: [A-ZÀ-Ý][\w-]+)+)(?={closing})").match(
        text, end)
    if found is None or end <= quote.start <= found.start(1) < quote.end:
        return None  # "Selon ce proche, Paul X, Marie Y ou Anne Z sont visés": the names open the reported words
    if set(text[end: found.start(1)].lower().replace("'", "' ").split()) & _OTHER_PARTY:
        return None  # "un habitué auprès de la gérante, Paul X,", "l'adolescente a dit que son frère, Paul X,": another
    person = cast.find(found.group(1))
    stated = _GENDERS.get(words[0].lower())
    if person is None or person.name.split()[-1] not in found.group(1) or stated and person.gender not in (stated, None):
        return None
    return person


def _introduced_before(text: str, words: list[str], at: int, cast: Cast, bodies: frozenset[str]) -> Person | None:
    """The person last introduced before ``at`` by the noun of ``words`` (a determiner and a common noun, as written)
    with their name apposed; None when there is none, or the name is not a person of the cast. Not for a body's noun
    (``bodies``: "la fondation" before "la directrice de la Fondation, Laure X") nor a name ("la Nasa, Jim X")."""
    if len(words) != 2 or words[0].lower() not in _SINGLE or not words[1].isalpha() or not words[1].islower() \
            or words[1] in bodies:
        return None
    names = [found.group(1) for found in _introductions(words[1]).finditer(text, 0, at)]
    return cast.find(names[-1]) if names else None
