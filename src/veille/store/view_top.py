"""A period's top speakers and entities, exact, without grouping every quote or mention of the store.

Grouping 230k quotes or 480k entity rows by key takes seconds on the 36k-article store, yet
the home page shows ten of each. The view index keeps each key's all-time total
(``view_speaker_totals``, ``view_entity_totals``) and its counts per month and per day, outlet
and language (``view_speaker_periods``, ``view_entity_periods``, ``grain`` 'm' or 'd'). A key's
count in any period is at most its total, so keys are read in order of total, a batch at a time,
their counts summed over the period's whole months and its edge days, and reading stops once
the tenth best count beats the next unread total (Fagin's threshold algorithm): the same ten,
in the same order, as grouping every row. With no filter the totals are the answer; a period of
few articles, or one narrowed by speaker, entity or story, is grouped directly from its rows.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from veille.store.base import ViewFilters
from veille.store.dialect import Connection, Dialect, where_clause
from veille.store.view_rows import TOP, iso_day

FIRST_BATCH = 64
"""Keys read from the totals before the first check; each later batch is four times larger."""
SMALL_PERIOD = 2000
"""Up to this many articles, grouping their rows directly is cheaper than the threshold's batches."""

_MONTHS = "substr(period, 1, 7)"
AGGREGATES = (
    "INSERT INTO view_days (day, site, lang, articles, copies)"
    " SELECT day, site, lang, count(*), count(duplicate_of) FROM view_articles GROUP BY day, site, lang",
    "INSERT INTO view_speaker_periods (speaker_key, grain, period, site, lang, speaker, quotes, articles)"
    " SELECT q.speaker_key, 'd', v.day, v.site, v.lang, max(q.speaker), count(*), count(DISTINCT q.seq)"
    " FROM view_quotes q JOIN view_articles v ON v.seq = q.seq WHERE q.speaker_key IS NOT NULL"
    " GROUP BY q.speaker_key, v.day, v.site, v.lang",
    "INSERT INTO view_speaker_periods (speaker_key, grain, period, site, lang, speaker, quotes, articles)"  # months
    f" SELECT speaker_key, 'm', {_MONTHS}, site, lang, max(speaker), sum(quotes), sum(articles)"  # from days
    f" FROM view_speaker_periods WHERE grain = 'd' GROUP BY speaker_key, {_MONTHS}, site, lang",
    "INSERT INTO view_entity_periods (entity_key, grain, period, site, lang, canonical, label, articles)"
    " SELECT e.entity_key, 'd', v.day, v.site, v.lang, max(e.canonical), max(e.label), count(*)"
    " FROM view_entities e JOIN view_articles v ON v.seq = e.seq GROUP BY e.entity_key, v.day, v.site, v.lang",
    "INSERT INTO view_entity_periods (entity_key, grain, period, site, lang, canonical, label, articles)"
    f" SELECT entity_key, 'm', {_MONTHS}, site, lang, max(canonical), max(label), sum(articles)"
    f" FROM view_entity_periods WHERE grain = 'd' GROUP BY entity_key, {_MONTHS}, site, lang",
    "INSERT INTO view_speaker_totals (speaker_key, speaker, quotes, articles)"  # totals from months
    " SELECT speaker_key, max(speaker), sum(quotes), sum(articles) FROM view_speaker_periods"
    " WHERE grain = 'm' GROUP BY speaker_key",
    "INSERT INTO view_entity_totals (entity_key, canonical, label, articles)"
    " SELECT entity_key, max(canonical), max(label), sum(articles) FROM view_entity_periods"
    " WHERE grain = 'm' GROUP BY entity_key",
)
"""The sums ``top_rows`` and the home page's chart read, derived from the slim tables once both
backends' view index has filled them, each from the finer sums where it can (an article falls in
one day, outlet and language, so its counts add up); the same statements on both."""


@dataclass(frozen=True, slots=True)
class TopQuery:
    """One ranked list: its totals, its per-period sums and its rows, each laid out alike
    (the key first, the ranking count at ``rank``)."""

    totals: str
    summed: str
    """Over the periods table ``v``; ``{where}`` is where the conditions go."""
    grouped: str
    """Over the rows joined to ``view_articles v``; ``{where}`` is where the conditions go."""
    key: str
    """The key column of ``grouped``."""
    rank: int
    always: tuple[str, ...] = ()
    """Conditions ``grouped`` always holds (the totals and periods hold them too)."""


