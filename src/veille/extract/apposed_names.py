"""A name set off by a comma after a person's role is that person, whatever label the tagger gave it.

"le patron de l'organisation, Tedros Adhanom Ghebreyesus": the tagger reads the three capitalised words as an
organisation, and a role phrase ending on an organisation's name usually names where the person works ("le président
du groupe Les Républicains"). After a comma, though, the capitalised words are an apposition to the role: its holder.
"""
from __future__ import annotations

from veille.extract.entity_rules import role_words
from veille.extract.word_classes import DEFINITE

#: Words that may stand between the determiner and the role noun: "le nouveau patron", "l'ancien porte-parole".
_BEFORE_ROLE = frozenset({"nouveau", "nouvel", "nouvelle", "ancien", "ancienne", "actuel", "actuelle", "premier",
                          "première", "jeune", "grand", "haut", "haute"})


def apposed_to_role(tokens: list, run: list) -> bool:
    """Whether the capitalised ``run`` ending the mention ``tokens`` follows a comma after a definite role phrase
    ("le patron de l'organisation, X Y")."""
    start = len(tokens) - len(run)
    if start < 3 or tokens[start - 1].text != "," or tokens[0].lower_ not in DEFINITE:
        return False
    head = next((t for t in tokens[1:start - 1] if t.lower_ not in _BEFORE_ROLE), None)
    return head is not None and head.lower_.removeprefix("ex-") in role_words()
