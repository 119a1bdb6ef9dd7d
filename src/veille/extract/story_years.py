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
"""
from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from veille.extract.french_dates import DateExpression

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

    def dated(self, expr: DateExpression) -> DateExpression:
        """``expr`` with the story's year when it is a yearless day or month close after the story's last mention."""
        if (self.year is None or expr.kind not in _YEARLESS_KINDS or expr.year is not None or expr.direction
                or expr.weekday is not None or expr.start - self.end > STORY_GAP or not self._opens(expr)):
            return expr
        until = replace(expr.until, year=self.year) if expr.until is not None else None
        return replace(expr, year=self.year, until=until)

    def note(self, expr: DateExpression, value: str | None) -> None:
        """Take in a valued mention: it sets, carries on or ends the story's year."""
        if self.anchor is None or value is None or (expr.kind == "year" and expr.text.isdigit()):
            return
        year = int(value[:4]) if value[:4].isdigit() else None
        far = expr.kind in _YEARLESS_KINDS | {"year"} and year is not None and year <= self.anchor.year - MIN_YEARS_BACK
        if far and (year == self.year or self._opens(expr)):
            self.year, self.end = year, expr.end
        else:
            self.year = None

    def _opens(self, expr: DateExpression) -> bool:
        return bool(_OPENING.search(self.text, max(0, expr.start - 16), expr.start))
