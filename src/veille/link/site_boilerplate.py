"""Boilerplate a site repeats on page after page, learnt from the pages themselves.

A short line that is not prose ("Retrouvez toutes nos vidéos", "Crédit photo : Studio
Val") and appears on many distinct pages of one site is that site's furniture, whatever
its wording, so no pattern list can anticipate it. Sentences are never learnt: sites
repeat their own (a background paragraph, a quote carried from update to update).
The store counts, per site (its name, else its URL's host: Article.outlet), how many distinct pages hold each line (by hash of the case-
and space-folded line); pages are counted by content fingerprint, so re-ingesting a page
counts nothing twice. A line is removed once it is seen on ``min_pages`` pages, this one
included: the first pages of a new site keep their furniture, later ones lose it, and
the order is the input order. A tag line the site ends its titles with is learnt the same
way (title_tails.py).
"""
from __future__ import annotations

import hashlib
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from veille.article import Article
from veille.clean.dateline import parse_dateline
from veille.errors import PipelineError
from veille.link.title_tails import tail_hash, title_tail
from veille.stage import IndexedStage, Reject

_QUOTE_MARKS = re.compile(r"[«»“”\"„]")
_SENTENCE_END = re.compile(r"[.!?…][»”\"'’)]?$")


class SiteLineIndex(Protocol):
    """The two Store methods this stage uses (store/base.py)."""

    def site_line_counts(self, site: str, line_hashes: Sequence[str]) -> dict[str, int]: ...

    def add_site_lines(self, site: str, page: str, line_hashes: Sequence[str]) -> None: ...


@dataclass(frozen=True, slots=True, kw_only=True)
class SiteBoilerplateConfig:
    max_line_chars: int = 120
    """Longer lines are prose even when repeated (a syndicated paragraph is not furniture)."""
    min_pages: int = 4
    """Distinct pages of one site a line must appear on to count as that site's furniture."""
    min_title_pages: int = 10
    """Distinct pages of one site whose titles must end with a tail for it to be a tag line (title_tails.py):
    above the 7 titles OrangeSum ends with its most common real ending in nine years, below its tag line's ~9 a week."""


def line_hash(line: str) -> str:
    folded = " ".join(line.casefold().split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]


def is_candidate(line: str, *, max_chars: int) -> bool:
    """Short, and not prose: no quotation marks, not a finished sentence.

    News sites repeat their own sentences (a story's background paragraph, a quote carried
    from one update to the next); furniture is labels, credits and calls to action.
    Furniture that reads as a sentence ("Inscrivez-vous à notre newsletter.") is left to
    the pattern list of clean/boilerplate.
    """
    if not 0 < len(line) <= max_chars or _QUOTE_MARKS.search(line):
        return False
    words = line.split()
    sentence = _SENTENCE_END.search(line) is not None and len(words) >= 3 and any(w.islower() for w in words)
    return not sentence


def candidate_lines(text: str, *, max_chars: int) -> list[str]:
    """The lines that could be furniture; an opening dateline ("PARIS (AFP)") is content, not one."""
    lines = [line.strip() for line in text.split("\n")]
    candidates = [line for line in lines if is_candidate(line, max_chars=max_chars)]
    if candidates and candidates[0] == lines[0] and parse_dateline(lines[0]) is not None:
        candidates = candidates[1:]
    return candidates


class SiteBoilerplateLinker(IndexedStage):
    name = "site_boilerplate"
    version = 2
    requires = frozenset({"text"})
    assigns = frozenset({"title", "text", "boilerplate"})

    def __init__(self, config: SiteBoilerplateConfig | None = None) -> None:
        self.config = config or SiteBoilerplateConfig()

    def process(self, article: Article) -> Article:
        outlet = article.outlet
        if not outlet:
            return article
        index: SiteLineIndex | None = getattr(self, "index", None)
        if index is None:
            raise PipelineError("site_boilerplate needs the store's index: bind() it before running")
        site = outlet.casefold().strip()
        page = article.fingerprint or article.id or article.source_id
        hashes = {line: line_hash(line) for line in candidate_lines(article.text, max_chars=self.config.max_line_chars)}
        tail = title_tail(article.title)
        counted = sorted(set(hashes.values()) | ({tail_hash(tail[1])} if tail else set()))
        if not counted:
            return article
        index.add_site_lines(site, page, counted)
        counts = index.site_line_counts(site, counted)
        if tail and counts.get(tail_hash(tail[1]), 0) >= self.config.min_title_pages:
            article.title = tail[0]
            article.boilerplate.append(tail[1])
        furniture = {line for line, h in hashes.items() if counts.get(h, 0) >= self.config.min_pages}
        if not furniture:
            return article
        kept = [line for line in article.text.split("\n") if line.strip() not in furniture]
        if not any(line.strip() for line in kept):
            raise Reject("empty_text")
        article.boilerplate.extend(line.strip() for line in article.text.split("\n") if line.strip() in furniture)
        article.text = "\n".join(kept)
        return article
