"""The one object that travels through veille: an article and its parts.

Plain data only (no spaCy Doc, no DB row) so that an Article pickles for worker
processes and serialises to the export record of PRODUCT.md. Every offset points
into ``Article.text``.
"""
from __future__ import annotations

from copy import deepcopy
from dataclasses import dataclass, field, fields
from typing import Any, Literal
from urllib.parse import urlsplit

RawFormat = Literal["html", "dump", "text"]
QuoteType = Literal["direct", "indirect", "mixed"]
EntityLabel = Literal["PER", "ORG", "LOC", "MISC"]


class Pickled:
    """Pickles as its slots' values in order: every article crosses between processes twice per batch
    with its parts, and the dataclasses' own pickling looks the fields up again for each part (a processed
    article unpickled in 0.15 ms instead of 0.27, in the process that links and saves)."""

    __slots__ = ()

    def __reduce__(self) -> tuple[object, ...]:
        cls = type(self)
        return _restore, (cls, tuple(getattr(self, name) for name in cls.__slots__))


def _restore(cls: type[Pickled], values: tuple[object, ...]) -> Pickled:
    made = object.__new__(cls)
    for name, value in zip(cls.__slots__, values):
        object.__setattr__(made, name, value)  # as a frozen dataclass sets its own fields
    return made


@dataclass(frozen=True, slots=True, kw_only=True)
class RawPage(Pickled):
    """What a source read, before cleaning.

    ``format`` tells the cleaner what it is looking at: ``html`` is a whole page,
    ``dump`` a scraped page-text dump whose first lines may hold site, section and
    title, ``text`` a body whose title and metadata came as separate fields.
    ``own_id`` is true when the input names the page itself (a record id, a feed entry
    id): two such pages are two articles even with the same words, whereas a file
    re-read through another path is the same page.
    """

    format: RawFormat
    content: str
    own_id: bool = False


@dataclass(frozen=True, slots=True, kw_only=True)
class Dateline(Pickled):
    raw: str
    place: str | None = None
    agency: str | None = None
    date: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Flags(Pickled):
    """Damage the cleaner noticed but could not (or must not) repair."""

    mt_residue: tuple[str, ...] = ()
    damaged_chars: int = 0
    damaged: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote(Pickled):
    type: QuoteType
    text: str
    start: int
    end: int
    speaker: str | None = None
    speaker_id: str | None = None
    speaker_mention: str | None = None
    cue: str | None = None
    named: bool = True


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity(Pickled):
    text: str
    label: EntityLabel
    start: int
    end: int
    canonical: str | None = None
    entity_id: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class DateMention(Pickled):
    text: str
    start: int
    end: int
    value: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event(Pickled):
    date: str
    text: str


@dataclass(slots=True, kw_only=True)
class Article(Pickled):
    """An article as PRODUCT.md's record describes it, plus ``raw``, ``extra`` and ``trace``.

    ``extra`` keeps input columns veille does not model (the only untyped field);
    ``trace`` maps stage name -> version that produced the values.
    """

    id: str = ""
    source_id: str
    url: str | None = None
    site: str | None = None
    section: str | None = None
    title: str | None = None
    published: str | None = None
    lang: str | None = None
    text: str = ""
    boilerplate: list[str] = field(default_factory=list)
    flags: Flags = field(default_factory=Flags)
    dateline: Dateline | None = None
    quotes: list[Quote] = field(default_factory=list)
    entities: list[Entity] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    story_id: str | None = None
    duplicate_of: str | None = None
    fingerprint: str = ""
    raw: RawPage | None = None
    extra: dict[str, Any] = field(default_factory=dict)
    trace: dict[str, int] = field(default_factory=dict)

    @property
    def outlet(self) -> str | None:
        """The site as the input names it, else the URL's host: a JSONL dump or a page without a site name
        still comes from one outlet, whose furniture is learnt and whose reports are counted under that name."""
        if self.site:
            return self.site
        try:
            return urlsplit(self.url).hostname if self.url else None
        except ValueError:  # a hostile URL ("http://[x") names no host
            return None

    def to_record(self) -> dict[str, Any]:
        """The export record: every PRODUCT.md field, nothing internal.

        Written out rather than ``dataclasses.asdict`` (which copies every part through a
        generic recursion): the store calls this once per article saved, and asdict cost about
        as much as the rest of the save.
        """
        return {
            "id": self.id,
            "source_id": self.source_id,
            "url": self.url,
            "site": self.site,
            "section": self.section,
            "title": self.title,
            "published": self.published,
            "lang": self.lang,
            "text": self.text,
            "boilerplate": list(self.boilerplate),
            "flags": {
                "mt_residue": list(self.flags.mt_residue),
                "damaged_chars": self.flags.damaged_chars,
                "damaged": list(self.flags.damaged),
            },
            "dateline": _part_record(self.dateline) if self.dateline else None,
            "quotes": [_part_record(q) for q in self.quotes],
            "entities": [_part_record(e) for e in self.entities],
            "dates": [_part_record(d) for d in self.dates],
            "events": [_part_record(e) for e in self.events],
            "story_id": self.story_id,
            "duplicate_of": self.duplicate_of,
            "extra": deepcopy(self.extra),
        }

    @classmethod
    def from_record(cls, record: dict[str, Any]) -> Article:
        """Rebuild an Article from ``to_record`` output (as the store keeps it)."""
        data = dict(record)
        flags = data.pop("flags", None) or {}
        dateline = data.pop("dateline", None)
        return cls(
            **{k: v for k, v in data.items() if k in _SIMPLE_FIELDS},
            flags=Flags(
                mt_residue=tuple(flags.get("mt_residue", ())),
                damaged_chars=int(flags.get("damaged_chars", 0)),
                damaged=tuple(flags.get("damaged", ())),
            ),
            dateline=Dateline(**dateline) if dateline else None,
            quotes=[Quote(**q) for q in data.get("quotes") or []],
            entities=[Entity(**e) for e in data.get("entities") or []],
            dates=[DateMention(**d) for d in data.get("dates") or []],
            events=[Event(**e) for e in data.get("events") or []],
        )


_PART_FIELDS: dict[type, tuple[str, ...]] = {
    part: tuple(f.name for f in fields(part)) for part in (Dateline, Quote, Entity, DateMention, Event)
}


def _part_record(part: Dateline | Quote | Entity | DateMention | Event) -> dict[str, Any]:
    """A part's fields as a dict (parts hold only strings, numbers and booleans)."""
    return {name: getattr(part, name) for name in _PART_FIELDS[type(part)]}


_SIMPLE_FIELDS = frozenset(
    {
        "id", "source_id", "url", "site", "section", "title", "published", "lang", "text",
        "boilerplate", "story_id", "duplicate_of", "extra", "trace", "fingerprint",
    }
)
