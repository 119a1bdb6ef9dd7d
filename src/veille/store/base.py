"""The store interface: every backend (SQLite, PostgreSQL) implements this and nothing more.

The rest of veille talks to the store only through these methods, so a second backend
is a second implementation, not a fork.
"""
from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import AbstractContextManager
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


@dataclass(frozen=True, slots=True, kw_only=True)
class DedupEntry:
    """One article in the near-duplicate index (link/dedup.py): what a later copy is checked against."""

    article_id: str
    published: str | None
    seq: int
    """Ingestion order, assigned by the store; the tie-break after ``published``."""
    root_id: str
    """The earliest copy of the article's duplicate group (the article itself when it is an original)."""
    shingles: bytes
    """Sorted uint32 shingle hashes of the normalised body (link/minhash.py)."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryRow:
    """A story as link/stories.py keeps it: the record of ``veille export stories`` plus scoring state."""

    story_id: str
    label: str
    first_date: str
    last_date: str
    article_count: int
    centroid: bytes
    """float32 sum of the member embeddings."""
    state: dict[str, object] = field(default_factory=dict)
    """JSON-safe counts the linker scores against: outlets, entities, names, copies."""


@dataclass(frozen=True, slots=True, kw_only=True)
class StoryMember:
    article_id: str
    story_id: str
    published: str | None
    title: str | None
    duplicate_of: str | None = None
    embedding: bytes | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class FeedState:
    """What ``veille watch`` remembers of a feed: the validators of the last version it read (sent back
    for a conditional GET) and when it last asked."""

    url: str
    etag: str | None = None
    last_modified: str | None = None
    checked: str
    """ISO time (UTC) of the last poll that reached the server."""


@dataclass(frozen=True, slots=True, kw_only=True)
class WatchEntry:
    """A feed entry's page as ``veille watch`` tried it: fetched for good (``done``), or not yet."""

    url: str
    feed_url: str
    done: bool
    """Fetched and ingested, or refused for a reason that will not change: never fetched again."""
    attempts: int
    last_error: str | None = None
    last_tried: str


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

    def write_batch(self) -> AbstractContextManager[None]:
        """One ingest batch, written whole or not at all: the link writes and ``save`` inside the block
        commit together when it ends; nothing is written if it raises. The transaction begins at the
        first link batch or write, so what runs before that (the NLP stages) holds no lock."""

    def link_batch(self) -> AbstractContextManager[None]:
        """Group the link writes of one batch in one transaction: committed when the block ends, or with
        the enclosing ``write_batch``."""

    def dedup_candidates(self, body_hash: str, band_keys: Sequence[int], *, limit: int) -> list[DedupEntry]:
        """Indexed articles with this exact body, then those sharing the most LSH band keys (at most ``limit``)."""

    def dedup_entry(self, article_id: str) -> DedupEntry | None: ...

    def dedup_add(self, article_id: str, *, published: str | None, body_hash: str, root_id: str,
                  shingles: bytes, band_keys: Sequence[int]) -> None:
        """Index an article's body (replacing what an earlier version of it indexed)."""

    def dedup_repoint(self, old_root: str, new_root: str) -> None:
        """An older copy arrived late: its group's copies now point to it (index and stored articles)."""

    def stories_active(self, since: str, until: str) -> list[str]:
        """Ids of the stories last active in [since, until], oldest first: all a new article is compared with."""

    def story_of(self, article_id: str) -> str | None: ...

    def story_get(self, story_id: str) -> StoryRow | None: ...

    def story_counts(self, story_ids: Sequence[str]) -> dict[str, int]:
        """The ``article_count`` of each of these stories the store holds: it grows with every save, so the
        linker tells whether a story it read earlier is still the stored one (link/story_cache.py)."""

    def story_members(self, story_id: str, *, limit: int | None = None) -> list[StoryMember]:
        """A story's members in publication order (the latest ``limit`` of them when given)."""

    def story_save(self, story: StoryRow, member: StoryMember) -> None:
        """Write a story's new state together with the member that changed it."""

    def iter_stories(self) -> Iterator[dict[str, object]]:
        """The ``veille export stories`` records, oldest story first."""

    def stats(self) -> dict[str, object]: ...

    def check_integrity(self) -> list[str]:
        """What is wrong with the store, one problem a line (empty when sound): the database's own
        checks, then veille's invariants (store/integrity.py)."""

    def close(self) -> None: ...

    # -- reads for the web views (serve/): JSON-safe records, bounded whatever the store's size --

    def view_home(self, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        """Latest stories (``stories``: total, items), ``volume`` by day, ``top_speakers``, ``top_entities``,
        and the ``outlets`` and ``languages`` to filter by."""

    def view_story(self, story_id: str) -> dict[str, object] | None:
        """A story's export fields, its ``members`` (copies included, oldest first) and the ``records`` of its
        originals (bounded), which the page reads events, quotes and entities from."""

    def view_person(self, speaker_key: str, *, limit: int = 200, offset: int = 0) -> dict[str, object] | None:
        """Every quote of one speaker (by ``speaker_id``, else canonical name), oldest first, with its article."""

    def view_search(self, query: str, filters: ViewFilters, *, limit: int = 20, offset: int = 0) -> dict[str, object]:
        """Ranked hits with marked snippets, and ``facets`` by month, outlet, language, story, speaker, entity."""

    def stories_with_event(self, day: str, since: str, until: str) -> list[str]:
        """Ids of the stories last active in [since, until] whose articles date an event ``day`` (link/stories.py's
        recall: a later article referring back to the same dated event), oldest first."""

    # -- what `veille watch` remembers between rounds and runs --

    def feed_state(self, url: str) -> FeedState | None: ...

    def save_feed_state(self, state: FeedState) -> None:
        """Insert or replace the state of ``state.url``."""

    def watch_entries(self, urls: Sequence[str]) -> dict[str, WatchEntry]:
        """The recorded entries among ``urls``, by URL (those never tried are absent)."""

    def save_watch_entries(self, entries: Sequence[WatchEntry]) -> None:
        """Insert or replace these entries, in one transaction."""


@dataclass(frozen=True, slots=True, kw_only=True)
class ViewFilters:
    """The filters every web view and API call shares; dates are ISO days, the rest exact keys."""

    date_from: str | None = None
    date_to: str | None = None
    site: str | None = None
    lang: str | None = None
    speaker: str | None = None
    entity: str | None = None
    story: str | None = None


#: Search snippets mark each match between these two characters (never found in clean text),
#: so every view can style matches its own way and escape the rest.
MARK_START = "\x02"
MARK_END = "\x03"
