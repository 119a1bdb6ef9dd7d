"""Query parameters shared by the API and the pages: filters and paging, validated before any SQL.

HTML forms send empty fields (``date_from=``): empty means "no filter". Every value is
length-capped, and a date that is not an ISO day or a value holding NUL is a 400 with the
reason, never a 500 (or a backend-dependent answer).
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from fastapi import HTTPException, Query

from veille.store.base import ViewFilters

MAX_PARAM = 200
MAX_QUERY = 1000
MAX_OFFSET = 100_000


@dataclass(frozen=True, slots=True)
class Paging:
    limit: int
    offset: int


def view_filters(
    date_from: str | None = Query(None, max_length=32, description="Published on or after (YYYY-MM-DD)."),
    date_to: str | None = Query(None, max_length=32, description="Published on or before (YYYY-MM-DD)."),
    site: str | None = Query(None, max_length=MAX_PARAM, description="Outlet, exactly as listed."),
    lang: str | None = Query(None, max_length=16, description="Language (ISO 639-1)."),
    speaker: str | None = Query(None, max_length=MAX_PARAM, description="Speaker key (speaker_id or name)."),
    entity: str | None = Query(None, max_length=MAX_PARAM, description="Entity key (entity_id)."),
    story: str | None = Query(None, max_length=MAX_PARAM, description="Story id."),
) -> ViewFilters:
    given = {"date_from": date_from, "date_to": date_to, "site": site, "lang": lang, "speaker": speaker,
             "entity": entity, "story": story}
    for name, value in given.items():
        if value and "\x00" in value:  # no stored value holds one, and PostgreSQL refuses it outright
            raise HTTPException(400, f"{name} must not contain a NUL character")
    for name, value in (("date_from", date_from), ("date_to", date_to)):
        if value:
            try:
                date.fromisoformat(value[:10])
            except ValueError:
                raise HTTPException(400, f"{name} must be an ISO date such as 2022-01-31") from None
    return ViewFilters(date_from=date_from or None, date_to=date_to or None, site=site or None, lang=lang or None,
                       speaker=speaker or None, entity=entity or None, story=story or None)


def paging(limit: int = Query(20, ge=1, le=200), offset: int = Query(0, ge=0, le=MAX_OFFSET)) -> Paging:
    return Paging(limit=limit, offset=offset)
