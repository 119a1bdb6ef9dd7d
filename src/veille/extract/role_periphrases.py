"""Set phrases the press uses for an office: "le chef de l'État" is the president, "le chef du gouvernement"
the Prime Minister (``rules/role_periphrases.txt``).

speakers.py asks which office a mention names, as the role noun the cast records ("président", "ministre") and
the qualifiers of its complement, so it can find the person the article introduced in that office.
"""
from __future__ import annotations

from functools import cache

from veille.extract.cast import strip_determiner
from veille.extract.entity_rules import rule_set
from veille.extract.person_key import fold_name

#: Adjectives written before the role noun of an office: "Premier ministre" is the role "ministre".
_BEFORE_NOUN = frozenset({"premier", "première"})
_ARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "l"})


def periphrasis(mention: str) -> tuple[str, frozenset[str]] | None:
    """ "le chef de l'Etat" → ("président", {"republique"}), "le chef du gouvernement" → ("ministre", {"premier"}):
    the office a set phrase names, as a role noun and the qualifiers of its complement."""
    return _periphrases().get(fold_name(strip_determiner(mention)))


@cache
def _periphrases() -> dict[str, tuple[str, frozenset[str]]]:
    offices: dict[str, tuple[str, frozenset[str]]] = {}
    for entry in rule_set("role_periphrases.txt"):
        phrase, office = entry.split("=")
        noun, _, complement = office.strip().partition(" ")  # the noun as the cast records roles: "président"
        if noun.lower() in _BEFORE_NOUN:
            noun, complement = complement, noun
        offices[fold_name(phrase)] = (noun, frozenset(fold_name(complement).split()) - _ARTICLES)
    return offices
