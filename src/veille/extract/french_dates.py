"""Find French date expressions in plain text, before anything gives them a value.

Finding is ours and cheap: a handful of regular expressions built from the word lists
of ``rules/french_dates.toml``, run over the text. Each match becomes a
``DateExpression`` that says *what* the words mean ("the Monday before", "the end of
a January") without deciding *which* day: that needs the publication date and the
verb tense, which ``date_values`` and ``dates`` bring.

A month or a year alone is too often something else ("Mars", "2019 personnes"), so it
counts only with a day, a year, a period word ("fin", "en") or a licensing cue
("depuis"). Words are matched whole, so "mai" inside "maison" and "je" are never dates.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

Kind = Literal["day", "month", "year", "weekday", "relative_day", "period", "offset", "night", "range"]

MAX_TEXT = 200_000
"""Texts longer than this are scanned only up to here (untrusted input)."""

_SENTENCE_START = re.compile(r"(?:^|[.!?:\n«“\"(]\s*)$")


@dataclass(frozen=True, slots=True, kw_only=True)
class DateExpression:
    """A date expression as written, and what its words mean.

    ``direction`` is -1/+1 for "dernier"/"prochain" and 0 otherwise; ``offset`` counts
    ``unit``s from publication ("il y a deux jours" -> -2 days, "la semaine prochaine"
    -> +1 week). A range or a night carries its second end in ``until``.
    """

    start: int
    end: int
    text: str
    kind: Kind
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None
    direction: int = 0
    offset: int = 0
    unit: str | None = None
    until: DateExpression | None = None


@dataclass(frozen=True, slots=True)
class _Words:
    months: dict[str, int]
    abbreviations: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    parts_of_day: list[str]
    period_parts: list[str]
    cues: list[str]
    directions: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]


@lru_cache(maxsize=1)
def _words() -> _Words:
    data = tomllib.loads(resources.files("veille.extract").joinpath("rules/french_dates.toml").read_text("utf-8"))
    return _Words(
        months=data["months"], abbreviations=data["month_abbreviations"], weekdays=data["weekdays"],
        relative_days=data["relative_days"], parts_of_day=data["lists"]["parts_of_day"],
        period_parts=data["lists"]["period_parts"], cues=data["lists"]["licensing_cues"], directions=data["directions"],
        units=data["units"], numbers=data["numbers"],
    )


def _alt(words: list[str] | dict[str, object]) -> str:
    """A regex alternation, longest first, reading any apostrophe as both ' and ’."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", "['’]") for w in ordered)


def _key(word: str) -> str:
    return word.lower().replace("’", "'")


