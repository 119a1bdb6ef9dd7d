"""One folding of a person's or organisation's name into a key that survives transliteration.

French and English press spell the same Russian, Arabic or Ukrainian name differently
("Sergueï"/"Sergei", "Choïgou"/"Shoigu", "Zelensky"/"Zelenskyy"). The key folds what
varies between those systems and nothing else, so the link phase can reuse it to join
a speaker across articles. The rules are ordered: accents first, then digraphs that
encode one sound, then doubled letters.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

#: Spelling variants of one sound across French/English transliteration, applied in order.
_DIGRAPHS: tuple[tuple[str, str], ...] = (
    ("tch", "ch"),  # Tchekhov / Chekhov
    ("sh", "ch"),  # Shoigu / Choïgou
    ("kh", "h"),  # Mikhaïl / Mihail
    ("ck", "k"),
    ("ou", "u"),  # Choïgou / Shoigu
    ("w", "v"),  # Wladimir / Vladimir
    ("y", "i"),  # Zelensky / Zelenski, Dmitry / Dmitri
)
_GU_SOFT = re.compile(r"gu(?=[ei])")  # Sergueï / Sergei: French "gu" keeps the g hard
_DOUBLE = re.compile(r"(\w)\1+")
_NON_WORD = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=8192)
def fold_name(name: str) -> str:
    """Lower-case, accent-free, transliteration-folded words joined by single spaces.

    Cached: the cast folds the same few names again for every mention it looks up.
    """
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    text = _GU_SOFT.sub("g", text)
    for variant, folded in _DIGRAPHS:
        text = text.replace(variant, folded)
    text = _DOUBLE.sub(r"\1", text)
    return " ".join(_NON_WORD.sub(" ", text).split())


def person_key(name: str) -> str:
    """A stable id for a canonical name: its folded words joined by hyphens ("sergei-riabkov")."""
    return fold_name(name).replace(" ", "-")
