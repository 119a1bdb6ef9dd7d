"""Give a found date expression its value, against the publication date and the verb tense.

Values are ISO 8601 strings at the precision the text gives, never more:

- a day ``YYYY-MM-DD`` ("le 17 décembre 2021", "demain", "lundi");
- a month ``YYYY-MM`` ("fin janvier", "mi-février", "le mois prochain"): the part words
  ("début", "mi-", "fin") narrow the month in the text but the value stays the month,
  because a news text never says which days "fin janvier" covers;
- an ISO week ``YYYY-Www`` ("la semaine dernière");
- a year ``YYYY`` ("en 2019", "l'an dernier");
- an interval ``START/END`` of two such values, as ISO 8601 writes intervals
  ("dans la nuit de mercredi à jeudi", "du 3 au 5 mars", "ce week-end", "de 2019 à 2021",
  "entre mai et juillet", "de jeudi à samedi");
- ``None`` for what names a date without saying which ("il y a quelques jours").

A season is valued as its months ("cet été" -> 2020-06/2020-09), as news never says which days it covers.

A missing year is the one that puts the date nearest publication, on the side of it
the verb's tense points to ("avait ouvert une enquête le 19 décembre", published in
July, is last December). A weekday is the
nearest such day on or before publication when the verb is past, on or after when it
is future, and the nearest either way when it is present or unknown: news names the
coming Monday (a forecast, a reopening) about as often as the last one, so "lundi"
read in a Saturday's text with no tense is in two days, in a Wednesday's two days ago.
"dernier"/"prochain" make it strictly before/after. A day written with its weekday ("le samedi 16 mars") is
in the year where that day is that weekday, unless it lies within a week of publication, where a slip of the
weekday is likelier than a date a year away. Without a publication
date only self-contained expressions get a value.
"""
from __future__ import annotations

import calendar
from datetime import date, timedelta
from veille.extract.date_expression import DateExpression
from veille.extract.verb_tense import Tense

DAY_SLACK = 7
"""Days a past event may lie after publication (or a future one before) and keep its
tense's year: a page's date is sometimes a little off."""


def _day(d: date) -> str:
    return d.isoformat()


def _month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def _week(d: date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year:04d}-W{week:02d}"


def _safe_date(year: int, month: int, day: int) -> date | None:
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def _pick(candidates: list[int], here: int, *, direction: int, tense: Tense | None, slack: int) -> int | None:
    """The candidate (a day or month number) the text means, seen from ``here``.

    "dernier"/"prochain" force strictly before/after; a past or future verb keeps the
    candidates on its side of publication, with ``slack`` for a page dated a little off;
    otherwise the nearest, the earlier on a tie.
    """
    if direction:
        side = [c for c in candidates if (c < here if direction < 0 else c > here)]
    elif tense == "past":
        side = [c for c in candidates if c <= here + slack]
    elif tense == "future":
        side = [c for c in candidates if c >= here - slack]
    else:
        side = candidates
    return min(side or candidates, key=lambda c: (abs(c - here), c > here), default=None)


def resolve_day(expr: DateExpression, anchor: date | None, tense: Tense | None = None) -> date | None:
    """The calendar day of a day-month(-year) expression; a missing year comes from ``anchor``."""
    assert expr.day is not None and expr.month is not None
    if expr.year is not None:
        return _safe_date(expr.year, expr.month, expr.day)
    if anchor is None:
        return None
    candidates = [d for y in (anchor.year - 1, anchor.year, anchor.year + 1)
                  if (d := _safe_date(y, expr.month, expr.day)) is not None]
    chosen = _pick([d.toordinal() for d in candidates], anchor.toordinal(),
                   direction=expr.direction, tense=tense, slack=DAY_SLACK)
    if chosen is None:
        return None
    if expr.weekday is not None and date.fromordinal(chosen).weekday() != expr.weekday and abs(
            chosen - anchor.toordinal()) > DAY_SLACK:
        named = [d.toordinal() for d in candidates if d.weekday() == expr.weekday]
        chosen = min(named, key=lambda c: abs(c - anchor.toordinal()), default=chosen)
    return date.fromordinal(chosen)


def resolve_weekday(weekday: int, anchor: date, *, direction: int = 0, tense: Tense | None = None) -> date:
    back = (anchor.weekday() - weekday) % 7
    ahead = (weekday - anchor.weekday()) % 7
    if direction < 0:
        return anchor - timedelta(days=back or 7)
    if direction > 0:
        return anchor + timedelta(days=ahead or 7)
    if tense == "future":
        return anchor + timedelta(days=ahead)
    if tense != "past" and ahead < back:  # present or unknown: the nearer one ("lundi" on a Saturday is in two days)
        return anchor + timedelta(days=ahead)
    return anchor - timedelta(days=back)


