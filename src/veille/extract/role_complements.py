"""A noun completing another after "de" or "à": whose role it is, or whose the institution is.

"allié du maire", "le porte-parole du ministre": a role noun after "de" or "à" is someone else's role. And an
institution noun right before a name usually introduces the organisation's own name ("le journal Bild",
"la fondation Abbé Pierre"); after a role noun and "de", it says whose the role is, and the name after it is
the role holder's ("la porte-parole du gouvernement Sophie X", "la secrétaire générale du syndicat Anne Y").
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.extract.entity_rules import fold_apostrophes
from veille.extract.entity_rules import role_words as role_nouns
from veille.extract.word_classes import OF, TO

_ARTICLES = frozenset({"la", "l'", "l’", "le", "les"})


def _preposition_before(token: Token) -> int:
    """The index of the word before ``token`` and its article, if any ("du", "de la", "à l'"); -1 if none."""
    i = token.i - 1
    if i > 0 and token.doc[i].lower_ in _ARTICLES:
        i -= 1
    return i


def complements_noun(token: Token) -> bool:
    """ "allié du maire", "adjoint au maire", "destinés à l'avocat": ``token`` follows "de" or "à"."""
    i = _preposition_before(token)
    return i >= 0 and token.doc[i].lower_ in OF | TO


def institution_of_role(noun: Token) -> bool:
    """The institution noun completes a role noun: "porte-parole du gouvernement", "président de la fédération"."""
    i, doc = _preposition_before(noun), noun.doc
    return i > 0 and doc[i].lower_ in OF and fold_apostrophes(doc[i - 1].lower_) in role_nouns()


def completes_other_role(words: list[str], first: int, adjectives: frozenset[str]) -> bool:
    """ "l'avocat du ministre Paul X", "l'adjoint de la nouvelle maire Michèle Y": a name right after a second role
    noun, itself after "de", is that second role's holder, someone else than the source the first noun names.
    ``words`` are a mention's words as written, ``first`` the index of its first capitalised one; ``adjectives`` the
    words that may stand around a role noun without being one ("nouvelle", "ancien")."""
    i = first - 1
    while i > 0 and words[i].lower().removeprefix("ex-") in adjectives:
        i -= 1
    if i < 2 or not words[i].islower() or fold_apostrophes(words[i]).removeprefix("ex-") not in role_nouns():
        return False  # "le ministre de l'Intérieur Gérald X": no role noun before the name, X is the source
    i -= 1
    while i > 0 and words[i].lower().removeprefix("ex-") in adjectives:  # "proche de l'ex-Premier ministre X"
        i -= 1
    if i > 0 and words[i].lower() in _ARTICLES:
        i -= 1
    return i > 0 and words[i].lower() in OF


def role_before_complement(doc: Doc, start: int, floor: int) -> int | None:
    """ "la porte-parole de l'UVR, qui …": the role noun a name at ``start`` completes, from ``floor`` on; a "qui"
    after the name takes up the role's holder, the person who can speak, not the body or place she serves."""
    i = _preposition_before(doc[start])
    if i - 1 < floor or doc[i].lower_ not in OF:
        return None
    if _role_noun(doc[i - 1]):
        return i - 1
    if i - 3 >= floor and doc[i - 2].lower_ in OF and doc[i - 1].is_lower and _role_noun(doc[i - 3]):
        return i - 3  # "le chef de file de la CGT, qui": the role is a locution, its holder speaks
    return None


def _role_noun(token: Token) -> bool:
    """A role noun, former ones included ("l'ex-président de la République, pour qui")."""
    return fold_apostrophes(token.lower_).removeprefix("ex-") in role_nouns()
