"""The store interface: every backend (SQLite, PostgreSQL) implements this and nothing more.

The rest of veille talks to the store only through these methods, so a second backend
is a second implementation, not a fork.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Literal, Protocol

from veille.article import Article

Status = Literal["new", "changed", "unchanged"]


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchFilters:
    date_from: str | None = None
    date_to: str | None = None
    site: str | None = None
    lang: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchHit:
    id: str
    title: str | None
    site: str | None
    published: str | None
    snippet: str
    score: float


@dataclass(frozen=True, slots=True, kw_only=True)
class SearchPage:
    total: int
    hits: list[SearchHit] = field(default_factory=list)


class Store(Protocol):
    def classify(self, articles: Sequence[Article]) -> list[Status]:
        """For each article (with ``id`` and ``fingerprint`` set): new, changed (a new version), or unchanged."""

    def save(self, articles: Sequence[Article], *, run_id: int) -> list[Status]:
        """Insert new articles and new versions in one transaction; unchanged ones are left alone."""

    def begin_run(self, *, inputs: Sequence[str], settings: Mapping[str, object], stages: Mapping[str, int]) -> int:
        """Record an ingest run with its resolved settings and stage versions; return its id."""

    def finish_run(self, run_id: int, *, funnel: Mapping[str, object]) -> None: ...

    def get(self, article_id: str) -> Article | None: ...

    def iter_articles(self, *, batch_size: int = 500) -> Iterator[Article]: ...

    def count_articles(self) -> int: ...

    def versions(self, article_id: str) -> list[dict[str, object]]:
        """Every stored version of an article: version number, fingerprint, run, time."""

    def search(self, query: str, *, limit: int = 20, offset: int = 0, filters: SearchFilters | None = None) -> SearchPage:
        """Ranked full-text search ignoring case and accents, with snippets."""

    def site_line_counts(self, site: str, line_hashes: Sequence[str]) -> dict[str, int]:
        """How many distinct pages of ``site`` hold each line (by hash)."""

    def add_site_lines(self, site: str, page: str, line_hashes: Sequence[str]) -> None:
        """Count the lines of one page of ``site``; counting the same page twice changes nothing."""

    def stats(self) -> dict[str, object]: ...

    def close(self) -> None: ...

#: Search snippets mark each match between these two characters (never found in clean text),
#: so every view can style matches its own way and escape the rest.
MARK_START = "\x02"
MARK_END = "\x03"
