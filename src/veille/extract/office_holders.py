"""The person the article names without their office, for the office: "Emmanuel Macron a déclaré … « … », a ajouté
le chef de l'État".

Cast.by_role finds the holder of an office only when the article introduced them with it ("le président Emmanuel
X"). The press writes the best-known office holders' names alone, and a bare office then falls to whoever was quoted
last, often someone the president answered. A short list (rules/office_holders.txt) says who held the few offices
written so; a definite mention of one of them ("le président de la République", "le Premier ministre", a set phrase
such as "le locataire de l'Élysée", or "le président" alone) is the one holder the article names, when it names
exactly one of them, and none introduced as a former holder ("l'ancien président Nicolas X").
"""
from __future__ import annotations

from functools import cache

from veille.extract.cast import Cast, Person, strip_determiner
from veille.extract.entity_rules import rule_set
from veille.extract.person_key import fold_name
from veille.extract.role_periphrases import periphrasis
from veille.extract.word_classes import FORMER, NOT_YET

#: Words that make an office a past or future one, in the mention or in the person's introduction.
_FORMER = FORMER | NOT_YET | {"ex-president", "ex-premier"}
_ARTICLES = frozenset({"de", "du", "des", "d", "la", "le", "les", "l"})
_BARE = "president"


def office_holder(mention: str, cast: Cast) -> Person | None:
    """The one person of the cast the list gives the office ``mention`` names, else None."""
    office = _office(mention)
    if office is None:
        return None
    names = [fold_name(name).split() for name in _holders().get(office, ())]
    holders = [person for person in cast.people if any(_is(person, name) for name in names)]
    if len(holders) != 1 or {fold_name(r) for r in holders[0].roles} & _FORMER:
        return None
    return holders[0]


def _is(person: Person, name: list[str]) -> bool:
    """The cast person is the listed one, under the full name or the surname alone ("Macron")."""
    return name[-1] in person.words and person.words <= set(name)


def _office(mention: str) -> tuple[str, frozenset[str]] | None:
    """ "le chef de l'État" → ("président", {"republique"}); "le président" alone → ("president", {})."""
    words = fold_name(mention).split()
    if len(words) < 2 or any(w in _FORMER for w in words[:3]):
        return None
    if (office := periphrasis(mention)) is not None:
        return fold_name(office[0]), office[1]
    phrase = fold_name(strip_determiner(mention))
    return _phrases().get(phrase)


@cache
def _phrases() -> dict[str, tuple[str, frozenset[str]]]:
    """Each listed office as written ("premier ministre"), and "president" alone, to its key."""
    phrases = {fold_name(office): _key(office) for office in _entries()}
    phrases[_BARE] = (_BARE, frozenset())
    return phrases


@cache
def _holders() -> dict[tuple[str, frozenset[str]], frozenset[str]]:
    """Office key → the names the list gives it; "président" alone → every president listed."""
    holders: dict[tuple[str, frozenset[str]], set[str]] = {}
    for office, names in _entries().items():
        holders.setdefault(_key(office), set()).update(names)
        if _key(office)[0] == _BARE:
            holders.setdefault((_BARE, frozenset()), set()).update(names)
    return {key: frozenset(names) for key, names in holders.items()}


def _key(office: str) -> tuple[str, frozenset[str]]:
    """ "Premier ministre" → ("ministre", {"premier"}), "président de la République" → ("president", {"republique"}):
    the role noun and its complement, as role_periphrases.py gives a set phrase's office."""
    words = fold_name(office).split()
    if words[0] == "premier":
        return words[1], frozenset({"premier"})
    return words[0], frozenset(words[1:]) - _ARTICLES


@cache
def _entries() -> dict[str, frozenset[str]]:
    entries: dict[str, frozenset[str]] = {}
    for line in rule_set("office_holders.txt"):
        office, names = line.split("=")
        entries[office.strip()] = frozenset(name.strip() for name in names.split(","))
    return entries
