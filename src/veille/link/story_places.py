"""Incident places: two incidents of one kind in different places are two stories, however alike their words.

Within a week, two avalanches in one département share the département, the kind of incident and most
of their vocabulary (skiers, buried, rescuers, the département's name): term cosine 0.19 in the OrangeSum
week of 12-18 February 2018, above the threshold. What tells them apart is where each happened, the
place the dispatch opens with. So an article whose title names an incident (rules/incident_nouns.txt)
does not join a story whose members' titles name the same kind of incident, when none of them opens
with a place the article names in its opening and the article's place is none of theirs. A follow-up
names the place of its incident again.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from veille.article import Article
from veille.link.minhash import fold
from veille.link.story_events import word_forms

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Incident:
    kinds: frozenset[str]
    """The incident nouns the title names."""
    place: str
    """The first place (LOC entity, folded) of the opening: where it happened."""
    places: frozenset[str]
    """Every place of the opening."""

    def as_state(self) -> list[object]:
        """As a story's JSON state keeps it, one per recent member."""
        return [sorted(self.kinds), self.place, sorted(self.places)]

    @classmethod
    def from_state(cls, state: list[object]) -> Incident:
        kinds, place, places = state
        return cls(frozenset(kinds), str(place), frozenset(places))  # type: ignore[arg-type]


def incident(article: Article, opening_chars: int) -> Incident | None:
    """The incident the title names and the places the opening names; None without either."""
    nouns = word_forms("incident_nouns.txt")
    kinds = frozenset(nouns[w] for w in _WORD.findall(fold(article.title or "")) if w in nouns)
    if not kinds:
        return None
    located = sorted((e.start, fold(e.canonical or e.text)) for e in article.entities
                     if e.label == "LOC" and e.start < opening_chars)
    if not located:
        return None
    return Incident(kinds, located[0][1], frozenset(p for _, p in located))


def elsewhere(article: Incident, stored: Iterable[list[object]]) -> bool:
    """True when a story's members (their ``as_state``) report the same kind of incident and none of them
    where the article's happened."""
    same = [m for m in map(Incident.from_state, stored) if not m.kinds.isdisjoint(article.kinds)]
    return bool(same) and all(article.place not in m.places and m.place not in article.places for m in same)