def _resolve_month(expr: DateExpression, anchor: date | None, tense: Tense | None) -> str | None:
    assert expr.month is not None
    if expr.year is not None:
        return _month(expr.year, expr.month)
    if anchor is None:
        return None
    here = anchor.year * 12 + anchor.month - 1
    candidates = [y * 12 + expr.month - 1 for y in (anchor.year - 1, anchor.year, anchor.year + 1)]
    chosen = _pick(candidates, here, direction=expr.direction, tense=tense, slack=0)
    assert chosen is not None
    return _month(chosen // 12, chosen % 12 + 1)


def _shift_months(anchor: date, months: int) -> str:
    index = anchor.year * 12 + anchor.month - 1 + months
    return _month(index // 12, index % 12 + 1)


def _resolve_period(unit: str, offset: int, anchor: date, tense: Tense | None) -> str:
    if unit == "day":
        return _day(anchor + timedelta(days=offset))
    if unit == "week":
        return _week(anchor + timedelta(weeks=offset))
    if unit == "month":
        return _shift_months(anchor, offset)
    if unit == "year":
        return f"{anchor.year + offset:04d}"
    # weekend: Saturday/Sunday; "ce week-end" is the coming one unless the verb is past
    saturday = resolve_weekday(5, anchor, direction=offset, tense=tense if offset == 0 else None)
    if offset == 0 and anchor.weekday() == 6:
        saturday = anchor - timedelta(days=1)
    return f"{_day(saturday)}/{_day(saturday + timedelta(days=1))}"


def _resolve_season(expr: DateExpression, anchor: date, tense: Tense | None) -> str:
    """The season as its months, from the one it begins in to the one it ends in ("l'été 2019" -> 2019-06/2019-09):
    "cet été" this year's, "l'été dernier" the last one over, "l'été prochain" the next one to begin; a bare "au
    printemps" the last one begun when the verb is past, else the next one not over.
    """
    assert expr.month is not None
    if expr.year is not None:
        return _season_months(expr.year * 12 + expr.month - 1)
    if not expr.direction and expr.text[:2].lower() == "ce":
        return _season_months(anchor.year * 12 + expr.month - 1)  # "cet hiver", in January as in December
    here = anchor.year * 12 + anchor.month - 1
    starts = [(anchor.year + y) * 12 + expr.month - 1 for y in (-2, -1, 0, 1)]  # each season lasts three months
    if expr.direction < 0:
        chosen = max(s for s in starts if s + 2 < here)
    elif expr.direction > 0:
        chosen = min(s for s in starts if s > here)
    elif tense == "past":
        chosen = max(s for s in starts if s <= here)
    else:
        chosen = min(s for s in starts if s + 2 >= here)
    return _season_months(chosen)


def _season_months(start: int) -> str:
    """A season from its first month to the month of the solstice or equinox that ends it; months count from year 0."""
    end = start + 3
    return f"{start // 12:04d}-{start % 12 + 1:02d}/{end // 12:04d}-{end % 12 + 1:02d}"


def _month_range(expr: DateExpression, anchor: date | None, tense: Tense | None) -> str | None:
    """"entre mai et juillet": the end month is valued as a month alone; the start is the same year's, or the
    year before when it comes later in the calendar ("de novembre à février")."""
    assert expr.until is not None and expr.month is not None and expr.until.month is not None
    end = _resolve_month(expr.until, anchor, tense)
    if end is None:
        return None
    end_year = int(end[:4])
    start_year = expr.year if expr.year is not None else end_year - (expr.month > expr.until.month)
    if (start_year, expr.month) > (end_year, expr.until.month):
        return None
    return f"{_month(start_year, expr.month)}/{end}"


def _weekday_range(expr: DateExpression, anchor: date, tense: Tense | None) -> str:
    """"de jeudi à samedi": the first day is valued as a weekday alone, the last the days after it."""
    assert expr.weekday is not None and expr.until is not None and expr.until.weekday is not None
    first = resolve_weekday(expr.weekday, anchor, tense=tense)
    return f"{_day(first)}/{_day(first + timedelta(days=(expr.until.weekday - expr.weekday) % 7))}"


def value_date(expr: DateExpression, anchor: date | None, tense: Tense | None = None) -> str | None:
    """The ISO value of ``expr`` (see the module docstring), or None when it cannot be known."""
    kind = expr.kind
    if kind == "day":
        d = resolve_day(expr, anchor, tense)
        return _day(d) if d else None
    if kind == "month":
        return _resolve_month(expr, anchor, tense)
    if kind == "year":
        return f"{expr.year:04d}"
    if kind == "range":
        assert expr.until is not None
        if expr.until.kind == "year":
            return f"{expr.year:04d}/{expr.until.year:04d}"
        if expr.until.kind == "month":
            return _month_range(expr, anchor, tense)
        if expr.until.kind == "weekday":
            return _weekday_range(expr, anchor, tense) if anchor else None
        end = resolve_day(expr.until, anchor)
        start = resolve_day(expr, end) if end else None
        if start is None or end is None or start > end:
            return None
        return f"{_day(start)}/{_day(end)}"
    if anchor is None:
        return None
    if kind == "weekday":
        assert expr.weekday is not None
        return _day(resolve_weekday(expr.weekday, anchor, direction=expr.direction, tense=tense))
    if kind == "night":
        assert expr.weekday is not None
        if tense == "future":
            first = resolve_weekday(expr.weekday, anchor, tense=tense)
        else:  # the night is over by morning: its second day is on or before publication
            first = resolve_weekday((expr.weekday + 1) % 7, anchor, tense=tense) - timedelta(days=1)
        return f"{_day(first)}/{_day(first + timedelta(days=1))}"
    if kind == "season":
        return _resolve_season(expr, anchor, tense)
    if kind == "span":  # "les deux prochains jours": the first unit after publication's to the last
        assert expr.unit is not None
        first, last = (1, expr.offset) if expr.direction > 0 else (-expr.offset, -1)
        return f"{_resolve_period(expr.unit, first, anchor, None)}/{_resolve_period(expr.unit, last, anchor, None)}"
    if kind in ("relative_day", "offset", "period"):
        assert expr.unit is not None
        return _resolve_period(expr.unit, expr.offset, anchor, tense)
    return None
