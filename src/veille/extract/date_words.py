"""The words of French date expressions, and the words around one that say it is no date.

The lists live in ``rules/french_dates.toml``; ``french_dates`` builds its patterns from
them. The cues here undo a match: a paper's name that holds a weekday ("Journal du
dimanche"), a habit ("chaque lundi"), a number that counts rather than dates ("plus de
2000", "1900 agents").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from veille.extract.entity_rules import rule_table


@dataclass(frozen=True, slots=True)
class DateWords:
    """The word lists of rules/french_dates.toml, by what they mean."""

    months: dict[str, int]
    abbreviations: dict[str, int]
    weekdays: dict[str, int]
    relative_days: dict[str, int]
    anaphoric_days: dict[str, int]
    parts_of_day: list[str]
    period_parts: list[str]
    cues: list[str]
    directions: dict[str, int]
    units: dict[str, str]
    numbers: dict[str, int]
    ordinals: dict[str, int]
    seasons: dict[str, int]
    titles: list[str]
    habitual_cues: list[str]
    count_cues: list[str]
    plural_function_words: frozenset[str]


@lru_cache(maxsize=1)
def date_words() -> DateWords:
    """The lists, read once per process."""
    data = rule_table("french_dates.toml")
    return DateWords(
        months=data["months"], abbreviations=data["month_abbreviations"], weekdays=data["weekdays"],
        relative_days=data["relative_days"], anaphoric_days=data["anaphoric_days"],
        parts_of_day=data["lists"]["parts_of_day"],
        period_parts=data["lists"]["period_parts"], cues=data["lists"]["licensing_cues"], directions=data["directions"],
        units=data["units"], numbers=_with_compounds(data["numbers"]), ordinals=data["ordinals"],
        seasons=data["seasons"], titles=data["lists"]["titles"],
        habitual_cues=data["lists"]["habitual_cues"], count_cues=data["lists"]["count_cues"],
        plural_function_words=frozenset(data["lists"]["plural_function_words"]),
    )


_TENS = ("vingt", "trente", "quarante", "cinquante", "soixante")


def _with_compounds(numbers: dict[str, int]) -> dict[str, int]:
    """The number words plus their compounds from 21 to 69 ("vingt-cinq", "trente et un"), as dates count years
    ("Vingt-cinq ans après")."""
    compounds = dict(numbers)
    for ten in _TENS:
        for unit in ("deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"):
            compounds[f"{ten}-{unit}"] = numbers[ten] + numbers[unit]
        compounds[f"{ten} et un"] = compounds[f"{ten}-et-un"] = numbers[ten] + 1
    return compounds


def alternation(words: list[str] | dict[str, object]) -> str:
    """A regex alternation, longest first, reading any apostrophe as both ' and ’."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace("'", "['’]") for w in ordered)


def word_key(word: str) -> str:
    """A word as the lists write it: lower case, straight apostrophe."""
    return word.lower().replace("’", "'")


@lru_cache(maxsize=1)
def titles() -> re.Pattern[str]:
    """Names that hold a date word but date nothing ("Journal du dimanche"): their words are never a date."""
    return re.compile(rf"\b(?:{alternation(date_words().titles)})(?!\w)", re.IGNORECASE)


@lru_cache(maxsize=1)
def _count_before() -> re.Pattern[str]:
    """Words right before a number that make it a count ("plus de 2000"), read on the text before it."""
    return re.compile(rf"(?:^|\s)(?:{alternation(date_words().count_cues)})\s*$", re.IGNORECASE)


_NEXT_WORD = re.compile(r"\s+(\w+)")


def not_a_bare_year(text: str, start: int, end: int) -> bool:
    """Is the number at ``start:end``, written without a date cue, a count ("1900 agents") or part of a path
    ("/pm/1892/") rather than a year?"""
    if text[start - 1: start] == "/" or text[end: end + 1] == "/" or _count_before().search(
            text, max(0, start - 16), start):
        return True
    following = _NEXT_WORD.match(text, end)
    if following is None:
        return False
    word = following.group(1).lower()
    return len(word) > 3 and word[-1] in "sx" and word not in date_words().plural_function_words  # "1900 agents"


@lru_cache(maxsize=1)
def habitual() -> re.Pattern[str]:
    """A cue right before a weekday that makes it a habit ("chaque lundi"), read on the text before the weekday."""
    return re.compile(rf"\b(?:{alternation(date_words().habitual_cues)})\s+$", re.IGNORECASE)
