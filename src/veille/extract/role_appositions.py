"""Role appositions a preposition does not hide: "Pour Odile X, vice-présidente et porte-parole de l'UVR, …".

After "pour X," or "selon X," a noun phrase with its determiner is usually the next clause's subject ("Pour X,
l'expéditeur a …"), so cast.py does not read it as X's description. A role noun with no determiner right after
the comma cannot open a subject: French drops the article only in an apposition, so the phrase describes X
whatever governs the name; nor can a definite role closed by a second comma before any verb ("à Paul X, le PDG
de Total, dans lequel …"). There, roles joined by "et" ("vice-présidente et porte-parole") are one description;
after a name no preposition governs, "et" still ends the apposition, as the second role may be a label the text
sets against another speaker's ("X, ex-ministre et candidate LREM" is not "la candidate LR" quoted before).
"""
from __future__ import annotations

from spacy.tokens import Doc

from veille.extract.entity_rules import fold_apostrophes, role_words

#: Words that may stand before the role noun of a bare apposition ("ancien ministre", "ex-maire").
_ARTICLES = frozenset({"le", "la", "l'", "l’"})
_BEFORE_ROLE = frozenset({"ancien", "ancienne", "ex", "nouveau", "nouvelle", "actuel", "actuelle", "premier", "première"})


def _role_at(doc: Doc, i: int) -> bool:
    return i < len(doc) and fold_apostrophes(doc[i].lower_).removeprefix("ex-") in role_words()


def bare_role_at(doc: Doc, i: int) -> bool:
    """ "vice-présidente de …", "ancien ministre": a role noun opens the words at ``i``, with no determiner."""
    return _role_at(doc, i) or (i < len(doc) and doc[i].lower_ in _BEFORE_ROLE and _role_at(doc, i + 1))


def role_apposition_at(doc: Doc, i: int, end: int) -> bool:
    """The words at ``i`` describe the name before the comma: a bare role ("vice-présidente de …"), or a definite
    role closed by a comma before any verb ("à Paul X, le PDG de Total, dans lequel …"); not "Pour Marine X, le
    président a menti", whose role is the subject of a new clause."""
    if bare_role_at(doc, i):
        return True
    if i + 1 >= end or doc[i].lower_ not in _ARTICLES or not bare_role_at(doc, i + 1):
        return False
    for token in doc[i + 2: end]:
        if token.text == ",":
            return True
        if token.pos_ in ("VERB", "AUX") or token.lower_ in ("qui", "que", "qu'", "qu’"):
            return False
    return False


def joins_roles(doc: Doc, i: int) -> bool:
    """ "vice-présidente et porte-parole": an "et" at ``i`` that adds a second role to one description."""
    return doc[i].lower_ == "et" and bare_role_at(doc, i + 1)
