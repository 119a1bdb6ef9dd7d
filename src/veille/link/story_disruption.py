"""Disruption days: transport forecasts and reports are one development per day of disruption.

In a strike week the traffic forecasts and the reports of the day's disruption (jams, strike rates,
blocked depots) follow each other with the same words, and a reader (the OrangeSum dev week's gold,
the story guidelines' "traffic forecast for Tuesday's strike") groups them by the day they describe:
Friday's forecast with Friday's jams, Monday's forecasts with Monday's jams, never one with the other.
Only titles name days (story_days.py), and a report of today's disruption names none ("240 km de
bouchons autour de Lille"). So an article whose title names a disruption (rules/disruption_words.txt) of transport (rules/transport_words.txt)
describes the days its title names, else those the first sentence of its opening that dates a day from
its publication day on dates ("ce matin", "vendredi" in Thursday evening's forecast), else the day it was
published; a story keeps the days its disruption members describe. Such an article does not join a story
that describes only other days, and scores ``disruption_weight`` more with one that describes the same day
and names one of its organisations or places (the rail operator, the region): a forecast and the day's
reports share the day and the operator, not their words.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from veille.article import Article
from veille.link.minhash import fold
from veille.link.story_days import title_days
from veille.link.story_events import word_forms
from veille.store.base import StoryRow

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True)
class Disruption:
    days: frozenset[str]
    """The ISO days of disruption the article describes."""
    names: frozenset[str]
    """Its organisations and places (ORG and LOC entities): whose trains, which roads."""


def disruption(article: Article, opening_chars: int) -> Disruption | None:
    """The days of disruption the article describes, None when its title names no disruption."""
    words = set(_WORD.findall(fold(article.title or "")))
    if words.isdisjoint(word_forms("disruption_words.txt")) or words.isdisjoint(word_forms("transport_words.txt")):
        return None  # "la circulation du virus", "un trafic de drogue": no transport in the title, no disruption
    days = title_days(article) or lead_days(article, opening_chars)
    names = frozenset((e.canonical or e.text).strip() for e in article.entities if e.label in ("ORG", "LOC"))
    return Disruption(days, names) if days else None


def lead_days(article: Article, opening_chars: int) -> frozenset[str]:
    """The days dated by the first sentence of the opening that dates a day from the publication day on: what a
    headline without a day is about ("les bus rouleront mieux vendredi", written on Thursday evening; "ce
    matin"), not the day before that it recalls ("hier, la circulation était fluide"); else the publication day."""
    today = (article.published or "")[:10]
    dated = sorted((start, e.date) for e in article.events if len(e.date or "") == 10 and (e.date or "") >= today
                   and 0 <= (start := article.text.find(e.text[:40])) < opening_chars)
    if not dated:
        return frozenset({today} if today else ())
    return frozenset(day for start, day in dated if start == dated[0][0])


def other_days(article: Disruption, story: StoryRow) -> bool:
    """True when the story's disruption members describe only days the article does not."""
    described = story.state.get("disrupted", {})
    return bool(described) and article.days.isdisjoint(described)


def same_day(article: Disruption, story: StoryRow) -> bool:
    """True when the story describes one of the article's days of disruption and names one of its
    organisations or places."""
    return not article.days.isdisjoint(story.state.get("disrupted", {})) and not article.names.isdisjoint(
        story.state.get("entities", {}))
