"""A qualified role written before the article names its holder: "le ministre de l'Intérieur a indiqué …", and a few
paragraphs on, "Le ministre de l'Intérieur Gérald X avait évoqué …".

Cast.by_role looks ahead only into the next sentences, as a bare role ("le ministre") could be anyone named later.
A role with its complement ("de l'Intérieur") is specific enough to be the one person the whole article introduces
with that role and that complement, however far on; with two such people, or a past office ("l'ancien ministre de
l'Intérieur X"), none.
"""
from __future__ import annotations

from veille.extract.cast import Cast, Person
from veille.extract.word_classes import FORMER


def holder_named_later(cast: Cast, noun: str, qualifiers: frozenset[str], at: int) -> Person | None:
    """The one person, first named after ``at``, introduced with role ``noun`` qualified as ``qualifiers`` say
    ("de l'Intérieur"), and not as its former holder."""
    if not qualifiers:
        return None
    holders = [p for p in cast.people if p.holds(noun) and cast.qualified_alike(p, qualifiers)]
    if len(holders) != 1 or holders[0].seen_before(at) >= 0 or holders[0].roles & FORMER:
        return None
    return holders[0]
