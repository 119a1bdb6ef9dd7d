"""Near-duplicates: syndicated copies of one dispatch point to its earliest copy.

A copy of a wire dispatch differs from the original by its boilerplate, its title, a
lead sentence added, a few words changed, or by being cut short. The body is compared,
not the page: first an exact fingerprint of the normalised words, then MinHash LSH band
keys (link/minhash.py) to find candidates in the store, each confirmed by the exact
shingle sets. Confirmation accepts either a high Jaccard (the same text, a few words
changed) or a high containment (most of the shorter body's shingles are in the other:
truncation, an added lead or a local paragraph). Two dispatches on one event, written
separately, share their facts and quotes but few 5-word runs, so both measures stay low.
Both also match a template filled in again (tomorrow's traffic forecast), so a match short
of identical (Jaccard < 0.7) must fall within one news cycle (36 h) of the pair and the root.

Order: articles are handled in publication order within a batch (input order breaks
ties), so ``duplicate_of`` names the earliest copy by published date, then ingestion
order. When an older copy arrives after newer ones (a later run, an archive read late),
it becomes the group's original and the store re-points the copies already stored to it.
"""
from __future__ import annotations

from array import array
from collections.abc import Sequence
from contextlib import AbstractContextManager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Protocol

from veille.article import Article
from veille.errors import PipelineError
from veille.link.minhash import ShingleConfig, band_keys, body_hash, normalise, overlap, shingle_hashes
from veille.stage import IndexedStage
from veille.store.base import DedupEntry


class DedupIndex(Protocol):
    """The Store methods this stage uses (store/base.py)."""

    def link_batch(self) -> AbstractContextManager[None]: ...

    def dedup_candidates(self, body_hash: str, band_keys: Sequence[int], *, limit: int) -> list[DedupEntry]: ...

    def dedup_entry(self, article_id: str) -> DedupEntry | None: ...

    def dedup_add(self, article_id: str, *, published: str | None, body_hash: str, root_id: str,
                  shingles: bytes, band_keys: Sequence[int]) -> None: ...

    def dedup_repoint(self, old_root: str, new_root: str) -> None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupConfig:
    shingles: ShingleConfig = field(default_factory=ShingleConfig)
    min_jaccard: float = 0.5
    """Half of the union shared: the same text with words changed here and there."""
    min_containment: float = 0.7
    """Most of the shorter body's 5-word runs found in the other: a cut or extended copy. Separately
    written dispatches on one event stay under 0.3; two days' forecasts written from one template
    reach 0.65 (Jaccard 0.47), and are different news."""
    identical_jaccard: float = 0.7
    """At this Jaccard a body is the same text whenever it was published (a republished dispatch)."""
    max_hours_apart: float = 36.0
    """Short of that, a copy (cut, extended, reworded) goes out within the news cycle; the same
    template filled in days later (tomorrow's traffic forecast, an anniversary piece reusing a
    chronology) is new news. OrangeSum reading sample: bench/dedup_precision.py."""
    min_length_ratio: float = 0.25
    """Containment counts only when the shorter body is at least a quarter of the longer: a dispatch
    quoted whole inside a live blog or a round-up is contained in it, but is not a copy of it."""
    min_shingles: int = 15
    """Below this many shingles (about 20 words) containment means little: only Jaccard counts."""
    short_jaccard: float = 0.8
    max_candidates: int = 30
    """LSH candidates confirmed per article, most shared bands first: bounds the cost of a crowded bucket."""


def publication_order(articles: Sequence[Article]) -> list[int]:
    """Indexes of ``articles`` by published date (undated last), input order breaking ties."""
    return sorted(range(len(articles)), key=lambda i: (_date_key(articles[i].published), i))


def is_near_duplicate(a: array, b: array, config: DedupConfig, *, hours_apart: float | None = None) -> bool:
    """``hours_apart`` (None when a date is missing) limits matches short of identical to one news cycle."""
    jaccard, containment = overlap(a, b)
    shorter, longer = sorted((len(a), len(b)))
    if shorter < config.min_shingles:
        return jaccard >= config.short_jaccard
    if jaccard >= config.identical_jaccard:
        return True
    if hours_apart is not None and hours_apart > config.max_hours_apart:
        return False
    if jaccard >= config.min_jaccard:
        return True
    return containment >= config.min_containment and shorter >= config.min_length_ratio * longer


