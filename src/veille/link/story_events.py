"""Event keys: the day an article dates a one-off event on, with the noun that names it ("2018-04-15|interview").

A development's previews, reactions and round-ups (what to expect from tonight's interview, what to
remember from it, a former minister finding the book sad) share the event, but few words with each
other: their term cosine (story_terms.py) is 0.02-0.10, where the threshold is 0.12. The sentences the
NLP stage dates (``article.events``) name it with its day: the President will be interviewed on Sunday
the 15th, the book came out on Wednesday the 11th. A day alone is no identity (every dispatch of a
strike week recalls its first day), nor is a noun (the President gives two interviews in one week, on
two days): the pair is, with a person the article and the story both name (two politicians' Sunday
interviews share a day and a noun). The nouns are those of one-off events (rules/event_nouns.txt), not of
running topics, and only the sentences of the opening count: an event dated further down is background.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from functools import cache
from importlib import resources

from veille.article import Article
from veille.link.minhash import fold
from veille.store.base import StoryRow

_WORD = re.compile(r"\w+")
_WEEK = re.compile(r"\d{4}-W\d{2}")


@cache
def word_forms(name: str) -> dict[str, str]:
    """A word list of rules/ (``name``): each written form, folded, to the first form of its line (a plural to
    its singular), so that "interviews" and "interview" make one key."""
    text = resources.files("veille.link").joinpath("rules", name).read_text(encoding="utf-8")
    nouns: dict[str, str] = {}
    for line in text.splitlines():
        forms = fold(line).split()
        if forms and not line.startswith("#"):
            nouns.update(dict.fromkeys(forms, forms[0]))
    return nouns


def event_keys(article: Article, limit: int, opening_chars: int) -> list[str]:
    """"day|noun" for each day (not month) a sentence of the article's opening dates a one-off event on, its
    own day included (a preview says "dimanche soir", a round-up "ce dimanche"), at most ``limit``.

    The noun is the sentence's, or the title's when the sentence dates the article's own day: a round-up
    titled on the interview whose opening only says that the President answered questions this evening. The
    title's noun is not paired with other days its opening dates: a preview of Sunday's interview that
    recalls Thursday's would make the two interviews one (OrangeSum 9-15 April 2018, pairwise F1 at weight 0.08
    without the shared person: title's noun on no day 0.731, on the own day 0.776, on every day 0.765 with the
    two interviews merged).
    """
    nouns = word_forms("event_nouns.txt")
    opening = article.text[:opening_chars]
    today = (article.published or "")[:10]
    headline = [nouns[w] for w in _WORD.findall(fold(article.title or "")) if w in nouns]
    keys: dict[str, None] = {}
    for event in article.events:
        if not _is_day(event.date) or event.text[:40] not in opening:
            continue
        named = (nouns[w] for w in _WORD.findall(fold(event.text)) if w in nouns)
        for noun in [*named, *(headline if event.date == today else ())]:
            keys[f"{event.date}|{noun}"] = None
    return list(keys)[:limit]


def actors(article: Article, names: Iterable[str]) -> frozenset[str]:
    """The people the article names (PER entities), else ``names`` (story_keys' spans, capitalised words when
    the NLP stage found no entity): whose event it is."""
    people = frozenset((e.canonical or e.text).strip() for e in article.entities if e.label == "PER")
    return people or frozenset(names)


def shares_event(keys: frozenset[str], people: frozenset[str], story: StoryRow) -> bool:
    """Whether the story dates one of the article's one-off events (``keys``) on its day, and names one of its
    ``people`` (story_keys' spans, kept in the story's state)."""
    return not keys.isdisjoint(story.state.get("event_keys", ())) and not people.isdisjoint(
        story.state.get("entities", ()))


def opening_weeks(article: Article, opening_chars: int) -> frozenset[str]:
    """The ISO weeks ("2018-W15") that sentences of the lead (the opening's first paragraph) date: a weekly round-up
    ("his week in the media", "what he said this week") is about the week's development, which may have begun more
    than ``span_days`` ago, and says so at once. A week recalled further down is the background of the article's
    own news: a mayor's Sunday statement on a debate, recalling in its second paragraph what the President said
    "this week", is not that week's round-up (14-20 Oct 2019: it joined the six-day-old debate story, 13 wrong
    pairs; pairwise F1 0.390 -> 0.417, the eight other weeks unchanged)."""
    opening = article.text[:opening_chars].split("\n", 1)[0]
    return frozenset(e.date for e in article.events
                     if _WEEK.fullmatch(e.date or "") and e.text[:40] in opening)


def began_in(weeks: frozenset[str], people: frozenset[str], story: StoryRow) -> bool:
    """Whether the story began in one of the ``weeks`` and names one of the article's ``people``: the round-up of
    that week goes with it however far past its span (story_guidelines: a weekly round-up goes with the
    development it mainly covers)."""
    if not weeks or people.isdisjoint(story.state.get("entities", ())):
        return False
    year, week, _ = date.fromisoformat(story.first_date[:10]).isocalendar()
    return f"{year}-W{week:02d}" in weeks


def _is_day(value: str | None) -> bool:
    """An ISO day (not a month, a week or a range), one the linker can count days from."""
    if len(value or "") != 10:
        return False
    try:
        date.fromisoformat(value or "")
    except ValueError:
        return False
    return True
