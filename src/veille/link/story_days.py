"""The days a headline is about: "trafic très perturbé mercredi", "Grève du 5 décembre".

In a long news run (a strike week) the same outlets publish the same kind of dispatch
every day, with the same words: the traffic forecast for Tuesday and the one for
Wednesday share nearly all their vocabulary, yet a reader (and the gold of the OrangeSum
week) counts them as two developments. What tells them apart is the day the headline
names. So a story remembers the days its members' titles name, and the days each leads with,
and an article whose title names days joins only a story that names one of them too (or names
none); a title naming one day, only a story one of whose titles leads with that day
(story_index.days_agree).

A weekday is resolved against the publication date to the day from two days before to
four days after it: headlines announce ("prévue mardi", said on a Friday) more often than
they look back further than the day before yesterday. A day with a month ("5 décembre") takes
the year written after it, else the year that puts it nearest the publication date (in late
December, "au 1er janvier" is next week, not eleven months ago); "week-end" is the coming
Saturday and Sunday.
"""
from __future__ import annotations

import re
import tomllib
from datetime import date, timedelta
from functools import cache
from importlib import resources

from veille.article import Article
from veille.link.minhash import fold

LOOK_BACK = 2
"""Days before publication a bare weekday may name; the rest of the week lies ahead."""


@cache
def _words() -> tuple[dict[str, int], dict[str, int], re.Pattern[str]]:
    text = resources.files("veille.link").joinpath("rules", "title_days.toml").read_text(encoding="utf-8")
    rules = tomllib.loads(text)
    weekdays, months, weekend = rules["weekdays"], rules["months"], rules["weekend"]["words"]
    pattern = re.compile(
        rf"\b(?P<weekday>{'|'.join(weekdays)})\b(?:\s+(?P<wday>\d{{1,2}})\b)?"
        rf"|\b(?P<day>\d{{1,2}})(?:er)?\s+(?P<month>{'|'.join(months)})\b(?:\s+(?P<year>\d{{4}})\b)?"
        rf"|\b(?P<weekend>{'|'.join(map(re.escape, weekend))})\b")
    return weekdays, months, pattern


def title_days(article: Article) -> frozenset[str]:
    """ISO days the title names; empty when it names none or the article has no date."""
    try:
        published = date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return frozenset()
    weekdays, months, pattern = _words()
    days: set[date] = set()
    for match in pattern.finditer(fold(article.title or "")):
        if match["weekday"]:
            offset = (weekdays[match["weekday"]] - published.weekday() + LOOK_BACK) % 7 - LOOK_BACK
            day = published + timedelta(days=offset)
            if match["wday"] and int(match["wday"]) != day.day:  # "mercredi 5": the number wins
                day = _on(published.year, published.month, int(match["wday"])) or day
            days.add(day)
        elif match["day"]:
            if (day := _dated(published, months[match["month"]], int(match["day"]), match["year"])) is not None:
                days.add(day)
        else:
            saturday = published + timedelta(days=(5 - published.weekday() + LOOK_BACK) % 7 - LOOK_BACK)
            days.update((saturday, saturday + timedelta(days=1)))
    return frozenset(d.isoformat() for d in days)


def leading_days(days: frozenset[str]) -> list[str]:
    """The days a title is mainly about: its earliest, with the Sunday after it when it names that
    weekend whole ("samedi et dimanche", "ce week-end" are one outing, "dimanche et lundi" two days)."""
    if not days:
        return []
    first = min(days)
    sunday = (date.fromisoformat(first) + timedelta(days=1)).isoformat()
    if date.fromisoformat(first).weekday() == 5 and sunday in days:
        return [first, sunday]
    return [first]


def _dated(published: date, month: int, day: int, year: str | None) -> date | None:
    """The day a "5 décembre" names: in the year written, else the one nearest the publication date."""
    if year:
        return _on(int(year), month, day)
    dated = [d for y in (published.year - 1, published.year, published.year + 1) if (d := _on(y, month, day))]
    return min(dated, key=lambda d: abs(d - published), default=None)


def _on(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
