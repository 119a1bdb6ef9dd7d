"""The Jinja2 environment: autoescaping on, and the few filters that keep untrusted text inert.

``safe_url`` is how a stored URL may become a link: only absolute http(s) URLs, so
``javascript:`` and ``data:`` never reach an href. ``marked`` splits a search snippet on the
store's match marks so the template escapes the text and wraps matches in <mark>.
"""
from __future__ import annotations

from pathlib import Path
from urllib.parse import quote, urlsplit

from fastapi.templating import Jinja2Templates

from veille.store.base import MARK_END, MARK_START
from veille.store.view_rows import FACET_SCAN, MAX_HITS

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
MAX_URL = 2048


def safe_url(url: object) -> str | None:
    if not isinstance(url, str) or len(url) > MAX_URL or any(c.isspace() or ord(c) < 32 for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in {"http", "https"} and parts.netloc else None


def marked(snippet: str) -> list[tuple[str, bool]]:
    """(text, is_match) pieces of a snippet; stray marks are dropped."""
    pieces: list[tuple[str, bool]] = []
    rest = snippet
    while MARK_START in rest:
        before, _, after = rest.partition(MARK_START)
        match, _, rest = after.partition(MARK_END)
        pieces += [(before.replace(MARK_END, ""), False), (match, True)]
    pieces.append((rest.replace(MARK_END, ""), False))
    return [p for p in pieces if p[0]]


def path_part(value: object) -> str:
    """A value as one URL path segment (ids and speaker keys may hold any character)."""
    return quote(str(value), safe="")


def make_templates() -> Jinja2Templates:
    templates = Jinja2Templates(directory=str(TEMPLATES))
    env = templates.env
    env.autoescape = True
    env.trim_blocks = env.lstrip_blocks = True
    env.filters.update(safe_url=safe_url, marked=marked, path_part=path_part)
    env.globals.update(facet_scan=FACET_SCAN, max_hits=MAX_HITS)  # the search page states both bounds
    return templates
