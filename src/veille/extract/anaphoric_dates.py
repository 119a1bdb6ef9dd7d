""""La veille", "le lendemain", "deux ans plus tard": a date counted from the one the text spoke of just before.

Unlike "hier" and "dans deux ans", these count from the story's date, not from
publication: "Le 1er décembre, elle est blessée. Elle meurt le lendemain" is 2 December
whatever the page's date, and "arrivé en 1999, il est nommé PDG deux ans plus tard" is
2001. So they take the last value of the text, when it is close enough to be the one they
refer to and precise enough for their unit (a day for "le lendemain", a year for "deux
ans plus tard"); otherwise the expression stays found but unvalued.
"""
from __future__ import annotations

from datetime import date, timedelta

from veille.extract.date_expression import DateExpression

ANAPHORA_GAP = 600
"""Characters from the last dated mention to an anaphoric one that still refers to it."""


class LastDate:
    """Follows the mentions of one text in order and values the anaphoric ones among them."""

    def __init__(self) -> None:
        self.last: str | None = None
        self.end = 0

    def value(self, expr: DateExpression) -> str | None:
        """The date ``expr.offset`` units from the last date spoken of, or None when there is none close before."""
        if self.last is None or expr.start - self.end > ANAPHORA_GAP:
            return None
        start, _, end = self.last.partition("/")
        base = start if expr.offset < 0 or not end else end  # the day before a span is before its start
        if expr.unit == "year":
            return f"{int(base[:4]) + expr.offset:04d}"
        if expr.unit == "month":
            if len(base) < 7 or not base[5:7].isdigit():
                return None
            index = int(base[:4]) * 12 + int(base[5:7]) - 1 + expr.offset
            return f"{index // 12:04d}-{index % 12 + 1:02d}"
        try:
            day = date.fromisoformat(base)
        except ValueError:
            return None  # a month, a year or a week: no day to count from
        if expr.unit == "week":
            year, week, _ = (day + timedelta(weeks=expr.offset)).isocalendar()
            return f"{year:04d}-W{week:02d}"
        return (day + timedelta(days=expr.offset)).isoformat()

    def note(self, expr: DateExpression, value: str | None) -> None:
        """Take in a valued mention: it becomes the date to count from.

        An anaphoric mention itself does not: "les mesures annoncées la veille …, l'annonce phare de la veille"
        count both from the same day.
        """
        if value is None or expr.kind == "anaphoric":
            return
        self.last, self.end = value, expr.end
