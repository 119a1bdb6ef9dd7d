"""Day-month(-year) expressions in French news text ("le 10 janvier", "1er mars 2020").

The dateline parser and the published-date resolver both read these, so they read them
the same way. Month and weekday names are data (``rules/months.txt``, ``rules/weekdays.txt``).
A day and month without a year get their year from the text (``infer_year``): news pages
report what already happened, so the page is dated no earlier than the latest past event
it dates in full.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from veille.clean.rule_files import rule_pairs, rule_words

MONTHS: dict[str, int] = {name.casefold(): int(number) for name, number in rule_pairs("months.txt").items()}
WEEKDAYS: frozenset[str] = rule_words("weekdays.txt")


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


MONTH_PATTERN = rf"(?i:{_alternation(MONTHS)})"
WEEKDAY_PATTERN = rf"(?i:{_alternation(WEEKDAYS)})"
#: "10 janvier", "1er mars 2020", "mardi 3 déc. 2019"; groups day, month, year.
DAY_MONTH_PATTERN = (
    rf"(?:{WEEKDAY_PATTERN}\s+)?(?P<day>1er|[0-3]?\d)\s+(?P<month>{MONTH_PATTERN})(?!\w)"
    rf"(?:\s+(?P<year>(?:1[89]|2[01])\d\d)(?!\d))?"
)
_DAY_MONTH = re.compile(rf"(?<![\w-]){DAY_MONTH_PATTERN}")
#: Words just before a full date that say it lies ahead of the page ("d'ici le 1er mars 2025").
_FUTURE_CUES = re.compile(
    r"(?i:d['’]ici|jusqu['’]|à partir d|a partir d|à compter d|avant le|avant la fin|prévu|prévue|prévus|prévues"
    r"|programmé|doit|doivent|devrait|devraient|devra|devront|sera|seront|aura lieu|auront lieu|prochain|prochaine)"
)
_CUE_WINDOW = 40


@dataclass(frozen=True, slots=True)
class DayMonth:
    """A day and month, with the year when the text gives it; ``start``/``end`` locate it."""

    day: int
    month: int
    year: int | None
    start: int
    end: int

    def on(self, year: int) -> date | None:
        """This day in ``year``, or None when it does not exist (30 February)."""
        try:
            return date(year, self.month, self.day)
        except ValueError:
            return None


def _from_match(match: re.Match[str], offset: int = 0) -> DayMonth | None:
    day = 1 if match["day"] == "1er" else int(match["day"])
    month = MONTHS[match["month"].casefold()]
    year = int(match["year"]) if match["year"] else None
    found = DayMonth(day=day, month=month, year=year, start=match.start() + offset, end=match.end() + offset)
    # 2000 is a leap year: a 29 February without a year is still a real day.
    return found if found.on(year or 2000) else None


def read_day_month(match: re.Match[str]) -> DayMonth | None:
    """The DayMonth of a match of a pattern that embeds ``DAY_MONTH_PATTERN``."""
    return _from_match(match)


def find_day_months(text: str) -> list[DayMonth]:
    """Every valid day-month(-year) expression in ``text``, in order."""
    found = (_from_match(m) for m in _DAY_MONTH.finditer(text))
    return [d for d in found if d is not None]


def past_full_dates(text: str) -> list[date]:
    """Fully dated days the text does not present as lying ahead (no "d'ici", "prévu", "sera"… just before)."""
    dates: list[date] = []
    previous_end = 0
    for found in find_day_months(text):
        before = text[max(previous_end, found.start - _CUE_WINDOW) : found.start]
        previous_end = found.end
        clause = re.split(r"[.;!?\n]", before)[-1]
        if found.year is None or _FUTURE_CUES.search(clause):
            continue
        day = found.on(found.year)
        if day is not None:
            dates.append(day)
    return dates


def infer_year(day_month: DayMonth, past_events: Iterable[date]) -> int | None:
    """The first year that puts the page no earlier than the latest past event; None without evidence."""
    latest = max(past_events, default=None)
    if latest is None:
        return None
    for year in range(latest.year, latest.year + 5):  # five years reach the next 29 February
        page = day_month.on(year)
        if page is not None and page >= latest:
            return year
    return None


def nearest_year(day_month: DayMonth, reference: date) -> int | None:
    """The year putting the day nearest ``reference`` (a dateline a day before a New Year's page)."""
    candidates = [d for y in (reference.year - 1, reference.year, reference.year + 1) if (d := day_month.on(y))]
    if not candidates:
        return None
    return min(candidates, key=lambda d: abs((d - reference).days)).year
