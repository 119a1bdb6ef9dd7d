"""Find French date expressions in plain text, before anything gives them a value.

Finding is ours and cheap: a handful of regular expressions built from the word lists
of ``rules/french_dates.toml``, run over the text. Each match becomes a
``DateExpression`` that says *what* the words mean ("the Monday before", "the end of
a January") without deciding *which* day: that needs the publication date and the
verb tense, which ``date_values`` and ``dates`` bring.

A month alone is too often something else ("Mars"), so it counts only with a day, a
year, a period word ("fin", "en") or a licensing cue ("depuis"). A year alone counts
unless it counts something ("2019 personnes", "plus de 2000"; see ``date_words``).
Words are matched whole, so "mai" inside "maison" and "je" are never dates.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from veille.extract.date_expression import DateExpression
from veille.extract.date_words import alternation, date_words, habitual, titles, word_key
from veille.extract.period_expressions import (build_month_range, build_period, build_period_word,
                                               build_school_start, decade_start, month_number)

MAX_TEXT = 200_000
"""Texts longer than this are scanned only up to here (untrusted input)."""



_DAY = r"1er|premier|0?[1-9]|[12]\d|3[01]"
_YEAR = r"1[89]\d\d|20\d\d"
_END = r"(?!\w)"
#: Every match of "day", "month" and "year" starts a word, but their optional leading groups make Python's re try each
#: alternative at every character; testing for a word start first skips most positions at once (half the time).
_WORD_START = r"\b(?=\w)"
#: Scraped pages glue a heading to the next line ("mobilisé samediÀ Dijon", "TachéDimanche soir"): a lower-case
#: letter followed by a capital is a word break too, at the start and at the end of a date.
_GLUED_START = r"(?:\b|(?-i:(?<=[a-zà-ÿ])(?=[A-ZÀ-Ý])))(?=\w)"
_GLUED_END = r"(?:(?!\w)|(?-i:(?=[A-ZÀ-Ý][a-zà-ÿ])))"
_GLUED_WORD_END = r"(?:(?!\w)|(?-i:(?=[A-ZÀ-Ý])))"  # after a word, not a number: "samediÀ Dijon"
_NOT_A_YEAR_AFTER = (
    r"(?!\s*(?:%|€|\$|euros?\b|dollars?\b|personnes\b|habitants\b|morts\b|ans\b|mètres\b|km\b|kilos?\b"
    r"|tonnes\b|exemplaires\b|voix\b|emplois\b|salariés\b|points\b|GMT\b))"
)


@lru_cache(maxsize=1)
def _patterns() -> dict[str, re.Pattern[str]]:
    w = date_words()
    month = f"(?:{alternation(w.abbreviations)})|(?:{alternation(w.months)}){_END}"
    wd = alternation(w.weekdays)
    pod = alternation(w.parts_of_day)
    rel = alternation(w.relative_days)
    parts = "|".join(
        (re.escape(p).replace("'", "['’]") + (r"\s*" if p.endswith("-") else r"\s+"))
        for p in sorted(w.period_parts, key=len, reverse=True)
    )
    cues = alternation(w.cues)
    dirs = alternation(w.directions)
    plural_dirs = alternation([d for d in w.directions if d.endswith("s")])
    units = alternation(w.units)
    numbers = alternation(w.numbers)
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
            rf"\s+(?:au|et\s+le)\s+(?P<d2>{_DAY})\s+(?P<m2>{month})"
            rf"(?:\s+(?P<y2>{_YEAR}){_END}|\s+(?:{plural_dirs}){_END})?",
            flags),
        "year_range": re.compile(rf"\b(?:de|entre)\s+(?P<y1>{_YEAR})\s+(?:à|et)\s+(?P<y2>{_YEAR}){_END}", flags),
        "year_span": re.compile(rf"(?<![\w/.\-])(?P<y1>{_YEAR})\s*[-–]\s*(?P<y2>{_YEAR})(?![\w/]|[.\-]\d)", flags),
        "month": re.compile(
            rf"{_WORD_START}(?:\b(?P<cue>{cues})\s+)?(?:\b(?P<part>{parts}))?\b(?P<month>{alternation(w.months)})"
            rf"(?:\s+(?P<year>{_YEAR}){_END}|\s+(?P<dir>{dirs}){_END}|{_GLUED_WORD_END})"
            # "en juin et septembre 2017": the year written after the second month is the first's too
            rf"(?:(?=\s+(?:et|ou)\s+(?:en\s+)?(?:{alternation(w.months)})\s+(?P<shared>{_YEAR}){_END}))?", flags),
        "year": re.compile(
            rf"{_WORD_START}(?:\b(?P<cue>{cues})\s+)?(?:\b(?P<part>{parts}))?\b(?P<year>{_YEAR}){_GLUED_END}"
            rf"{_NOT_A_YEAR_AFTER}",
            flags),
        "night": re.compile(
            rf"\b(?:dans\s+)?la\s+nuit\s+(?:de|du)\s+(?P<wd1>{wd})\s+(?:à|au)\s+(?P<wd2>{wd}){_END}", flags),
        "weekday_range": re.compile(rf"\bde\s+(?P<wd1>{wd})\s+à\s+(?P<wd2>{wd}){_END}", flags),
        "month_range": re.compile(
            rf"\b(?:de\s+|d['’]|entre\s+)(?P<m1>{alternation(w.months)}){_END}(?:\s+(?P<y1>{_YEAR}))?\s+(?:à|au|et)\s+"
            rf"(?P<m2>{alternation(w.months)}){_END}(?:\s+(?P<y2>{_YEAR}))?{_END}", flags),
        "weekday": re.compile(
            rf"{_GLUED_START}(?:(?P<ce>ce|le)\s+)?(?P<wd>{wd})(?!\s+(?:{_DAY})\s+(?:{month}))"
            # "mardi et mercredi prochains": the plural direction word is the first day's too
            rf"(?:\s+(?P<dir>{dirs})|(?=\s+et\s+(?:{wd})\s+(?P<shared>{plural_dirs}){_END}))?"
            rf"(?:\s+(?P<pod>{pod}))?{_GLUED_WORD_END}", flags),
        "relative_day": re.compile(rf"\b(?P<rel>{rel})(?:\s+(?P<pod>{pod}))?{_END}", flags),
        # not "la veille de l'élection" (another anchor) nor "du jour au lendemain" (at once)
        "anaphoric": re.compile(
            rf"(?<!jour\sau\s)\b(?P<rel>{alternation(w.anaphoric_days)})(?:\s+(?:au\s+)?(?P<pod>{pod}))?{_END}"
            rf"(?!\s+(?:de|du|des|d['’]))", flags),
        # "deux ans plus tard", "Quatre ans après," but not "trois jours après l'effraction" (another anchor)
        "later": re.compile(
            rf"(?<![\w-])(?P<n>\d{{1,3}}|{numbers})\s+(?P<unit>{units})\s+"
            rf"(?:(?P<later>plus\s+tard|après(?=\s*(?:[,.;:!?)]|$)))|plus\s+tôt|auparavant){_END}", flags),
        "period": re.compile(
            rf"\b(?P<det>la|le|l['’]|cette|ce|cet|tout\s+le|tout\s+ce)\s*(?:(?P<adj>premier|long|grand)\s+)?"
            rf"(?P<unit>semaine|mois|année|an|week-end)(?:-ci)?(?:\s+(?P<dir>{dirs}))?{_END}", flags),
        # "cet été", "l'hiver dernier", "au printemps 2019", "en automne" (``dates`` wants a past or future verb there)
        "season": re.compile(
            rf"\b(?P<det>cet|ce|l['’]|au|à\s+l['’]|en|de\s+l['’]|du"
            rf"|au\s+cours\s+de\s+l['’]|(?:durant|pendant)\s+l['’])"
            rf"\s*(?P<season>{alternation(w.seasons)}){_END}"
            rf"(?:\s+(?P<year>{_YEAR}){_END}|\s+(?P<dir>{dirs}){_END})?", flags),
        # "la semaine suivante", "ce jour-là": counted from the date spoken of before
        "following": re.compile(
            rf"\b(?:(?:la|le|l['’])\s*(?P<unit>semaine|mois|année|jour)\s+(?P<rel>suivante?|précédente?)"
            rf"|ce\s+(?P<that>jour|soir|matin)-là){_END}", flags),
        "offset": re.compile(
            rf"\b(?:(?P<ago>il\s+y\s+a)|(?P<within>dans))\s+(?:(?:plus|près|moins)\s+de\s+|environ\s+)?"
            # not "il y a 100 ans d'histoire"
            rf"(?P<n>\d{{1,3}}|{numbers}|quelques)\s+(?P<unit>{units}){_END}(?!\s*d['’]\w)", flags),
        # "les deux prochains jours", "des 12 derniers mois": the N units after or before publication's
        "span": re.compile(
            rf"\b(?:les|des|aux|ces)\s+(?P<n>\d{{1,2}}|{numbers})\s+(?P<dir>{plural_dirs})\s+(?P<unit>{units}){_END}",
            flags),
        # "la fin de l'année", "au début du mois", but not "du mois de juin" nor "de l'année 2019"
        "period_part": re.compile(
            rf"\b(?:(?:à\s+)?la\s+|en\s+)?(?:fin|début|milieu)\s+(?:de\s+l['’](?P<year>année)|du\s+(?P<month>mois))"
            rf"(?:\s+(?P<dir>{dirs}))?{_END}(?!\s+(?:\d|de\s|d['’]|scolaire|universitaire))", flags),
        # "à la rentrée", "la rentrée scolaire 2018", "le début de l'année scolaire": September
        "school_start": re.compile(
            rf"\b(?:(?P<prep>à|pour|depuis|dès|avant|après|d['’]ici|de)\s+)?(?P<det>la\s+rentrée(?!\s+dans\b)"
            rf"(?:\s+(?P<kind>scolaire|universitaire|des\s+classes))?|le\s+début\s+de\s+l['’]année\s+"
            rf"(?P<year_kind>scolaire|universitaire))(?:\s+(?P<dir>{dirs}))?"
            rf"(?:\s+(?P<year>{_YEAR})(?:[-–/](?:{_YEAR}))?)?{_END}", flags),
        "quarter": re.compile(
            rf"\b(?P<ord>{alternation(w.ordinals)})\s+(?P<unit>trimestre|semestre)\s+(?P<year>{_YEAR}){_END}", flags),
        "decade": re.compile(
            rf"\b(?:(?:au\s+)?(?:début|milieu|fin)\s+des|des|les|aux)\s+années\s+(?P<d1>(?:1[89]|20)?\d0)"
            rf"(?:\s+(?:et|à)\s+(?P<d2>(?:1[89]|20)?\d0))?{_END}", flags),
    }


#: Words that every match of a pattern holds, found by a far cheaper search: a text without them (most
#: OrangeSum articles have no numeric date, over a third no year, nine in ten no night) skips that pattern's scan.
_GATES = {
    "numeric": re.compile(r"\d[/.\-][01]?\d[/.\-](?:19|20)\d\d"),
    "year": re.compile(_YEAR),
    "year_range": re.compile(_YEAR),
    "year_span": re.compile(rf"{_YEAR}\s*[-–]\s*{_YEAR}"),
    "night": re.compile("nuit", re.IGNORECASE),
    "decade": re.compile("années", re.IGNORECASE),
    "quarter": re.compile("mestre", re.IGNORECASE),
    "school_start": re.compile("rentrée|scolaire|universitaire", re.IGNORECASE),
}

#: Patterns whose leading number or article makes re try them at every character, run instead only within
#: ``_AROUND`` characters of their keyword, which a plain search finds at once (a third of the time they took).
_KEYWORDS = {
    "later": re.compile(r"plus\s+t[aô]|après|auparavant", re.IGNORECASE),
    "period_part": re.compile(r"(?:fin|début|milieu)\s+d", re.IGNORECASE),
    "anaphoric": re.compile("veille|lendemain|même", re.IGNORECASE),
    "following": re.compile("suivant|précédent|-là", re.IGNORECASE),
    "span": re.compile("prochain|dernier|dernièr", re.IGNORECASE),
}
_AROUND = 40


def _matches(name: str, pattern: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    keyword = _KEYWORDS.get(name)
    if keyword is None:
        yield from pattern.finditer(text)
        return
    seen: set[tuple[int, int]] = set()
    for hit in keyword.finditer(text):
        end = min(len(text), hit.end() + _AROUND)
        for m in pattern.finditer(text, max(0, hit.start() - _AROUND), end):
            if m.span() not in seen and (m.end() < end or end == len(text)):  # not a word cut at the window's end
                seen.add(m.span())
                yield m


#: "ne date pas d'hier", "pas d'hier" is an idiom (long-standing), not yesterday.
_FIGURATIVE_HIER = re.compile(r"\bpas\s+d['’]$", re.IGNORECASE)


#: Words before a bare season that make it one season ("prévus au cours de l'été"), not any ("l'été, on sort").
_SEASON_DETERMINERS = frozenset({"cet", "ce", "au", "à l'", "en", "au cours de l'", "durant l'", "pendant l'"})


def _day_number(text: str) -> int:
    return 1 if text.lower() in ("1er", "premier") else int(text)


def _build(name: str, m: re.Match[str], text: str) -> DateExpression | None:
    """Turn one regex match into an expression, or None when the words are not a date here."""
    w = date_words()
    g = m.groupdict()
    start, end = m.start(), m.end()
    if name == "numeric":
        return DateExpression(start=start, end=end, text=m.group(0), kind="day",
                              day=int(g["day"]), month=int(g["month"]), year=int(g["year"]))
    if name == "day":
        return DateExpression(start=start, end=end, text=m.group(0), kind="day", day=_day_number(g["day"]),
                              month=month_number(g["month"]), year=int(g["year"]) if g["year"] else None,
                              weekday=w.weekdays[g["wd"].lower()] if g["wd"] else None,
                              direction=w.directions[g["dir"].lower()] if g["dir"] else 0)
    if name == "range":
        month, year = month_number(g["m2"]), int(g["y2"]) if g["y2"] else None
        until = DateExpression(start=m.start("d2"), end=end, text=text[m.start("d2"):end], kind="day",
                               day=_day_number(g["d2"]), month=month, year=year)
        return DateExpression(start=start, end=end, text=m.group(0), kind="range", day=_day_number(g["d1"]),
                              month=month_number(g["m1"]) if g["m1"] else month,
                              year=int(g["y1"]) if g["y1"] else year, until=until)
    if name in ("year_range", "year_span"):
        y1, y2 = int(g["y1"]), int(g["y2"])
        if y2 <= y1:
            return None
        until = DateExpression(start=m.start("y2"), end=end, text=g["y2"], kind="year", year=y2)
        return DateExpression(start=start, end=end, text=m.group(0), kind="range", year=y1, until=until)
    if name in ("month", "year"):
        return build_period_word(name, m, text)
    if name == "night":
        first, second = w.weekdays[g["wd1"].lower()], w.weekdays[g["wd2"].lower()]
        if (first + 1) % 7 != second:
            return None
        until = DateExpression(start=m.start("wd2"), end=end, text=g["wd2"], kind="weekday", weekday=second)
        return DateExpression(start=start, end=end, text=m.group(0), kind="night", weekday=first, until=until)
    if name == "weekday_range":
        if habitual().search(text, max(0, start - 20), start):
            return None
        until = DateExpression(start=m.start("wd2"), end=end, text=g["wd2"], kind="weekday",
                               weekday=w.weekdays[g["wd2"].lower()])
        return DateExpression(start=start, end=end, text=m.group(0), kind="range",
                              weekday=w.weekdays[g["wd1"].lower()], until=until)
    if name == "month_range":
        return build_month_range(m)
    if name == "weekday":
        if habitual().search(text, max(0, start - 20), start):
            return None
        direction = g["dir"] or g["shared"]
        return DateExpression(start=start, end=end, text=m.group(0), kind="weekday",
                              weekday=w.weekdays[g["wd"].lower()],
                              direction=w.directions[direction.lower()] if direction else 0)
    if name == "relative_day":
        if not g["pod"] and _FIGURATIVE_HIER.search(text, max(0, start - 30), start):
            return None  # "ne date pas d'hier": long-standing
        return DateExpression(start=start, end=end, text=m.group(0), kind=name,
                              offset=w.relative_days[word_key(g["rel"])], unit="day")
    if name == "anaphoric":
        return DateExpression(start=start, end=end, text=m.group(0), kind=name,
                              offset=w.anaphoric_days[word_key(g["rel"])], unit="day")
    if name == "later":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else w.numbers[n]
        return DateExpression(start=start, end=end, text=m.group(0), kind="anaphoric",
                              offset=count if g["later"] else -count, unit=w.units[g["unit"].lower()])
    if name == "period":
        return build_period(m, text)
    if name == "span":
        n = g["n"].lower()
        count = int(n) if n.isdigit() else w.numbers[n]
        unit = w.units[g["unit"].lower()]
        if count < 1 or unit == "year" and g["unit"].lower() == "ans":
            return None  # "les deux derniers ans" is not French; "les 30 derniers ans" an age
        return DateExpression(start=start, end=end, text=m.group(0), kind="span", unit=unit,
                              offset=count, direction=w.directions[g["dir"].lower()])
    if name == "season":
        det = " ".join(word_key(g["det"]).split())
        if det not in _SEASON_DETERMINERS and not (g["year"] or g["dir"]):
            return None  # "l'été, les plages se remplissent": no particular summer
        return DateExpression(start=start, end=end, text=m.group(0), kind="season",
                              month=w.seasons[g["season"].lower()], year=int(g["year"]) if g["year"] else None,
                              direction=w.directions[g["dir"].lower()] if g["dir"] else 0)
    if name == "following":
        offset = 0 if g["that"] else (1 if g["rel"].lower().startswith("suivant") else -1)
        if g["unit"] and g["unit"].lower() == "année" and offset < 0:
            return None  # "par rapport à l'année précédente" compares with last year more often than with the story's
        return DateExpression(start=start, end=end, text=m.group(0), kind="anaphoric", offset=offset,
                              unit=w.units[g["unit"].lower()] if g["unit"] else "day")
    if name == "offset":
        n = g["n"].lower()
        if n == "quelques":  # "il y a quelques jours": a date, but no telling which
            return DateExpression(start=start, end=end, text=m.group(0), kind="vague", unit=w.units[g["unit"].lower()])
        count = int(n) if n.isdigit() else w.numbers[n]
        sign = -1 if g["ago"] else 1
        return DateExpression(start=start, end=end, text=m.group(0), kind="offset",
                              offset=sign * count, unit=w.units[g["unit"].lower()])
    if name == "period_part":  # "la fin de l'année": the value stays the year, as for "fin 2020"
        direction = w.directions[g["dir"].lower()] if g["dir"] else 0
        unit = "year" if g["year"] else "month"
        return DateExpression(start=start, end=end, text=m.group(0), kind="period", unit=unit,
                              offset=direction, direction=direction)
    if name == "school_start":
        return build_school_start(m)
    if name == "quarter":  # "au troisième trimestre 2019": its months, 2019-07/2019-09
        months = 3 if g["unit"].lower() == "trimestre" else 6
        last = min(12, w.ordinals[g["ord"].lower()] * months)
        year = int(g["year"])
        until = DateExpression(start=m.start("year"), end=end, text=g["year"], kind="month", month=last, year=year)
        return DateExpression(start=start, end=end, text=m.group(0), kind="range", month=last - months + 1, year=year,
                              until=until)
    if name == "decade":
        first, last = decade_start(g["d1"]), decade_start(g["d2"] or g["d1"])
        until = DateExpression(start=m.start("d2") if g["d2"] else start, end=end, text=g["d2"] or g["d1"], kind="year",
                               year=last + 9)
        return DateExpression(start=start, end=end, text=m.group(0), kind="range", year=first, until=until)
    raise ValueError(name)


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
        for m in _matches(name, pattern, text):
            expression = _build(name, m, text)
            if expression is not None:
                found.append(expression)
    taken = [m.span() for m in titles().finditer(text)]  # no date overlaps a title
    chosen: list[DateExpression] = []
    for expression in sorted(found, key=lambda e: (-(e.end - e.start), e.start)):
        if all(expression.end <= start or expression.start >= end for start, end in taken):
            chosen.append(expression)
            taken.append((expression.start, expression.end))
    return sorted(chosen, key=lambda e: e.start)
