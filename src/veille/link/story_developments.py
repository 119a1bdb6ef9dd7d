"""A running saga's next development: a new story, even though it shares the saga's names.

Single link lets a case that runs for days (an estate dispute, a party's crisis after an election) take every
new step of it: each dispatch names the same people, and their names carry the term score over the threshold.
The guidelines make each step a story of its own unless it is a direct consequence of the one before
(story_guidelines.md: "two different events on the same broad topic"). What marks the new step, on the
article's side, is that the join rests on names alone: its title and lead share no word with the story's
titles but names, and the names' part of its best member's term cosine outweighs the rest (the album cover,
announced by the late singer's manager, joined to the estate ruling; the new generation of the party defying
its leader, joined to the calls for his resignation). A reaction to the story's own development repeats one of
its title words in its title or lead (the ruling, the book, the interview) or weighs on more than names.

The check only applies to an established story: one begun ``min_hours`` ago or more, however few its
members; a story that dates the article's one-off event, or whose week the article rounds up, or that is late or
recalled, has its own evidence and is left alone (stories.py). It is made on the story
that would win, so it costs nothing on the articles that start a story or join a young one.
"""
from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property

from veille.article import Article
from veille.link.minhash import fold
from veille.link.story_founders import title_people
from veille.link.story_keys import not_names
from veille.link.story_terms import MemberLogs, TermWeights
from veille.store.base import StoryRow

_WORD = re.compile(r"\w+")
_NAME_LABELS = frozenset({"PER", "ORG", "LOC"})


@dataclass(frozen=True, slots=True, kw_only=True)
class SagaConfig:
    min_hours: float = 30.0
    """Hours since the story's first article: a story's first day is its development's own news, whatever its
    size. A story of one article counts: the widow confiding on a Wednesday evening and, 35 hours later, talk of
    a settlement before the estate ruling share the family's names, not a development. Pairwise F1 (B-cubed F1),
    30 h and any size against 36 h and 3 members or more: 9-15 Apr 2018 0.890 (0.967) -> 0.910 (0.972), 12-18
    Feb 2018 0.585 (0.948) -> 0.591 (0.953), 16-22 Sep 2019 0.542 (0.971) -> 0.553 (0.974), 11-17 Mar 2019
    0.571 (0.923) -> 0.575 (0.926); the dev week, 12-18 Nov 2018 and 27 May-2 Jun 2019 unchanged. 26 to 34 h
    give the same stories; 24 h cuts the dev week's meeting, postponed the next morning, off its announcement
    (0.764 -> 0.750); 2 or 3 members at 30 h gain nothing. The reactions 3 members used to protect (a mayor
    declining the President's invitation, a minister's answer to a polemic) keep joining: their leads name
    what they answer (``lead_chars``)."""
    lead_chars: int = 150
    """The article's opening read with its title: a reaction says there what it reacts to ("after the
    ruling"), a new step need not."""
    stem_chars: int = 5
    """Characters a word is compared on: "interview" and "interviews", "héritage" and "héritier"."""


class Development:
    """What the check reads of the article: its names' words and its title-and-lead words, read when first asked
    (most articles are never checked: they start a story or join a young one)."""

    def __init__(self, article: Article, config: SagaConfig) -> None:
        self.article, self.config = article, config
        self.published = article.published or ""

    @cached_property
    def names(self) -> frozenset[str]:
        return frozenset(w for e in self.article.entities if e.label in _NAME_LABELS
                         for w in _WORD.findall(fold(e.canonical or e.text)))

    @cached_property
    def opening(self) -> str:
        """The title and the lead's first ``lead_chars``."""
        text, chars = self.article.text, self.config.lead_chars
        lead = text[:chars]
        if len(text) > chars:
            lead = lead.rsplit(None, 1)[0]  # a word cut short ("Vasse" of "Vasseur") is no word of the lead
        return f"{self.article.title or ''}\n{lead}"

    @cached_property
    def words(self) -> frozenset[str]:
        return title_words(self.opening, self.config.stem_chars, self.names)

    @cached_property
    def people(self) -> frozenset[str]:
        """The people the title names (story_founders.py)."""
        return title_people(self.article)

    @cached_property
    def opening_words(self) -> frozenset[str]:
        """Every folded word of the title and lead, names included: where a follow-up names whom it follows."""
        return frozenset(_WORD.findall(fold(self.opening)))


def title_words(text: str, stem_chars: int, names: Iterable[str] = ()) -> frozenset[str]:
    """Content words of a title (or title and lead), cut to ``stem_chars``, names and tool words left out."""
    names, tool_words = frozenset(names), not_names()
    return frozenset(w[:stem_chars] for w in _WORD.findall(fold(text))
                     if len(w) >= 4 and not w.isdigit() and w not in tool_words and w not in names)


def remember_title(titles: list[list], article_id: str, title: str, config: SagaConfig, keep: int) -> list[list]:
    """The story's recent members' title words (``titles``), with the new member's, the latest ``keep``: what a
    later article's title and lead are compared with."""
    return [*titles, [article_id, sorted(title_words(title, config.stem_chars))]][-keep:]


def next_development(found: Development, vector: dict[str, float], weights: TermWeights,
                     members: Sequence[MemberLogs], story: StoryRow, config: SagaConfig) -> bool:
    """Whether the article is a new step of the saga ``story`` rather than one of its follow-ups."""
    if _hours(found.published, story.first_date) < config.min_hours:
        return False
    titles = story.state.get("titles", [])
    if not titles or any(not found.words.isdisjoint(words) for _, words in titles):
        return False
    best = max((_split(vector, weights.weigh(m), found.names) for m in members), key=sum, default=(0.0, 0.0))
    return best[0] > best[1]


def _split(vector: dict[str, float], member: dict[str, float], names: frozenset[str]) -> tuple[float, float]:
    """The term cosine's part on terms holding one of the article's names, and the rest."""
    named = rest = 0.0
    for term, value in vector.items():
        if term in member:
            if any(part in names for part in term.split("_")):
                named += value * member[term]
            else:
                rest += value * member[term]
    return named, rest


def _hours(later: str, earlier: str) -> float:
    try:
        return (datetime.fromisoformat(later[:19]) - datetime.fromisoformat(earlier[:19])).total_seconds() / 3600
    except ValueError:
        return 0.0
