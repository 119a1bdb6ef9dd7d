"""Set phrases the press uses for an office: "le chef de l'État" is the president, "le chef du gouvernement"
the Prime Minister (``rules/role_periphrases.txt``).

speakers.py asks which office a mention names, as the role noun the cast records ("président", "ministre") and
the qualifiers of its complement, so it can find the person the article introduced in that office, before or after.
"""
from __future__ import annotations

from functools import cache

from veille.extract.cast import Cast, Person, strip_determiner
from veille.extract.entity_rules import rule_set
from veille.extract.person_key import fold_name

_ARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "l"})


def periphrasis(mention: str) -> tuple[str, frozenset[str]] | None:
    """ "le chef de l'Etat" → ("président", {"republique"}), "le chef du gouvernement" → ("ministre", {"premier"}):
    the office a set phrase names, as a role noun and the qualifiers of its complement."""
    return _periphrases().get(fold_name(strip_determiner(mention)))


def national_periphrasis(mention: str) -> tuple[str, frozenset[str], str] | None:
    """ "le chef de la diplomatie française" → ("ministre", {"affaires", "etrangeres"}, "francaise"): a set phrase
    followed by one lower-case adjective, which says whose office it is (a country's), not which office."""
    *phrase, adjective = strip_determiner(mention).split() or [""]
    if not phrase or not adjective.isalpha() or not adjective.islower():
        return None
    office = _periphrases().get(fold_name(" ".join(phrase)))
    return (*office, fold_name(adjective)) if office is not None else None


def national_holder(cast: Cast, at: int, noun: str, qualifiers: frozenset[str], adjective: str) -> Person | None:
    """The person last named before ``at`` whom the article introduced in that office with the same adjective
    ("le ministre français des Affaires étrangères X" for "le chef de la diplomatie française"); none if no holder
    was given it: "la diplomatie allemande" is not the British minister, nor an office introduced without a country."""
    stem = _adjective_stem(adjective)
    holders = [(seen, p) for p in cast.people if noun in p.roles and not cast.qualified_otherwise(p, qualifiers)
               and any(_adjective_stem(fold_name(r)) == stem for r in p.roles) and (seen := p.seen_before(at)) >= 0]
    return max(holders, key=lambda h: h[0])[1] if holders else None


def _adjective_stem(word: str) -> str:
    """ "française" and "français", "italienne" and "italien": one stem for both genders and numbers."""
    word = word.removesuffix("e").removesuffix("s")
    return word[:-1] if word.endswith("nn") else word


def sole_holder(cast: Cast, at: int, noun: str, qualifiers: frozenset[str]) -> Person | None:
    """ "Le locataire de la Maison Blanche martèle …" opening an article that introduces "le président américain X"
    much later: before anyone is named, an office can only be the one person the article gives that role, wherever
    it introduces them; with two ("le président X" and "le président Y"), none. Once people are named, the office
    is one of them (speakers.py), not someone introduced later."""
    if any(p.seen_before(at) >= 0 for p in cast.people):
        return None
    holders = [p for p in cast.people if noun in p.roles and not cast.qualified_otherwise(p, qualifiers)]
    return holders[0] if len(holders) == 1 else None


@cache
def _periphrases() -> dict[str, tuple[str, frozenset[str]]]:
    offices: dict[str, tuple[str, frozenset[str]]] = {}
    for entry in rule_set("role_periphrases.txt"):
        phrase, office = entry.split("=")
        noun, _, complement = office.strip().partition(" ")  # the noun as the cast records roles: "président"
        if noun.lower() in rule_set("office_ranks.txt"):  # "Premier ministre" is the role "ministre"
            noun, complement = complement, noun
        offices[fold_name(phrase)] = (noun, frozenset(fold_name(complement).split()) - _ARTICLES)
    return offices
