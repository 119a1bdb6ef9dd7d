"""Whose role an institution noun tells: "la porte-parole du gouvernement Sophie X".

An institution noun right before a name usually introduces the organisation's own name ("le journal Bild",
"la fondation Abbé Pierre"); after a role noun and "de", it says whose the role is, and the name after it is
the role holder's ("le porte-parole de l'armée Paul X", "la secrétaire générale du syndicat Anne Y").
"""
from __future__ import annotations

from spacy.tokens import Token

from veille.extract.entity_rules import fold_apostrophes
from veille.extract.entity_rules import role_words as role_nouns
from veille.extract.word_classes import OF

_ARTICLES = frozenset({"la", "l'", "l’", "le", "les"})


def institution_of_role(noun: Token) -> bool:
    """The institution noun completes a role noun: "porte-parole du gouvernement", "président de la fédération"."""
    doc = noun.doc
    i = noun.i - 1
    if i > 0 and doc[i].lower_ in _ARTICLES:
        i -= 1
    return i > 0 and doc[i].lower_ in OF and fold_apostrophes(doc[i - 1].lower_) in role_nouns()