SPEAKERS = TopQuery(
    totals="SELECT speaker_key, speaker, quotes, articles FROM view_speaker_totals",
    summed="SELECT v.speaker_key, max(v.speaker), sum(v.quotes), sum(v.articles) FROM view_speaker_periods v"
    "{where} GROUP BY v.speaker_key",
    grouped="SELECT q.speaker_key, max(q.speaker), count(*), count(DISTINCT q.seq) FROM view_quotes q"
    " JOIN view_articles v ON v.seq = q.seq{where} GROUP BY q.speaker_key",
    key="speaker_key", rank=2, always=("q.speaker_key IS NOT NULL",),
)
ENTITIES = TopQuery(
    totals="SELECT entity_key, canonical, label, articles FROM view_entity_totals",
    summed="SELECT v.entity_key, max(v.canonical), max(v.label), sum(v.articles) FROM view_entity_periods v"
    "{where} GROUP BY v.entity_key",
    grouped="SELECT e.entity_key, max(e.canonical), max(e.label), count(*) FROM view_entities e"
    " JOIN view_articles v ON v.seq = e.seq{where} GROUP BY e.entity_key",
    key="entity_key", rank=3,
)


def top_rows(conn: Connection, d: Dialect, top: TopQuery, filters: ViewFilters, where: list[str],
             params: list[object]) -> list[tuple[Any, ...]]:
    """The ``TOP`` rows of ``top.grouped`` over ``where`` (``filters`` spelt by views_common.py), by
    ranking count descending, then key; counts are ints on both backends."""
    order = f" ORDER BY {top.rank + 1} DESC, 1"  # keys sort bytewise on both backends
    if not where:
        return _ints(d.run(conn, f"{top.totals}{order} LIMIT ?", (TOP,)).fetchall())
    articles = d.run(conn, f"SELECT count(*) FROM view_articles v{where_clause(where)}", params).fetchone()[0]
    if articles <= SMALL_PERIOD:
        sql = top.grouped.format(where=where_clause([*top.always, *where])) + f"{order} LIMIT ?"
        return _ints(d.run(conn, sql, [*params, TOP]).fetchall())
    if filters.speaker or filters.entity or filters.story:
        source, key, where = top.grouped, ("q." if top.always else "e.") + top.key, [*top.always, *where]
    else:
        source, key = top.summed, "v." + top.key
        where, params = _period_where(d, filters)
    found: list[tuple[Any, ...]] = []
    offset, batch = 0, FIRST_BATCH
    while True:
        keys = d.run(conn, f"{top.totals}{order} LIMIT ? OFFSET ?", (batch + 1, offset)).fetchall()
        if keys[:batch]:
            sql = source.format(where=where_clause([f"{key} {d.in_list}", *where]))
            found += _ints(d.run(conn, sql, [d.list_param([k[0] for k in keys[:batch]]), *params]).fetchall())
            found = sorted(found, key=lambda r: (-r[top.rank], r[0]))[:TOP]
        if len(keys) <= batch or (len(found) == TOP and found[-1][top.rank] > keys[batch][top.rank]):
            return found
        offset, batch = offset + batch, batch * 4


def _period_where(d: Dialect, filters: ViewFilters) -> tuple[list[str], list[object]]:
    """Conditions over a periods table ``v``: the outlet, the language, and the date range as its
    whole months plus the days at either end (bounds are half-open: ``[start, end)``)."""
    where: list[str] = []
    params: list[object] = []
    for name in ("site", "lang"):
        if getattr(filters, name):
            where.append(d.nocase.format(f"v.{name}"))
            params.append(getattr(filters, name))
    if not (filters.date_from or filters.date_to):
        return [*where, "v.grain = 'm'"], params  # the undated articles too, as the rows count them
    start = date.fromisoformat(iso_day("date_from", filters.date_from)) if filters.date_from else None
    high = date.fromisoformat(iso_day("date_to", filters.date_to)) if filters.date_to else date.max
    end = high + timedelta(days=1) if high < date.max else None
    months_from = start if start is None or start.day == 1 else _next_month(start)
    months_to = end if end is None or end.day == 1 else end.replace(day=1)
    spans: list[str] = []
    if months_from is None or months_to is None or months_from < months_to:
        spans.append("(v.grain = 'm'" + "".join(f" AND v.period {op} ?" for op, bound in
                                                 ((">=", months_from), ("<", months_to)) if bound) + ")")
        params += [bound.isoformat()[:7] for bound in (months_from, months_to) if bound]
        edges = [(start, months_from), (months_to, end)]
    else:
        edges = [(start, end)]
    for low, up in edges:
        if low and up and low < up:
            spans.append("(v.grain = 'd' AND v.period >= ? AND v.period < ?)")
            params += [low.isoformat(), up.isoformat()]
    return [*where, "(" + " OR ".join(spans) + ")"], params


def _next_month(day: date) -> date:
    return (day.replace(day=28) + timedelta(days=4)).replace(day=1)


def _ints(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """PostgreSQL sums bigints as numerics: counts as ints, so both backends' rows compare alike."""
    return [tuple(int(v) if isinstance(v, Decimal) else v for v in row) for row in rows]
