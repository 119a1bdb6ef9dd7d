"""Shaping the view queries' rows into the records serve/ shows, and the bounds of a page.

SQL-free: whichever backend read the rows (views_common.py), a story's state, a facet, a page
size and a date filter are read one way.
"""
from __future__ import annotations

import json
from collections import Counter
from datetime import date
from typing import Any

from veille.errors import StoreError

FACET_SCAN = 1000
"""Search facets count the best-ranked this many matches, not all of them: grouping the speakers and
entities of tens of thousands of matches takes seconds, of a thousand tens of milliseconds. The
search page and the API say so when a query matches more."""
MAX_HITS = 5000
"""How deep a search's results can be paged."""
MAX_PAGE = 200
STORY_ARTICLES = 300
"""Members read in full for a story page (events, quotes, entities); later ones are listed only."""
TOP = 10


def story_record(row: tuple) -> dict[str, Any]:
    """A story row (id, label, first and last date, article count, state) as the views show it."""
    story_id, label, first_date, last_date, count, state = row
    data = decoded(state)
    outlets = data.get("outlets", {})
    entities = data.get("entities", {})
    return {
        "story_id": story_id, "label": label, "first_date": first_date, "last_date": last_date,
        "article_count": count, "copies": int(data.get("copies", 0)),
        "outlets": sorted(outlets, key=lambda o: (-outlets[o], o)),
        "top_entities": sorted(entities, key=lambda e: (-entities[e], e))[:TOP],
    }


def facet_items(counts: Counter[str], *, by_value: bool = False) -> list[dict[str, Any]]:
    """The most common values (or all of them in value order, for months) as facet entries."""
    items = sorted(counts.items()) if by_value else counts.most_common(TOP)
    return [{"value": v, "label": v, "count": n} for v, n in items]


def decoded(value: Any) -> Any:
    """A JSON column's value: text on SQLite, already decoded from JSONB on PostgreSQL."""
    return json.loads(value) if isinstance(value, str) else value


def clamp_limit(limit: int) -> int:
    return max(0, min(int(limit), MAX_PAGE))


def iso_day(name: str, value: str) -> str:
    """The day of a date filter, checked: the views compare days as ISO strings."""
    try:
        return date.fromisoformat(value[:10]).isoformat()
    except ValueError:
        raise StoreError(f"{name} must be an ISO date (2022-01-31), not {value[:40]!r}") from None
