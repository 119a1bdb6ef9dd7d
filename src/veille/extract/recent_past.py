"""A yearless date in a look back over the past year: "Le 17 novembre 2018, … en janvier, … En mars, …".

With no past or future verb, a yearless month or day is valued nearest publication, which in
November puts "en janvier" two months ahead. That is right in most news ("la réforme entre en
vigueur en janvier"), but not once the text has told, with its year, a date of the last year or
so: an anniversary piece or a review ("un an après", "depuis un an") tells what followed it in
the present ("le mouvement connaît des pics en décembre et en mars"). So a yearless date read as
after publication is taken back a year when that puts it after the last date written with its
year in the 15 months before publication, between that date and the day of writing.
"""
from __future__ import annotations

import re
from datetime import date

from veille.extract.date_expression import DateExpression
from veille.extract.date_values import value_date
from veille.extract.verb_tense import Tense

RECENT_MONTHS = 15
"""How far back, in months, a date written with its year may lie and still frame the yearless ones after it."""

_YEARLESS_KINDS = frozenset({"day", "month"})
_WRITTEN_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_MONTH_VALUE = re.compile(r"\d{4}-\d{2}")


class RecentPast:
    """Follows the mentions of one text in order; ``reread`` takes a yearless date back into the past year told."""

    def __init__(self, anchor: date | None) -> None:
        self.anchor = anchor
        self.told: str | None = None  # the month (YYYY-MM) of the last date written with its year, in the past year

    def reread(self, expr: DateExpression, tense: Tense | None, value: str | None) -> str | None:
        """``value``, or the same date a year earlier when the text looks back over the past year (see above)."""
        if (self.told is None or self.anchor is None or value is None or tense in ("past", "future")
                or expr.kind not in _YEARLESS_KINDS or expr.year is not None or expr.direction):
            return value
        if value[:7] <= f"{self.anchor.year:04d}-{self.anchor.month:02d}":
            return value
        earlier = value_date(expr, self.anchor, "past")
        return earlier if earlier is not None and earlier[:7] >= self.told else value

    def note(self, expr: DateExpression, value: str | None) -> None:
        """Take in a valued mention: a day or month written with its year, in the past year, frames what follows."""
        if (self.anchor is None or value is None or expr.kind not in ("day", "month", "range")
                or not _MONTH_VALUE.match(value) or not _WRITTEN_YEAR.search(expr.text)):
            return  # not "2015/2018" either: a range of years places nothing in a month
        months_back = (self.anchor.year - int(value[:4])) * 12 + self.anchor.month - int(value[5:7])
        if 0 < months_back <= RECENT_MONTHS:
            self.told = value[:7]
