"""Sources that pick members of a group: "l'un d'eux", "un de ses collègues", "la plupart des habitants".

A partitive says that someone among several spoke without saying who: the text names no one, so such a source is
never the person named or quoted last, and a later "il" or "elle" of its gender continues it ("a-t-il ajouté").
The openings are listed in ``rules/partitive_sources.txt``.
"""
from __future__ import annotations

from veille.extract.entity_rules import fold_apostrophes, rule_set

#: The pronoun a partitive opens on gives the gender of the one it picks: "l'une d'elles" is a woman.
_GENDERS = {"un": "Masc", "aucun": "Masc", "chacun": "Masc", "une": "Fem", "aucune": "Fem", "chacune": "Fem"}


def partitive(mention: str) -> bool:
    """Whether the mention opens on a partitive ("l'un d'eux", "la plupart"), compared word by word: "l'unique
    témoin" merely starts alike."""
    folded = " ".join(fold_apostrophes(mention).replace("'", "' ").split()).replace("' ", "'")
    return any(folded == opening or folded.startswith(opening + " ") for opening in rule_set("partitive_sources.txt"))


def partitive_gender(mention: str) -> str | None:
    """ "un de ses collègues" → Masc, "l'une d'elles" → Fem, "la plupart" → None: a later "il" or "elle" of that
    gender continues the source."""
    words = fold_apostrophes(mention).replace("'", "' ").split()
    first = words[1] if words[:1] == ["l'"] and len(words) > 1 else words[0] if words else ""
    return _GENDERS.get(first)