def hours_between(a: str | None, b: str | None) -> float | None:
    """Hours between two ISO dates or datetimes (a date alone counts as midnight); None when unreadable."""
    try:
        first, second = (datetime.fromisoformat(v) for v in (a or "", b or ""))
    except ValueError:
        return None
    if (first.tzinfo is None) != (second.tzinfo is None):
        first, second = first.replace(tzinfo=None), second.replace(tzinfo=None)
    return abs((first - second).total_seconds()) / 3600


class NearDuplicateLinker(IndexedStage):
    name = "dedup"
    version = 1
    requires = frozenset({"text"})
    assigns = frozenset({"duplicate_of"})

    def __init__(self, config: DedupConfig | None = None) -> None:
        self.config = config or DedupConfig()

    def process_batch(self, articles: Sequence[Article]) -> list[Article | Exception]:
        index: DedupIndex | None = getattr(self, "index", None)
        if index is None:
            raise PipelineError("dedup needs the store's index: bind() it before running")
        results: list[Article | Exception] = list(articles)
        with index.link_batch():
            for i in publication_order(articles):
                try:
                    results[i] = self.process(articles[i])
                except Exception as exc:  # noqa: BLE001 - recorded per article by the pipeline
                    results[i] = exc
        return results

    def process(self, article: Article) -> Article:
        index: DedupIndex | None = getattr(self, "index", None)
        if index is None:
            raise PipelineError("dedup needs the store's index: bind() it before running")
        words = normalise(article.text)[: self.config.shingles.max_words]
        article.duplicate_of = None
        if not words:
            return article
        exact = body_hash(words)
        shingles = shingle_hashes(words, self.config.shingles.size)
        keys = band_keys(words, self.config.shingles, shingles)
        match = self._best_match(article, exact, shingles, index.dedup_candidates(
            exact, keys, limit=self.config.max_candidates))
        root_id = article.id
        root = None
        if match is not None:
            root = index.dedup_entry(match.root_id) or match
            if self._chained_too_far(article, match, shingles, root):
                root = None
        if root is not None and root.article_id == article.id:
            root = None  # re-linking the original of its own group (a new version, a re-run): it stays the original
        if root is not None:
            if _date_key(article.published) < _date_key(root.published):
                index.dedup_repoint(root.article_id, article.id)  # a late, older copy becomes the original
            else:
                root_id = article.duplicate_of = root.article_id
        index.dedup_add(article.id, published=article.published, body_hash=exact, root_id=root_id,
                        shingles=shingles.tobytes(), band_keys=keys)
        return article

    def _chained_too_far(self, article: Article, match: DedupEntry, shingles: array, root: DedupEntry) -> bool:
        """A match short of identical must be in the root's news cycle too, or a daily template
        (Monday's, Tuesday's, Wednesday's forecast) would chain into one group over a week."""
        if root.article_id == match.article_id:
            return False
        other = array("I")
        other.frombytes(match.shingles)
        if overlap(shingles, other)[0] >= self.config.identical_jaccard:
            return False
        hours = hours_between(article.published, root.published)
        return hours is not None and hours > self.config.max_hours_apart

    def _best_match(self, article: Article, exact: str, shingles: array,
                    candidates: list[DedupEntry]) -> DedupEntry | None:
        """The most similar confirmed candidate, the exact fingerprint winning outright."""
        best, best_score = None, 0.0
        for candidate in candidates:
            if candidate.article_id == article.id:  # an earlier version of this same article
                continue
            other = array("I")
            other.frombytes(candidate.shingles)
            if other == shingles:
                return candidate
            hours = hours_between(article.published, candidate.published)
            if is_near_duplicate(shingles, other, self.config, hours_apart=hours):
                score = overlap(shingles, other)[0]
                if score > best_score:
                    best, best_score = candidate, score
        return best


def _date_key(published: str | None) -> tuple[bool, str]:
    return (published is None or published == "", published or "")
