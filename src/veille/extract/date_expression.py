"""What a French date expression says, as found in the text and before it is valued.

``french_dates`` finds these, ``date_values`` values them; the one type both speak is here.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

Kind = Literal["day", "month", "year", "weekday", "relative_day", "anaphoric", "period", "offset", "night", "range",
               "season", "span", "vague"]


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
