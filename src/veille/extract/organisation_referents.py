"""Which named organisation a generic noun stands for: "le quotidien", "l'entreprise", "la compagnie".

A definite noun for an organisation with no name of its own ("a précisé l'entreprise") takes up an organisation the
article named before, but only one of the kind the noun says: a media noun an outlet of its kind ("le quotidien"
is Le Monde, not RTL named after it; rules/media_nouns.txt, outlet_kinds.txt), a company noun an
organisation that may be a company (rules/company_nouns.txt): not the newspaper that relays the story, nor the
"ministère des Armées". Any other generic noun ("l'association", "l'institut") is not a news outlet either. A
media noun no outlet of its kind precedes takes up the first one named after it ("selon l'hebdomadaire, …
poursuit Le Canard enchaîné"). When no organisation of that kind was named, it takes up none (the speaker stays
the noun, as written).
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Doc

from veille.extract.entity_rules import fold_apostrophes, news_agencies, rule_set
from veille.extract.person_key import fold_name
from veille.extract.word_classes import DEFINITE

Named = tuple[int, str]  # (position, name as written)
_ARTICLES = ("le ", "la ", "les ", "l'")  # "Parisien" is listed as "le parisien"


@cache
def _kinds_of(file: str) -> dict[str, frozenset[str]]:
    """ "journal quotidien hebdomadaire" → {"journal": {"quotidien", "hebdomadaire"}}: the first word, then the rest."""
    kinds: dict[str, set[str]] = {}
    for line in rule_set(file):
        first, _, rest = line.partition(" ")
        kinds.setdefault(first, set()).update(rest.split())
    return {key: frozenset(value) for key, value in kinds.items()}


@cache
def _outlet_kinds() -> dict[str, frozenset[str]]:
    """ "le figaro" → {"quotidien"}: outlet_kinds.txt holds the kind first, the outlet's name after it."""
    kinds: dict[str, set[str]] = {}
    for line in rule_set("outlet_kinds.txt"):
        kind, _, name = line.partition(" ")
        kinds.setdefault(name, set()).add(kind)
    return {key: frozenset(value) for key, value in kinds.items()}


def media_noun(noun: str) -> bool:
    return noun in _kinds_of("media_nouns.txt")


def _of_kind(outlet: str, kinds: frozenset[str]) -> bool:
    """An outlet the noun's kinds include, or one whose kind the list does not give ("le site" for a blog)."""
    if not kinds:
        return True
    folded = fold_apostrophes(outlet)
    table = _outlet_kinds()
    own = next((table[name] for name in (folded, *(article + folded for article in _ARTICLES)) if name in table), None)
    return own is None or bool(own & kinds)


def _another_institution(name: str, noun: str, institution_nouns: frozenset[str]) -> bool:
    """ "ministère des Armées", "Parti socialiste" for "l'entreprise": a name opening on an institution noun that
    is no company noun names a body of another kind."""
    words = [w for w in fold_apostrophes(name).replace("'", "' ").split() if w not in DEFINITE]
    first = words[0] if words else ""
    return first != noun and first in institution_nouns and first not in rule_set("company_nouns.txt")


def organisation_referent(
    noun: str, at: int, organisations: list[Named], introduced: list[tuple[int, str, str]], outlets: list[Named],
    generic: frozenset[str], institution_nouns: frozenset[str],
) -> str | None:
    """The organisation "la préfecture" stands for: the latest one named with that noun ("préfecture de l'Isère",
    "l'entreprise Statnett"); else, for a media noun, the latest outlet of its kind; for a generic noun (``generic``:
    institution_nouns.txt's "any") the latest organisation of its kind; for no noun (the issuer of "le rapport"), the
    latest organisation. A media noun no outlet of its kind precedes is the first one of that kind named after it (a
    lead may say "selon l'hebdomadaire" and name it lower down). A wire agency reports, it is never the one meant."""
    before = [e for e in organisations if e[0] < at]
    named = [e for e in before if noun and noun in fold_name(e[1]).split()]
    named += [(e[0], e[2]) for e in introduced if e[1] == noun and e[0] < at]
    if not named and media_noun(noun):
        kinds = _kinds_of("media_nouns.txt")[noun]
        named = [e for e in outlets if e[0] < at and _of_kind(e[1], kinds)]  # not the mairie, not RTL
        later = [e for e in outlets if e[0] > at and _of_kind(e[1], kinds)]
        if not named and later:  # "selon l'hebdomadaire, … poursuit Le Canard enchaîné": named only further on
            return min(later)[1]
    elif not named and (noun in generic or not noun):
        named = [e for e in before if fold_apostrophes(e[1]) not in news_agencies()]
        if noun:  # "l'association" is not "Le Parisien" that relays it
            named = [e for e in named if e not in outlets]
        if noun in rule_set("company_nouns.txt"):
            named = [e for e in named if not _another_institution(e[1], noun, institution_nouns)]
    chosen = max(named, default=None)
    return chosen[1] if chosen else None


def reported_subject(doc: Doc, start: int, end: int, noun: str, generic: frozenset[str]) -> str | None:
    """ "La Poste a décidé d'octroyer une prime …, a annoncé le groupe": with no organisation named before it, a
    generic noun (``generic``) is the organisation the reported words open on, the subject of what it announces
    about itself; the quote runs from ``start`` to ``end``. Only an entity within its first three words."""
    if noun not in generic:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    first = next((e for e in span.ents if e.label_ == "ORG"), None) if span is not None else None
    if first is None or first.start - span.start > 2 or fold_apostrophes(first.text) in news_agencies():
        return None
    return first.text
