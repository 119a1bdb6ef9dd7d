"""A role noun with its complement: "l'expert d'art", "la porte-parole du gouvernement".

"de" and a bare common noun, with no determiner, make one compound role: the complement names a field, not whose or
where the role is ("le porte-parole de la mairie", "le maire de Lyon"). Such a mention is as anaphoric as the role
alone ("l'expert"): the person introduced so, else the person just quoted. A complement in lower case with its
article ("du gouvernement") says whose the role is, like a name does ("de Gilat"): the mention takes up the
person introduced with that same complement ("la porte-parole du gouvernement Sophie X").
"""
from __future__ import annotations

from veille.extract.entity_rules import mention_words
from veille.extract.word_classes import DEFINITE, OF

_BARE_OF = frozenset({"de", "d'", "d’"})  # not "du", "des": an article makes the complement a thing of its own


def field_complement(mention: str) -> bool:
    """ "l'expert d'art", "le chef de chantier": a definite role, "de", and one lower-case common noun."""
    words = mention_words(mention)
    return len(words) == 4 and words[2].lower() in _BARE_OF and words[3].isalpha() and words[3].islower()


def same_complement(words: list[str], roles: set[str]) -> bool:
    """The nouns after the role noun in ``words`` (a lower-cased mention) were all in the person's introduction."""
    nouns = {w for w in words[2:] if w not in OF and w not in DEFINITE}
    return bool(nouns) and all(w.isalpha() and w.islower() for w in nouns) and nouns <= roles
