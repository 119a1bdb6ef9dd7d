"""A name glued to the heading that follows it: "…, rétorque VéranFace à cette indignation".

Scraped articles lose the line breaks around their headings, so a heading ("Face à la crise") can stick to the last
word before it; when that word is a name, the tokenizer sees one word, "VéranFace", that no one bears. A capitalised
word made of two capitalised parts, whose first part is the surname of someone else in the article, is that person,
even where the NER took the glued word for a name of its own.
"""
from __future__ import annotations

import re

from veille.extract.cast import Cast

_GLUED = re.compile(r"([A-ZÀ-Ý][a-zà-ÿ]{2,})[A-ZÀ-Ý][a-zà-ÿ]+")


def glued_name(mention: str, cast: Cast) -> str | None:
    """The fullest name of the person whose surname opens a glued ``mention`` ("VéranFace" → "Olivier Véran")."""
    match = _GLUED.fullmatch(mention.strip())
    if match is None:
        return None
    person = cast.find(match.group(1))
    return person.name if person is not None and person.name != match.group() else None
