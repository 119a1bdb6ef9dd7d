"""Build the month, year, range and period expressions of ``french_dates`` from their regex matches.

These are the matches that need a second look before they count: a month or a year alone
is a date only with a cue ("Mars" mid-sentence is the planet), a month range only when both
months are written as months, "la semaine" only with a direction or "cette", "le week-end"
only when nothing anchors it elsewhere ("le week-end de Pâques").
"""
from __future__ import annotations

import re
from functools import lru_cache

from veille.extract.date_expression import DateExpression
from veille.extract.date_words import alternation, date_words, not_a_bare_year, word_key

_SENTENCE_START = re.compile(r"(?:^|[.!?:\n«“\"(]\s*)$")


def month_number(text: str) -> int:
    """The number of a month written in full or abbreviated ("janv.")."""
    w = date_words()
    key = word_key(text)
    return w.months.get(key) or w.abbreviations[key]


def _at_sentence_start(text: str, start: int) -> bool:
    return bool(_SENTENCE_START.search(text[max(0, start - 4):start]))


@lru_cache(maxsize=1)
def _month_and() -> re.Pattern[str]:
    """A month and a joining word right before another: "en janvier et février", "décembre, janvier ou mars"."""
    return re.compile(rf"\b(?:{alternation(date_words().months)})(?:\s+\d{{4}})?\s*(?:,|\bet\b|\bou\b)\s*$",
                      re.IGNORECASE)


def _after_month(text: str, start: int) -> bool:
    """Is the month at ``start`` the second of a pair ("en janvier et février"), which shares the first's cue?"""
    return bool(_month_and().search(text, max(0, start - 24), start))


def decade_start(digits: str) -> int:
    """"1990" or "90" -> 1990; a decade written with two digits is the 20th century's, but "00" the 2000s."""
    year = int(digits)
    return year if year >= 100 else (2000 if year == 0 else 1900 + year)


def build_period_word(name: str, m: re.Match[str], text: str) -> DateExpression | None:
    """A month or a year, licensed by a part word, a cue, a year or a direction."""
    g = m.groupdict()
    part = g.get("part")
    start = m.start("part") if part else m.start(name)
    end = m.end()
    if name == "year":
        if not (part or g["cue"]) and not_a_bare_year(text, start, end):
            return None
        return DateExpression(start=start, end=end, text=text[start:end], kind="year", year=int(g["year"]))
    direction = date_words().directions[g["dir"].lower()] if g["dir"] else 0
    word = g["month"]
    licensed = bool(part or g["cue"] or g["year"] or direction) or (word[0].islower() and _after_month(text, start))
    if word[0].isupper() and not (g["year"] or _at_sentence_start(text, start) or (part and part.strip() != "en")):
        licensed = False  # "Mars" mid-sentence is the planet or a brand, not March
    if not licensed:
        return None
    year = g["year"] or g.get("shared")
    return DateExpression(start=start, end=end, text=text[start:end], kind="month", month=month_number(word),
                          year=int(year) if year else None, direction=direction)


def build_month_range(m: re.Match[str]) -> DateExpression | None:
    """"d'avril 2016 à mars 2017", "entre mai et juillet": a capitalised month without its year may be a name."""
    g = m.groupdict()
    if any(g[f"m{i}"][0].isupper() and not g[f"y{i}"] for i in (1, 2)):
        return None
    m1, m2 = month_number(g["m1"]), month_number(g["m2"])
    y2 = int(g["y2"]) if g["y2"] else None
    y1 = int(g["y1"]) if g["y1"] else (y2 - (m1 > m2) if y2 is not None else None)
    until = DateExpression(start=m.start("m2"), end=m.end(), text=m.group(0)[m.start("m2") - m.start():], kind="month",
                           month=m2, year=y2)
    return DateExpression(start=m.start(), end=m.end(), text=m.group(0), kind="range", month=m1, year=y1, until=until)


_AFTER_BARE_WEEKEND = re.compile(r"\s+(?:de|du|des|d['’])\b", re.IGNORECASE)


def build_period(m: re.Match[str], text: str) -> DateExpression | None:
    """"la semaine dernière", "cette année", "le mois prochain", "ce (premier) week-end", "tout le week-end", and
    "le week-end" (which ``dates`` keeps only in a past or future sentence: in the present it is a habit)."""
    g = m.groupdict()
    det = " ".join(word_key(g["det"]).split())
    direction = date_words().directions[g["dir"].lower()] if g["dir"] else 0
    unit = {"semaine": "week", "mois": "month", "année": "year", "an": "year", "week-end": "weekend"}[g["unit"].lower()]
    if g["adj"] and unit != "weekend":
        return None  # "le premier mois" counts from something else
    bare_weekend = unit == "weekend" and det == "le" and not _AFTER_BARE_WEEKEND.match(text, m.end())
    if not direction and det not in ("cette", "ce", "cet", "tout le", "tout ce") and not bare_weekend:
        return None  # "la semaine" alone names no particular week; "le week-end de Pâques" another anchor
    return DateExpression(start=m.start(), end=m.end(), text=m.group(0), kind="period",
                          unit=unit, offset=direction, direction=direction)


_SCHOOL_MONTH = 9


def build_school_start(m: re.Match[str]) -> DateExpression | None:
    """"à la rentrée", "depuis la rentrée universitaire", "la rentrée 2018", "le début de l'année scolaire": the
    September the school year begins in, as the month. A bare "la rentrée" counts only after a preposition that
    dates something by it ("à", "dès", "depuis" …), not in "le coût de la rentrée" nor "la rentrée dans
    l'atmosphère"."""
    g = m.groupdict()
    direction = date_words().directions[g["dir"].lower()] if g["dir"] else 0
    qualified = bool(g["kind"] or g["year_kind"] or g["year"] or direction)
    if not qualified and (g["prep"] is None or g["prep"].lower() == "de"):
        return None
    start = m.start("det")
    return DateExpression(start=start, end=m.end(), text=m.group(0)[start - m.start():], kind="month",
                          month=_SCHOOL_MONTH, year=int(g["year"]) if g["year"] else None, direction=direction)
