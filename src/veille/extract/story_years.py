"""The year a day or month written without one takes from the story around it.

Read against the publication date, "Le 6 août" is this August or last; but in a
retrospective ("En mars 1945, … Le 16 juillet, … Le 6 août, …") or a paragraph about a
past year ("L'année 2015 a été meurtrière. En mars, …") it is that year's. So a mention
that places what it dates in a year two or more before publication ("en 2015", "le 3
mars 2012", "fin 2016") sets the story's year, and the yearless days and months that
follow it closely take it up, one after the other. Both must open their sentence (or a
heading's line), give or take a first word ("Et en novembre"): a year inside a sentence
("retiré du marché en 2009, … a démarré en septembre") is a detail, not the frame of what
follows, and on random news a yearless date inside a sentence is this year's far more
often than the story's. A day that names
its weekday ("mardi 3 juillet") is dated by it, near publication. Any other valued
mention (a weekday, "hier", a date of this year or last) hands dating back to
publication. A bare year after a cue ("depuis 2002", "d'ici 2040") is neither: it refers
to a year without placing the sentence in it.

Closer still, a yearless day of the month just written with its year ("les attentats de
janvier 2015 … l'attaque du 8 janvier", "en décembre 1976 … le 19 décembre") is that
year's, wherever it stands in its sentence; not a month alone, which news names for this
year's far more often ("en mai").
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from veille.extract.date_expression import DateExpression

STORY_GAP = 500
"""Characters from one mention of the story's year to the next yearless mention that still takes it up."""

MIN_YEARS_BACK = 2
"""How many years before publication a mention must lie to set a story year: this year's and last year's
yearless dates are already read right against the publication date."""

_YEARLESS_KINDS = frozenset({"day", "month", "range"})
#: A sentence or heading start, then at most one word ("Et en novembre", "Entre mai et juillet").
_OPENING = re.compile(r"(?:^|[.!?\n\-–—])\s*(?:\w+\s+)?$")


class StoryYear:
    """Follows the mentions of one text in order; ``dated`` fills in the story's year where it applies."""

    def __init__(self, anchor: date | None, text: str) -> None:
        self.anchor = anchor
        self.text = text
        self.year: int | None = None
        self.end = 0
        self.month: tuple[int, int, int] | None = None  # (month, year, end) of the last date written with its year

    def dated(self, expr: DateExpression) -> DateExpression:
        """``expr`` with the story's year when it is a yearless day or month close after the story's last mention,
        or with the year of the same month written in full just before ("les attentats de janvier 2015 … l'attaque
        du 8 janvier")."""
        if expr.kind not in _YEARLESS_KINDS or expr.year is not None or expr.direction or expr.weekday is not None:
            return expr
        if (self.month is not None and expr.kind != "month" and expr.month == self.month[0]
                and expr.start - self.month[2] <= STORY_GAP):  # a day: "en mai" alone is too often this year's
            year = self.month[1]
        elif self.year is not None and expr.start - self.end <= STORY_GAP and self._opens(expr):
            year = self.year
        else:
            return expr
        until = replace(expr.until, year=year) if expr.until is not None else None
        return replace(expr, year=year, until=until)

    def note(self, expr: DateExpression, value: str | None) -> None:
        """Take in a valued mention: it sets, carries on or ends the story's year."""
        if expr.year is not None and expr.month is not None and expr.kind in _YEARLESS_KINDS:
            self.month = (expr.month, expr.year, expr.end)
        if self.anchor is None or value is None or (expr.kind == "year" and expr.text.isdigit()):
            return
        if expr.kind == "anaphoric":
            return  # "le jour même", "le lendemain" count from the story's date: they go on with its year
        year = int(value[:4]) if value[:4].isdigit() else None
        far = (expr.kind in _YEARLESS_KINDS | {"year", "season"} and year is not None
               and year <= self.anchor.year - MIN_YEARS_BACK)
        if far and (year == self.year or self._opens(expr)):
            self.year, self.end = year, expr.end
        else:
            self.year = None

    def _opens(self, expr: DateExpression) -> bool:
        return bool(_OPENING.search(self.text, max(0, expr.start - 16), expr.start))
