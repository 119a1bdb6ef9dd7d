"""Timelines: a story's dated events merged across its articles, each entry with all its sources.

Several outlets report one event in their own words ("le 17 décembre, Moscou a publié des
projets d'accords…", "rappelons que le 17 décembre 2021, le ministère a publié des projets
de traité…"). Two events are one entry when they carry the same date and either their
descriptions share most of their content words (``MIN_OVERLAP`` of the shorter one's) or
they name at least ``MIN_SHARED_NAMES`` of the same people, places or organisations (the
article's entities found in the event's text). A copy (``duplicate_of``) says nothing new:
it is folded under its original's source instead of adding events of its own.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from veille.store.fold import fold, fold_words

MIN_OVERLAP = 0.5
"""Half of the shorter description's content words shared: the same fact, told twice."""
MIN_SHARED_NAMES = 2
"""Two names in common on one date (a minister and a treaty, a city and a club): one event."""
MIN_WORD_CHARS = 4
"""Content words only: "le", "des", "2021" say nothing about which event it is."""
_NAME_LABELS = frozenset({"PER", "ORG", "LOC"})


def merge_timeline(records: Iterable[Mapping[str, Any]],
                   copies: Iterable[Mapping[str, Any]] = ()) -> list[dict[str, Any]]:
    """Entries ``{date, text, sources}`` by date, from article records (``id``, ``site``, ``title``,
    ``published``, ``events``, ``entities``, ``duplicate_of``); ``copies`` are member rows (``id``,
    ``site``, ``published``, ``duplicate_of``) listed under their original's source. The entry's text
    is its earliest source's description."""
    copies_of: dict[str, list[dict[str, Any]]] = {}
    for copy in copies:
        copies_of.setdefault(str(copy.get("duplicate_of")), []).append(
            {"article_id": copy.get("id"), "site": copy.get("site"), "published": copy.get("published")})
    originals = [r for r in records if not r.get("duplicate_of")]
    for record in [r for r in records if r.get("duplicate_of")]:  # a copy given as a record folds too
        copies_of.setdefault(str(record["duplicate_of"]), []).append(
            {"article_id": record.get("id"), "site": record.get("site"), "published": record.get("published")})
    entries: list[_Entry] = []
    for record in sorted(originals, key=lambda r: (r.get("published") is None, r.get("published") or "")):
        source = {"article_id": record.get("id"), "site": record.get("site"), "title": record.get("title"),
                  "published": record.get("published"), "copies": copies_of.get(str(record.get("id")), [])}
        names = _names(record)
        for event in record.get("events") or []:
            day = str(event.get("date") or "")
            text = str(event.get("text") or "")
            words = {w for w in fold_words(text) if len(w) >= MIN_WORD_CHARS and not w.isdigit()}
            found = {n for n in names if n in fold(text)}
            entry = next((e for e in entries if e.date == day and e.matches(source, words, found)), None)
            if entry is None:
                entries.append(entry := _Entry(day, text))
            entry.add(source, words, found)
    return [e.as_dict() for e in sorted(entries, key=lambda e: (e.date, e.text))]


class _Entry:
    __slots__ = ("date", "text", "sources", "words", "names")

    def __init__(self, date: str, text: str) -> None:
        self.date, self.text = date, text
        self.sources: list[dict[str, Any]] = []
        self.words: list[set[str]] = []
        self.names: set[str] = set()

    def matches(self, source: dict[str, Any], words: set[str], names: set[str]) -> bool:
        """Two events one article dates the same day are two events: it would not tell one twice."""
        if any(s["article_id"] == source["article_id"] for s in self.sources):
            return False
        if len(names & self.names) >= MIN_SHARED_NAMES:
            return True
        return any(_overlap(words, other) >= MIN_OVERLAP for other in self.words)

    def add(self, source: dict[str, Any], words: set[str], names: set[str]) -> None:
        self.sources.append(source)
        self.words.append(words)
        self.names |= names

    def as_dict(self) -> dict[str, Any]:
        return {"date": self.date, "text": self.text, "sources": self.sources}


def _overlap(a: set[str], b: set[str]) -> float:
    shorter = min(len(a), len(b))
    return len(a & b) / shorter if shorter else 0.0


def _names(record: Mapping[str, Any]) -> set[str]:
    """The record's people, places and organisations, canonical and as written, folded."""
    names = set()
    for entity in record.get("entities") or []:
        if entity.get("label") in _NAME_LABELS:
            for written in (entity.get("canonical"), entity.get("text")):
                name = fold(str(written or "")).strip()
                if len(name) >= MIN_WORD_CHARS:
                    names.add(name)
    return names
