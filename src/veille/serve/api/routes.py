"""The JSON API: every page's data under /api, with the same filters and paging as the pages."""
from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request

from veille.serve.api import pages
from veille.serve.api.params import MAX_QUERY, Paging, paging, view_filters
from veille.serve.api.store import reading
from veille.store.base import ViewFilters
from veille.store.view_rows import FACET_SCAN, MAX_HITS

router = APIRouter(prefix="/api", tags=["read"])


@router.get("/home", summary="Home page: latest stories, volume by day, top speakers and entities")
def home(request: Request, filters: ViewFilters = Depends(view_filters), page: Paging = Depends(paging)) -> Any:
    with reading(request) as store:
        return pages.home_data(store, filters, limit=page.limit, offset=page.offset)


@router.get("/stories", summary="Stories, latest first, filtered by date range, outlet and language")
def stories(request: Request, filters: ViewFilters = Depends(view_filters), page: Paging = Depends(paging)) -> Any:
    with reading(request) as store:
        return pages.home_data(store, filters, limit=page.limit, offset=page.offset)["stories"]


@router.get("/stories/{story_id}", summary="One story: timeline, articles (copies folded), quotes by speaker")
def story(request: Request, story_id: str) -> Any:
    with reading(request) as store:
        data = pages.story_data(store, story_id[:200])
    if data is None:
        raise HTTPException(404, "no such story")
    return data


@router.get("/people/{key:path}", summary="Every quote of one speaker, oldest first, with provenance")
def person(request: Request, key: str, page: Paging = Depends(paging)) -> Any:
    with reading(request) as store:
        data = pages.person_data(store, key[:200], limit=page.limit, offset=page.offset)
    if data is None:
        raise HTTPException(404, "no quotes by this speaker")
    return data


@router.get("/articles/{article_id}", summary="One article: clean text, quotes, entities, dates, boilerplate, flags")
def article(request: Request, article_id: str) -> Any:
    with reading(request) as store:
        data = pages.article_data(store, article_id[:200])
    if data is None:
        raise HTTPException(404, "no such article")
    return data


@router.get("/search", summary="Full-text search with snippets and facets",
            description=f"Hits are ranked and can be paged {MAX_HITS} deep. The facets count the best-ranked"
            f" {FACET_SCAN} matches, not every match, when a query matches more: exact counts over tens of"
            " thousands of matches would cost seconds.")
def search(request: Request, q: str = Query("", max_length=MAX_QUERY), filters: ViewFilters = Depends(view_filters),
           page: Paging = Depends(paging)) -> Any:
    with reading(request) as store:
        return pages.search_data(store, q, filters, limit=page.limit, offset=page.offset)
