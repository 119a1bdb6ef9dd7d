"""A role noun with its field: "l'expert d'art", "le chef de chantier", "la directrice de recherche".

"de" and a bare common noun, with no determiner, make one compound role: the complement names a field, not whose or
where the role is ("le porte-parole de la mairie", "le maire de Lyon"). Such a mention is as anaphoric as the role
alone ("l'expert"): the person introduced so, else the person just quoted.
"""
from __future__ import annotations

from veille.extract.entity_rules import mention_words

_BARE_OF = frozenset({"de", "d'", "d’"})  # not "du", "des": an article makes the complement a thing of its own


def field_complement(mention: str) -> bool:
    """ "l'expert d'art", "le chef de chantier": a definite role, "de", and one lower-case common noun."""
    words = mention_words(mention)
    return len(words) == 4 and words[2].lower() in _BARE_OF and words[3].isalpha() and words[3].islower()
