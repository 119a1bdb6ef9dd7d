"""The HTML pages: the same data as /api (serve/api/pages.py), rendered by the templates."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse

from veille.serve.api import pages
from veille.serve.api.params import MAX_QUERY, Paging, paging, view_filters
from veille.serve.api.store import reading
from veille.serve.web.charts import volume_chart
from veille.serve.web.highlight import article_spans, segments
from veille.store.base import ViewFilters

router = APIRouter(include_in_schema=False)


def render(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    templates = request.app.state.templates
    return templates.TemplateResponse(request, template, context, status_code=status)


def _querier(request: Request) -> Callable[..., dict[str, str]]:
    """For the templates: the current query string with some parameters changed (pager, facet links)."""

    def query(**changes: object) -> dict[str, str]:
        params = {k: v for k, v in request.query_params.items() if v}
        for key, value in changes.items():
            if value in (None, ""):
                params.pop(key, None)
            else:
                params[key] = str(value)
        return params

    return query


@router.get("/", response_class=HTMLResponse)
def home(request: Request, filters: ViewFilters = Depends(view_filters), page: Paging = Depends(paging)) -> Any:
    with reading(request) as store:
        data = pages.home_data(store, filters, limit=page.limit, offset=page.offset)
    return render(request, "home.html", data=data, chart=volume_chart(data["volume"]), filters=filters, page=page,
                  query=_querier(request))


@router.get("/story/{story_id}", response_class=HTMLResponse)
def story(request: Request, story_id: str) -> Any:
    with reading(request) as store:
        data = pages.story_data(store, story_id[:200])
    if data is None:
        raise HTTPException(404, "Aucune histoire avec cet identifiant.")
    return render(request, "story.html", story=data)


@router.get("/person/{key:path}", response_class=HTMLResponse)
def person(request: Request, key: str, page: Paging = Depends(paging)) -> Any:
    with reading(request) as store:
        data = pages.person_data(store, key[:200], limit=page.limit, offset=page.offset)
    if data is None:
        raise HTTPException(404, "Aucune citation de cette personne.")
    return render(request, "person.html", person=data, page=page, query=_querier(request))


@router.get("/article/{article_id}", response_class=HTMLResponse)
def article(request: Request, article_id: str) -> Any:
    with reading(request) as store:
        data = pages.article_data(store, article_id[:200])
    if data is None:
        raise HTTPException(404, "Aucun article avec cet identifiant.")
    return render(request, "article.html", article=data, segments=segments(data["text"], article_spans(data)))


@router.get("/search", response_class=HTMLResponse)
def search(request: Request, q: str = Query("", max_length=MAX_QUERY), filters: ViewFilters = Depends(view_filters),
           page: Paging = Depends(paging)) -> Any:
    with reading(request) as store:
        data = pages.search_data(store, q, filters, limit=page.limit, offset=page.offset)
    return render(request, "search.html", result=data, filters=filters, page=page, query=_querier(request))


@router.get("/docs", response_class=HTMLResponse)
def docs(request: Request) -> Any:
    """The API's operations from /openapi.json, served here: no CDN-hosted Swagger UI."""
    spec = request.app.openapi()
    operations = [
        {"method": method.upper(), "path": path, "summary": op.get("summary", ""),
         "parameters": [p["name"] for p in op.get("parameters", [])]}
        for path, methods in spec.get("paths", {}).items() for method, op in methods.items()
    ]
    return render(request, "docs.html", operations=operations, title=spec["info"]["title"])