_DAY = r"1er|premier|0?[1-9]|[12]\d|3[01]"
_YEAR = r"1[89]\d\d|20\d\d"
_END = r"(?!\w)"
#: Every match of "day", "month" and "year" starts a word, but their optional leading groups make Python's re try each
#: alternative at every character; testing for a word start first skips most positions at once (half the time).
_WORD_START = r"\b(?=\w)"
_NOT_A_YEAR_AFTER = (
    r"(?!\s*(?:%|€|\$|euros?\b|dollars?\b|personnes\b|habitants\b|morts\b|ans\b|mètres\b|km\b|kilos?\b"
    r"|tonnes\b|exemplaires\b|voix\b|emplois\b|salariés\b|points\b))"
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = _words()
    month = f"(?:{_alt(w.abbreviations)})|(?:{_alt(w.months)}){_END}"
    wd = _alt(w.weekdays)
    pod = _alt(w.parts_of_day)
    rel = _alt(w.relative_days)
    parts = "|".join(
        (re.escape(p).replace("'", "['’]") + (r"\s*" if p.endswith("-") else r"\s+"))
        for p in sorted(w.period_parts, key=len, reverse=True)
    )
    cues = _alt(w.cues)
    dirs = _alt(w.directions)
    units = _alt(w.units)
    numbers = _alt(w.numbers)
    flags = re.IGNORECASE
    return {
        "numeric": re.compile(
            r"(?<![\w/.\-])(?:(?P<le>le)\s+)?(?P<day>[0-3]?\d)(?P<sep>[/.\-])(?P<month>[01]?\d)(?P=sep)"
            r"(?P<year>(?:19|20)\d\d)(?![\w/]|[.\-]\d)", flags),
        "day": re.compile(
            rf"{_WORD_START}(?:(?P<rel>{rel})\s*,?\s*)?(?:(?P<le>le|ce)\s+)?(?:(?P<wd>{wd})\s+)?"
            rf"(?P<day>{_DAY})\s+(?P<month>{month})(?:\s+(?P<year>{_YEAR}){_END}|\s+(?P<dir>{dirs}){_END})?", flags),
        "range": re.compile(
            rf"\b(?:du|entre\s+le)\s+(?P<d1>{_DAY})(?:\s+(?P<m1>{month}))?(?:\s+(?P<y1>{_YEAR}))?"
            rf"\s+(?:au|et\s+le)\s+(?P<d2>{_DAY})\s+(?P<m2>{month})(?:\s+(?P<y2>{_YEAR}){_END})?", flags),
        "year_range": re.compile(rf"\b(?:de|entre)\s+(?P<y1>{_YEAR})\s+(?:à|et)\s+(?P<y2>{_YEAR}){_END}", flags),
        "month": re.compile(
            rf"{_WORD_START}(?:\b(?P<cue>{cues})\s+)?(?:\b(?P<part>{parts}))?\b(?P<month>{_alt(w.months)}){_END}"
            rf"(?:\s+(?P<year>{_YEAR}){_END}|\s+(?P<dir>{dirs}){_END})?", flags),
        "year": re.compile(
            rf"{_WORD_START}(?:\b(?P<cue>{cues})\s+)?(?:\b(?P<part>{parts}))?\b(?P<year>{_YEAR}){_END}{_NOT_A_YEAR_AFTER}", flags),
        "night": re.compile(
            rf"\b(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?P<wd1>{wd})\s+(?:à|au)\s+(?P<wd2>{wd}){_END}", flags),
        "weekday": re.compile(
            rf"\b(?:(?P<ce>ce)\s+)?(?P<wd>{wd})(?:\s+(?P<dir>{dirs}))?(?:\s+(?P<pod>{pod}))?{_END}", flags),
        "relative_day": re.compile(rf"\b(?P<rel>{rel})(?:\s+(?P<pod>{pod}))?{_END}", flags),
        "period": re.compile(
            rf"\b(?P<det>la|le|l['’]|cette|ce|cet)\s*(?P<unit>semaine|mois|année|an|week-end)(?:-ci)?"
            rf"(?:\s+(?P<dir>{dirs}))?{_END}", flags),
        "offset": re.compile(
            rf"\b(?:(?P<ago>il\s+y\s+a)|(?P<within>dans))\s+(?P<n>\d{{1,3}}|{numbers})\s+(?P<unit>{units}){_END}", flags),
    }


#: Words that every match of a pattern holds, found by a far cheaper search: a text without them (most
#: OrangeSum articles have no numeric date, over a third no year, nine in ten no night) skips that pattern's scan.
_GATES = {
    "numeric": re.compile(r"\d[/.\-][01]?\d[/.\-](?:19|20)\d\d"),
    "year": re.compile(_YEAR),
    "year_range": re.compile(_YEAR),
    "night": re.compile("nuit", re.IGNORECASE),
}


def _day_number(text: str) -> int:
    return 1 if text.lower() in ("1er", "premier") else int(text)


def _month_number(text: str) -> int:
    w = _words()
    key = _key(text)
    return w.months.get(key) or w.abbreviations[key]


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 4):start]))


