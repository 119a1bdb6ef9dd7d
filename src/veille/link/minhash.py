"""Word shingles, MinHash signatures and LSH band keys for near-duplicate search.

A syndicated copy keeps long runs of the dispatch's words even when its title,
boilerplate, first sentence or last paragraphs differ, so bodies are compared as sets
of overlapping ``k``-word shingles. MinHash (rensa) turns a set into a short signature
whose bands, hashed, become lookup keys: two bodies sharing one band key are
candidates, and only candidates are compared exactly. Everything here is pure and
deterministic (no salted ``hash()``), so keys written by one run are found by the next.
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
import zlib
from array import array
from dataclasses import dataclass

from rensa import RMinHash

_WORD = re.compile(r"\w+")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_SEED = 20250304


@dataclass(frozen=True, slots=True, kw_only=True)
class ShingleConfig:
    size: int = 5
    """Words per shingle: long enough that two dispatches on one event rarely share many."""
    num_perm: int = 96
    bands: int = 32
    """32 bands of 3 rows per view: a pair with Jaccard 0.5 is a candidate with p = 0.985, 0.3 with p = 0.58."""
    head_words: int = 120
    """The second view: a copy cut short or given a new first sentence still shares the dispatch's opening."""
    max_words: int = 5000
    """Untrusted input: only the first words of a huge body are shingled."""


def fold(text: str) -> str:
    """Casefolded, without accents; only non-ASCII runs pay for the Unicode decomposition."""
    return _NON_ASCII.sub(_strip_marks, text.casefold())


def _strip_marks(match: re.Match[str]) -> str:
    return _stripped(match.group())


@functools.lru_cache(maxsize=4096)
def _stripped(run: str) -> str:
    """A run of non-ASCII characters without its marks. French text repeats a few runs ("é", "è", "’")
    thousands of times per article: cached, the decomposition is paid once per run (fold took half the time)."""
    return "".join(c for c in unicodedata.normalize("NFKD", run) if not unicodedata.combining(c))


def normalise(text: str) -> list[str]:
    """Folded words: quotes, spaces and accents vary between copies of one dispatch."""
    return _WORD.findall(fold(text))


def body_hash(words: list[str]) -> str:
    """Exact fingerprint of a normalised body: byte-identical and re-encoded copies share it."""
    return hashlib.sha1(" ".join(words).encode("utf-8")).hexdigest()


def shingle_hashes(words: list[str], size: int) -> array:
    """The sorted, distinct 32-bit hashes of the ``size``-word shingles (a short body is one shingle)."""
    if not words:
        return array("I")
    if len(words) < size:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i : i + size]) for i in range(len(words) - size + 1)]
    return array("I", sorted({zlib.crc32(g.encode("utf-8")) for g in grams}))


def band_keys(words: list[str], config: ShingleConfig, shingles: array | None = None) -> list[int]:
    """LSH keys of two views of a body, the whole and its opening words, as signed 64-bit integers.

    Jaccard over the whole body misses a copy cut to a third of the dispatch (Jaccard 0.3);
    their openings still match, so each view gets its own bands (view and band mixed into the key).
    ``shingles``, the whole body's ``shingle_hashes`` when the caller has them, spares hashing it twice.
    """
    keys: list[int] = []
    if not words:
        return keys
    digest: list[int] = []
    for view, view_words in enumerate((words, words[: config.head_words])):
        if view == 0 or len(words) > config.head_words:  # a short body is its own opening
            minhash = RMinHash(num_perm=config.num_perm, seed=_SEED)
            hashes = shingles if view == 0 and shingles is not None else shingle_hashes(view_words, config.size)
            minhash.update([s.to_bytes(4, "little") for s in hashes])
            digest = minhash.digest()
        rows = config.num_perm // config.bands
        for band in range(config.bands):
            values = array("I", [view, band, *digest[band * rows : (band + 1) * rows]]).tobytes()
            keys.append(int.from_bytes(hashlib.blake2b(values, digest_size=8).digest(), "little", signed=True))
    return keys


def overlap(a: array, b: array) -> tuple[float, float]:
    """Jaccard and containment (shared shingles over the smaller set) of two shingle sets."""
    if not a or not b:
        return 0.0, 0.0
    common = len(set(a).intersection(b))
    return common / (len(a) + len(b) - common), common / min(len(a), len(b))
