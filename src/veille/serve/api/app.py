"""``create_app(settings)``: the FastAPI application behind ``veille serve``, API and pages together.

Errors never surface as a 500 for bad input: validation errors are 422, bad filters 400,
unknown ids 404 — as JSON under /api and as an HTML page elsewhere.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException

from veille import __version__
from veille.config import Settings
from veille.errors import StoreError
from veille.serve.api import ingest, routes
from veille.serve.api.security import SecurityMiddleware
from veille.serve.web import routes as web_routes
from veille.serve.web.render import STATIC, make_templates


def create_app(settings: Settings) -> FastAPI:
    app = FastAPI(title="veille", version=__version__, docs_url=None, redoc_url=None,
                  description="Media monitoring: stories, timelines, who said what, search.")
    app.state.settings = settings
    app.state.templates = make_templates()
    app.add_middleware(SecurityMiddleware)
    app.include_router(routes.router)
    app.include_router(ingest.router)
    app.include_router(web_routes.router)
    app.mount("/static", StaticFiles(directory=str(STATIC)), name="static")
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.add_exception_handler(RequestValidationError, _validation_error)
    app.add_exception_handler(StoreError, _store_error)
    return app


def _error(request: Request, status: int, message: str, detail: object = None,
           headers: dict[str, str] | None = None) -> Response:
    if request.url.path.startswith("/api") or request.url.path.startswith("/openapi"):
        return JSONResponse({"detail": detail if detail is not None else message}, status_code=status,
                            headers=headers)
    templates = request.app.state.templates
    return templates.TemplateResponse(request, "error.html", {"status": status, "message": message},
                                      status_code=status, headers=headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, StarletteHTTPException)
    return _error(request, exc.status_code, str(exc.detail), headers=exc.headers)


async def _validation_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, RequestValidationError)
    problems = "; ".join(f"{'.'.join(str(p) for p in e['loc'])}: {e['msg']}" for e in exc.errors()[:5])
    detail = [{"loc": e["loc"], "msg": e["msg"], "type": e["type"]} for e in exc.errors()[:20]]
    return _error(request, 422, f"Paramètres invalides — {problems}", detail)


async def _store_error(request: Request, exc: Exception) -> Response:
    return _error(request, 400, str(exc))
