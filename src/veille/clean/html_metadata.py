"""What a page says about itself: title, site, section, publication date and canonical URL.

trafilatura reads these from ``<meta>``, JSON-LD, ``<link rel=canonical>`` and htmldate; this
module only chooses which of its answers to trust and turns them into Article fields. The
rule throughout: a value the page does not state is left empty, never guessed, because a
wrong date or outlet is worse for an analyst than a missing one (a later stage can still
resolve the date from the dateline and the text).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date

from trafilatura.settings import Document

from veille.article import Article

_SPACES = re.compile(r"\s+")
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True, slots=True, kw_only=True)
class PageMetadata:
    title: str | None = None
    site: str | None = None
    section: str | None = None
    published: str | None = None
    url: str | None = None


def date_search_params(today: date) -> dict[str, object]:
    """htmldate settings: the original publication date, from the page's markup and URL only.

    htmldate's extensive search also reads dates out of free text and, failing that, turns a
    copyright year into 1 January of that year: a guess that would be stored as if the page
    stated it. ``today`` bounds the search so a date in the future (an event, a typo) is refused.
    """
    return {"original_date": True, "extensive_search": False, "max_date": today.isoformat()}


def read_page_metadata(document: Document) -> PageMetadata:
    """The metadata trafilatura found, tidied: collapsed whitespace, empty strings as None."""
    categories = [c for c in (document.categories or []) if _tidy(c)]
    published = _tidy(document.date)
    return PageMetadata(
        title=_tidy(document.title),
        site=_tidy(document.sitename),
        section=_tidy(categories[0]) if categories else None,
        published=published if published and _ISO_DATE.fullmatch(published) else None,
        url=_tidy(document.url),
    )


def fill_missing(article: Article, meta: PageMetadata) -> None:
    """Set each field the source left empty; what the source read explicitly wins.

    A feed entry or a records column states its title, date or URL as data, while the page
    markup is often a template's default, so the page only fills gaps.
    """
    for name in ("title", "site", "section", "published", "url"):
        value = getattr(meta, name)
        if value and not getattr(article, name):
            setattr(article, name, value)


def _tidy(value: str | None) -> str | None:
    if not value:
        return None
    value = _SPACES.sub(" ", value).strip()
    return value or None
