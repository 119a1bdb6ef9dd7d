"""Datelines: the place, day and agency a wire story opens with, taken out of the body.

Forms read, at the very start of the text: "PARIS (AFP) -", "Paris, 3 mars (Reuters) -",
"(AFP) -", "Lyon, le 5 mai 2020 –", "GENÈVE, le 10 janvier. / TASS /.",
"Biélorussie (bbabo.net), -". Places are a shape, not a list: one to four capitalised
words, believed only with a date or an agency beside them ("POLITIQUE -" is a rubric).
Agencies come from ``rules/agencies.txt``, or look like a domain name, or are an acronym
after an upper-case place; so "Emmanuel Macron (LREM) -" is not a dateline.
A dateline without a year gets its date later, from the published-date resolver.
"""
from __future__ import annotations

import re

from veille.article import Article, Dateline
from veille.clean.french_dates import DAY_MONTH_PATTERN, read_day_month
from veille.clean.rule_files import rule_lines
from veille.stage import Reject, Stage

_AGENCIES = {name.casefold(): name for name in rule_lines("agencies.txt")}
_UPPER = "A-ZÀ-ÖØ-ÞŒ"
_PLACE_WORD = rf"[{_UPPER}][\w’'-]*"
_CONNECTORS = r"(?i:de|du|des|la|le|les|sur|sous|en|lès|am|upon)"
_PLACE = rf"(?P<place>{_PLACE_WORD}(?: (?:{_CONNECTORS} )?{_PLACE_WORD}){{0,3}})"
_DATE = rf"(?:, ?(?i:le )?{DAY_MONTH_PATTERN})"
_AGENCY = r"(?:\( ?(?P<paren>[^()\n]{1,40}?) ?\)|/ ?(?P<slash>[^/\n]{1,40}?) ?/)"
_DATELINE = re.compile(
    rf"(?P<raw>{_PLACE}?{_DATE}? ?\.?(?: ?{_AGENCY})? ?(?P<tail>[,.]? ?[-–—]|[,.:])?)(?P<gap>[ \n]+|$)"
)
_DOMAIN = re.compile(r"[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", re.IGNORECASE)
_ACRONYM = re.compile(rf"[{_UPPER}]{{2,6}}")
_SMALL = frozenset({"de", "du", "des", "la", "le", "les", "sur", "sous", "en", "lès", "am", "upon", "d", "l"})


def nice_place(place: str) -> str:
    """Title-case a place written in capitals ("SAINT-ÉTIENNE" -> "Saint-Étienne"); keep others as written."""
    if not place.isupper():
        return place
    parts = re.split(r"([ \-’'])", place.lower())
    out: list[str] = []
    for i, part in enumerate(parts):
        small = i > 0 and part in _SMALL
        out.append(part if small or not part else part[0].upper() + part[1:])
    return "".join(out)


def _agency(name: str | None, place: str | None) -> str | None:
    """The agency as its canonical spelling, when it is believable as one; else None."""
    if not name:
        return None
    if name.casefold() in _AGENCIES:
        return _AGENCIES[name.casefold()]
    if _DOMAIN.fullmatch(name) or (_ACRONYM.fullmatch(name) and place and place.isupper()):
        return name
    return None


def parse_dateline(text: str) -> tuple[Dateline, str] | None:
    """The dateline opening ``text`` and the text after it, or None when the text opens otherwise."""
    match = _DATELINE.match(text[:300])
    if match is None or not match["raw"].strip():
        return None
    place, has_date, tail = match["place"], match["day"] is not None, match["tail"]
    named = match["paren"] or match["slash"]
    agency = _agency(named, place)
    if named and agency is None:
        return None
    dashed = bool(tail) and tail.strip(",. ") != ""
    # A place alone ("POLITIQUE -") is too often a rubric: a place needs a date or an agency.
    believable = (agency and (place or has_date or dashed or agency.casefold() in _AGENCIES)) or (
        place and has_date and tail
    )
    if not believable:
        return None
    rest = text[match.end() :]
    if rest and not (rest[0].isupper() or rest[0].isdigit() or rest[0] in "«“\"'"):
        return None
    day_month = read_day_month(match) if has_date else None
    date = None
    if day_month is not None and day_month.year is not None:
        found = day_month.on(day_month.year)
        date = found.isoformat() if found else None
    raw = match["raw"].strip()
    return Dateline(raw=raw, place=nice_place(place) if place else None, agency=agency, date=date), rest


class DatelineParser(Stage):
    """Moves an opening dateline from ``text`` to ``dateline``."""

    name = "dateline"
    version = 1
    requires = frozenset({"text"})
    assigns = frozenset({"text", "dateline"})

    def process(self, article: Article) -> Article:
        found = parse_dateline(article.text)
        if found is None:
            return article
        article.dateline, rest = found
        if not rest.strip():
            raise Reject("empty_text")
        article.text = rest.strip()
        return article