def _build(name: str, m: re.Match[str], text: str) -> DateExpression | None:
    """Turn one regex match into an expression, or None when the words are not a date here."""
    w = _words()
    g = m.groupdict()
    start, end = m.start(), m.end()
    if name == "numeric":
        return DateExpression(start=start, end=end, text=m.group(0), kind="day",
                              day=int(g["day"]), month=int(g["month"]), year=int(g["year"]))
    if name == "day":
        return DateExpression(start=start, end=end, text=m.group(0), kind="day", day=_day_number(g["day"]),
                              month=_month_number(g["month"]), year=int(g["year"]) if g["year"] else None,
                              direction=w.directions[g["dir"].lower()] if g["dir"] else 0)
    if name == "range":
        month, year = _month_number(g["m2"]), int(g["y2"]) if g["y2"] else None
        until = DateExpression(start=m.start("d2"), end=end, text=text[m.start("d2"):end], kind="day",
                               day=_day_number(g["d2"]), month=month, year=year)
        return DateExpression(start=start, end=end, text=m.group(0), kind="range", day=_day_number(g["d1"]),
                              month=_month_number(g["m1"]) if g["m1"] else month,
                              year=int(g["y1"]) if g["y1"] else year, until=until)
    if name == "year_range":
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 <= y1:
            return None
        until = DateExpression(start=m.start("y2"), end=end, text=g["y2"], kind="year", year=y2)
        return DateExpression(start=start, end=end, text=m.group(0), kind="range", year=y1, until=until)
    if name in ("month", "year"):
        return _build_period_word(name, m, text)
    if name == "night":
        first, second = w.weekdays[g["wd1"].lower()], w.weekdays[g["wd2"].lower()]
        if (first + 1) % 7 != second:
            return None
        until = DateExpression(start=m.start("wd2"), end=end, text=g["wd2"], kind="weekday", weekday=second)
        return DateExpression(start=start, end=end, text=m.group(0), kind="night", weekday=first, until=until)
    if name == "weekday":
        return DateExpression(start=start, end=end, text=m.group(0), kind="weekday",
                              weekday=w.weekdays[g["wd"].lower()],
                              direction=w.directions[g["dir"].lower()] if g["dir"] else 0)
    if name == "relative_day":
        return DateExpression(start=start, end=end, text=m.group(0), kind="relative_day",
                              offset=w.relative_days[_key(g["rel"])], unit="day")
    if name == "period":
        return _build_period(m)
    if name == "offset":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else w.numbers[n]
        sign = -1 if g["ago"] else 1
        return DateExpression(start=start, end=end, text=m.group(0), kind="offset",
                              offset=sign * count, unit=w.units[g["unit"].lower()])
    raise ValueError(name)


def _build_period_word(name: str, m: re.Match[str], text: str) -> DateExpression | None:
    """A month or a year, licensed by a part word, a cue, a year or a direction."""
    g = m.groupdict()
    part = g.get("part")
    start = m.start("part") if part else m.start(name)
    end = m.end()
    if name == "year":
        if not (part or g["cue"]):
            return None
        return DateExpression(start=start, end=end, text=text[start:end], kind="year", year=int(g["year"]))
    direction = _words().directions[g["dir"].lower()] if g["dir"] else 0
    licensed = bool(part or g["cue"] or g["year"] or direction)
    word = g["month"]
    if word[0].isupper() and not (g["year"] or _at_sentence_start(text, start) or (part and part.strip() != "en")):
        licensed = False  # "Mars" mid-sentence is the planet or a brand, not March
    if not licensed:
        return None
    return DateExpression(start=start, end=end, text=text[start:end], kind="month", month=_month_number(word),
                          year=int(g["year"]) if g["year"] else None, direction=direction)


def _build_period(m: re.Match[str]) -> DateExpression | None:
    """"la semaine dernière", "cette année", "le mois prochain", "ce week-end"."""
    g = m.groupdict()
    det = _key(g["det"])
    direction = _words().directions[g["dir"].lower()] if g["dir"] else 0
    if not direction and det not in ("cette", "ce", "cet"):
        return None  # "la semaine" alone names no particular week
    unit = {"semaine": "week", "mois": "month", "année": "year", "an": "year", "week-end": "weekend"}[g["unit"].lower()]
    return DateExpression(start=m.start(), end=m.end(), text=m.group(0), kind="period",
                          unit=unit, offset=direction, direction=direction)


def scan_dates(text: str) -> list[DateExpression]:
    """Every date expression of ``text``, longest first where matches overlap, in text order."""
    if len(text) <= _SHORT_TEXT:
        return list(_scan_short(text))
    return _scan(text)


#: Texts up to this long are scanned once per process (``_scan_short``): the quote reader asks whether a source
#: mention holds a date ("il", "le gouvernement", "Emmanuel Macron"), the same few in article after article.
_SHORT_TEXT = 64


@lru_cache(maxsize=8192)
def _scan_short(text: str) -> tuple[DateExpression, ...]:
    return tuple(_scan(text))


def _scan(text: str) -> list[DateExpression]:
    text = text[:MAX_TEXT]
    found: list[DateExpression] = []
    for name, pattern in _patterns().items():
        gate = _GATES.get(name)
        if gate is not None and gate.search(text) is None:
            continue
        for m in pattern.finditer(text):
            expression = _build(name, m, text)
            if expression is not None:
                found.append(expression)
    chosen: list[DateExpression] = []
    for expression in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if all(expression.end <= c.start or expression.start >= c.end for c in chosen):
            chosen.append(expression)
    return sorted(chosen, key=lambda e: e.start)
