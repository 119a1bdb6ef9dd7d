"""The person in "Andreas X du King's College de Londres" or "Marie Y de l'université de Lyon": the name before "de".

A speaker mention that opens on a person's name and goes on with "de", "du" or "des" names that person's
institution after the person; the institution is where the person works, not who spoke. Read as a whole, the
mention would go to the organisation the NER tagged in it.
"""
from __future__ import annotations

from veille.extract.cast import Cast
from veille.extract.entity_rules import mention_words
from veille.extract.first_names import common_first_name
from veille.extract.word_classes import OF

#: A person's name is at most this many words: "Jean-Marc de La Roche" is rare enough to leave to the cast.
_MAX_NAME = 3


def affiliated_person(mention: str, cast: Cast) -> str | None:
    """The person's name when ``mention`` is "<name> de <institution>", else None: the name must be a person of
    the cast or open on a common first name ("Andreas"), and every word before "de" capitalised."""
    words = mention_words(mention)
    cut = next((i for i, w in enumerate(words) if w.lower() in OF), None)
    if cut is None or not 2 <= cut <= _MAX_NAME or not all(w[:1].isupper() for w in words[:cut]):
        return None
    name = " ".join(words[:cut])
    person = cast.find(name)
    if person is not None:
        return person.name
    return name if common_first_name(words[0]) else None
