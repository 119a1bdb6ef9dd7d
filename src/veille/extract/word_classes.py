"""French function words the quote and speaker rules read in several places.

Closed classes, so they live here once rather than in rule files: no one extends "de"/"à".
"""
from __future__ import annotations

#: "de" and its contractions and elisions: "le maire de Lyon", "le porte-parole du ministre".
OF = frozenset({"de", "du", "des", "d'", "d’"})
#: "à" and its contractions: "adjoint au maire", "a reproché aux maires de".
TO = frozenset({"à", "au", "aux"})
#: Definite and demonstrative determiners: a mention opened by one takes up someone already named.
DEFINITE = frozenset({"le", "la", "les", "l'", "l’", "ce", "cet", "cette", "ces"})
#: Third-person subject pronouns: who an inverted cue ("a-t-il dit") or a clause's subject takes up.
THIRD_PERSON = frozenset({"il", "elle", "ils", "elles"})
#: Words that make a role a past office ("l'ancien préfet", "l'ex ministre"): no clue to who holds it now.
FORMER = frozenset({"ancien", "ancienne", "ex"})
#: Words that make a role an office not yet held ("le futur président").
NOT_YET = frozenset({"futur", "future"})
