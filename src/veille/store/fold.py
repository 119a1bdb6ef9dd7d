"""Accent, case and ligature folding shared by the search index and search queries.

SQLite's ``unicode61 remove_diacritics 2`` strips accents but keeps ``œ`` and ``æ`` as
letters of their own, so "coeur" would never find "cœur". We fold text ourselves before
indexing and fold every query the same way; the tokenizer's own folding then has nothing
left to do. Bump ``FOLD_VERSION`` whenever ``fold`` changes its output: the store
rebuilds its search index when the version it was built with differs.
"""
from __future__ import annotations

import re
import unicodedata

FOLD_VERSION = 1

_LIGATURES = {"œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss", "ẞ": "ss", "ø": "o", "Ø": "o", "ł": "l", "Ł": "l"}
_LIGATURE = re.compile("[" + "".join(_LIGATURES) + "]")  # a regex scan: str.translate is slow on long texts
# Combining marks left by NFKD: the diacritics blocks, not every Mn (keeps scripts that need marks legible).
_MARKS = re.compile("[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+")
# A word as unicode61 sees one: letters and digits; underscore and punctuation separate.
WORD = re.compile(r"[^\W_]+")


def fold(text: str) -> str:
    """Lower-case ``text`` and strip accents and ligatures: "Cœur SÉCURITÉ" -> "coeur securite"."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", _LIGATURE.sub(lambda m: _LIGATURES[m[0]], text))
    return _MARKS.sub("", text).casefold()


def fold_words(text: str) -> list[str]:
    """The folded words of ``text``, split as the search index splits them."""
    return WORD.findall(fold(text))
