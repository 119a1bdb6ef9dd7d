"""Acronyms an article gives in brackets after an organisation's name, whatever language they abbreviate.

"le Centre national des ouragans (NHC)", "l'Agence américaine des médicaments (FDA)": the French press translates a
foreign body's name but keeps its own acronym, so the initials do not match and cast.py's spelling rule misses it;
yet "a précisé le NHC" further on is that body. Only a name the NER tags as an organisation counts: "Olivier Faure
(PS)" gives the person's party, not the person's acronym.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

_BRACKETED = re.compile(r" ?\(([A-ZÉ]{2,6})\)")


def bracketed_acronyms(doc: Doc, text: str) -> dict[str, str]:
    """{"NHC": "Centre national des ouragans"}: each organisation entity directly followed by "(ACRONYM)", read
    in ``text`` (``doc.text``) as the tokenizer may glue the bracket to the acronym."""
    found: dict[str, str] = {}
    for ent in doc.ents:
        if ent.label_ == "ORG" and (match := _BRACKETED.match(text, ent.end_char)) is not None:
            found.setdefault(match.group(1), ent.text)
    return found
