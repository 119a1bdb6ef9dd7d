"""Quote provenance: the same quote reported by several articles is one quote with its first appearance.

Outlets copy a quote verbatim, cut it short, or change a few words (a retranslation, a
tidied phrase). Quotes are taken oldest first; one whose folded words are mostly held by
an earlier original (the shared words make at least ``MIN_CONTAINMENT`` of the shorter of
the two) is a report of that original, else it is an original itself. A report is
*altered* when its words are not a run of the original's (nor the original's a run of
its own): a cut changes no word, a substitution does. Comparison is on folded words, so
case, accents and quotation marks never count as changes.

Candidates are found through an index of each original's words, so a speaker with
thousands of quotes is compared only with the originals sharing words with each one.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from typing import Any

from veille.store.fold import fold_words

MIN_CONTAINMENT = 0.8
"""Share of the shorter quote's words found in the other from which both are one quote."""
MIN_WORDS = 4
"""Shorter quotes ("non", "c'est faux") recur by chance: they are never linked."""
MAX_CANDIDATES = 200
"""Originals checked per quote, those sharing its rarest word first: bounds a speaker's hot phrases."""


def trace_quotes(quotes: Sequence[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Each quote (given oldest first) with ``status`` original|same|altered and ``origin`` (the index
    of its original, None on originals); originals get ``reported_by`` (distinct outlets of it and
    its reports) and ``reports`` (how many quotes, itself included); altered ones ``diff``: the
    quote's words as [word, changed] pairs against the original."""
    words = [fold_words(str(q.get("text") or "")) for q in quotes]
    index: dict[str, list[int]] = defaultdict(list)
    out: list[dict[str, Any]] = []
    outlets: dict[int, set[str]] = {}
    reports: dict[int, int] = {}
    for i, quote in enumerate(quotes):
        entry: dict[str, Any] = {**quote, "status": "original", "origin": None}
        origin = _origin(words[i], words, index)
        if origin is None:
            outlets[i], reports[i] = set(), 0
            if len(words[i]) >= MIN_WORDS:
                for word in set(words[i]):
                    index[word].append(i)
        else:
            entry["origin"] = origin
            if is_altered(words[origin], words[i]):
                entry["status"] = "altered"
                entry["diff"] = word_diff(str(quotes[origin].get("text") or ""), str(quote.get("text") or ""))
            else:
                entry["status"] = "same"
        root = i if origin is None else origin
        outlets[root].add(str(quote.get("site") or "?"))
        reports[root] += 1
        out.append(entry)
    for i, sites in outlets.items():
        out[i]["reported_by"] = len(sites)
        out[i]["reports"] = reports[i]
    return out


def containment(a: Sequence[str], b: Sequence[str]) -> float:
    """Share of the shorter word list's distinct words found in the other."""
    first, second = set(a), set(b)
    shorter = min(len(first), len(second))
    return len(first & second) / shorter if shorter else 0.0


def is_altered(original: Sequence[str], version: Sequence[str]) -> bool:
    """True when neither word list is a contiguous run of the other (a cut is not a change)."""
    return not (_is_run(version, original) or _is_run(original, version))


def _is_run(part: Sequence[str], whole: Sequence[str]) -> bool:
    n = len(part)
    return any(list(whole[k : k + n]) == list(part) for k in range(len(whole) - n + 1))


def _origin(quote: list[str], words: list[list[str]], index: Mapping[str, list[int]]) -> int | None:
    if len(quote) < MIN_WORDS:
        return None
    distinct = set(quote)
    seen: set[int] = set()
    best, best_score = None, MIN_CONTAINMENT
    # rarest first, then alphabetical: the candidates, and so the origin, never depend on the hash seed
    for word in sorted(distinct, key=lambda w: (len(index.get(w, ())), w)):
        for j in index.get(word, ()):
            if j in seen:
                continue
            seen.add(j)
            if words[j] == quote:
                return j
            value = containment(words[j], quote)
            if value > best_score or (value == best_score and (best is None or j < best)):  # a tie: the first
                best, best_score = j, value
            if len(seen) >= MAX_CANDIDATES:
                return best
    return best


def word_diff(original: str, version: str) -> list[tuple[str, bool]]:
    """The words of ``version``, each with True when it is not in a matching run of ``original``."""
    old, new = original.split(), version.split()
    matcher = SequenceMatcher(a=[" ".join(fold_words(w)) for w in old],
                              b=[" ".join(fold_words(w)) for w in new], autojunk=False)
    changed = [True] * len(new)
    for block in matcher.get_matching_blocks():
        for k in range(block.b, block.b + block.size):
            changed[k] = False
    return list(zip(new, changed))
