"""Provenance of one speaker's quotes: first seen, reported by how many outlets, altered versions.

The person page lists quotes oldest first; a quote whose words equal an earlier one is the
same quote reported again, one whose words mostly overlap an earlier one is an altered
version of it (shortened, reworded, retranslated), shown with the words that differ marked.
Comparison is on folded words, so case, accents and quotation marks never count as changes.
"""
from __future__ import annotations

from difflib import SequenceMatcher
from typing import Any

from veille.store.fold import fold_words

SIMILAR = 0.6
"""Share of shared words (Jaccard) from which a quote is an altered version of an earlier one."""
MIN_WORDS = 4
"""Shorter quotes ("non", "c'est faux") recur by chance: they are never linked."""


def annotate_provenance(quotes: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each quote (oldest first) with ``status`` original|same|altered, ``origin`` index, and
    on originals ``reported_by`` (distinct outlets of it and its versions); on altered ones
    ``diff``: the quote's words as [word, changed] pairs against the original."""
    words = [fold_words(q.get("text") or "") for q in quotes]
    sets = [set(w) for w in words]
    out: list[dict[str, Any]] = []
    originals: list[int] = []
    outlets: dict[int, set[str]] = {}
    for i, quote in enumerate(quotes):
        entry = {**quote, "status": "original", "origin": None}
        origin = _origin(i, words, sets, originals)
        if origin is None:
            originals.append(i)
            outlets[i] = set()
        else:
            entry["origin"] = origin
            entry["status"] = "same" if words[i] == words[origin] else "altered"
            if entry["status"] == "altered":
                entry["diff"] = word_diff(quotes[origin].get("text") or "", quote.get("text") or "")
        outlets[origin if origin is not None else i].add(quote.get("site") or "?")
        out.append(entry)
    for i in originals:
        out[i]["reported_by"] = len(outlets[i])
    return out


def _origin(i: int, words: list[list[str]], sets: list[set[str]], originals: list[int]) -> int | None:
    if len(words[i]) < MIN_WORDS:
        return None
    best, best_score = None, SIMILAR
    for j in originals:
        if words[j] == words[i]:
            return j
        union = len(sets[i] | sets[j])
        overlap = len(sets[i] & sets[j]) / union if union else 0.0
        if overlap >= best_score and len(words[j]) >= MIN_WORDS:
            best, best_score = j, overlap
    return best


def word_diff(original: str, version: str) -> list[tuple[str, bool]]:
    """The words of ``version``, each with True when it is not in the matching run of ``original``."""
    old, new = original.split(), version.split()
    matcher = SequenceMatcher(a=[" ".join(fold_words(w)) for w in old],
                              b=[" ".join(fold_words(w)) for w in new], autojunk=False)
    changed = [True] * len(new)
    for block in matcher.get_matching_blocks():
        for k in range(block.b, block.b + block.size):
            changed[k] = False
    return list(zip(new, changed))
