"""RSS and Atom files (``.xml``, ``.rss``, ``.atom``, sniffed ``<rss``/``<feed``): one article per entry.

feedparser only ever sees bytes veille read itself (handed over as a stream, so it never
takes them for a URL or a file name to open), after feed_guard.py has refused or defused
what it must not parse (entity declarations, impossible characters, a runaway declaration
line). An entry becomes a ``text`` page: its full content if
the feed carries it, else its summary, as plain paragraphs separated by blank lines. The
date keeps the offset the feed wrote (a 23:30 Paris article stays on its day).
"""
from __future__ import annotations

import email.utils
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser
import lxml.html
from lxml import etree

from veille.article import Article, RawPage
from veille.errors import SourceError
from veille.pipeline import Failure
from veille.source.decode import normalize_newlines
from veille.source.feed_guard import guard_feed
from veille.source.limits import SourceLimits
from veille.source.stream import ByteStream

_DATE_ONLY = re.compile(r"\d{4}-\d{2}-\d{2}\Z")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td th thead tr ul".split()
)
_HIDDEN_TAGS = frozenset({"script", "style", "template"})
_PARAGRAPH_BREAK = re.compile(r"\n\s*\n")
_SPACES = re.compile(r"[ \t\n\r\f\v]+")  # not \xa0 or \u202f: French typography needs them


@dataclass(frozen=True, slots=True)
class FeedEntry:
    article: Article
    full_text: bool
    """True when the feed carries the entry's content, not only a summary (``veille watch`` may then
    ingest the entry itself when its page cannot be fetched)."""


def read_feed(stream: ByteStream, where: str, limits: SourceLimits, head: bytes) -> Iterator[Article | Failure]:
    for entry in parse_feed(stream.read_whole("feed"), where):
        yield entry.article


def parse_feed(data: bytes, where: str, *, base_url: str | None = None) -> Iterator[FeedEntry]:
    """The entries of one feed document; relative links resolve against ``base_url`` (where it was fetched)."""
    safe = guard_feed(data)
    try:
        parsed = feedparser.parse(io.BytesIO(safe), resolve_relative_uris=True, sanitize_html=True,
                                  response_headers={"content-location": base_url} if base_url else None)
    except (ValueError, OverflowError, UnicodeError) as exc:  # feedparser's own bugs on broken markup
        raise SourceError(f"not a readable RSS/Atom feed ({exc.__class__.__name__}: {exc})") from exc
    if not parsed.entries:
        if parsed.bozo:
            raise SourceError(f"not a readable RSS/Atom feed ({parsed.get('bozo_exception')})")
        if not parsed.version:
            raise SourceError("not an RSS or Atom feed")
        return
    site = parsed.feed.get("title") or None
    for number, entry in enumerate(parsed.entries, start=1):
        full_text = any((item.get("value") or "").strip() for item in entry.get("content") or [])
        yield FeedEntry(_entry_article(entry, site, parsed.feed.get("link"), f"{where}#{number}"), full_text)


def _entry_article(entry: Any, site: str | None, feed_link: str | None, fallback_id: str) -> Article:
    link = entry.get("link") or None
    published, raw_date = _published(entry)
    extra: dict[str, Any] = {
        "author": entry.get("author"),
        "tags": [tag.get("term") for tag in entry.get("tags") or [] if tag.get("term")],
        "feed_link": feed_link,
        "published_raw": raw_date if raw_date and not published else None,
    }
    return Article(
        source_id=entry.get("id") or link or fallback_id,
        url=link,
        site=site,
        title=entry.get("title") or None,
        published=published,
        raw=RawPage(format="text", content=_entry_text(entry), own_id=bool(entry.get("id") or link)),
        extra={key: value for key, value in extra.items() if value},
    )


def _published(entry: Any) -> tuple[str | None, str | None]:
    """(ISO date-time keeping the feed's offset, the raw date string)."""
    raw = _first(entry, "published", "updated")
    if raw and _DATE_ONLY.match(raw.strip()):
        return raw.strip(), raw
    if raw:
        for parse in (datetime.fromisoformat, email.utils.parsedate_to_datetime):
            try:
                return parse(raw.strip()).isoformat(), raw
            except (TypeError, ValueError, IndexError):
                continue
    parsed = _first(entry, "published_parsed", "updated_parsed")
    if parsed:  # feedparser's own reading, in UTC
        return datetime(*parsed[:6], tzinfo=UTC).isoformat(), raw
    return None, raw


def _first(entry: Any, *keys: str) -> Any:
    """The first non-empty field, asked with ``in`` first: feedparser answers a missing
    "updated" with "published" and a deprecation warning, and that fallback is going away."""
    return next((entry[key] for key in keys if key in entry and entry[key]), None)


def _entry_text(entry: Any) -> str:
    candidates = [(item.get("value"), item.get("type")) for item in entry.get("content") or []]
    candidates.append((entry.get("summary"), (entry.get("summary_detail") or {}).get("type")))
    for value, media_type in candidates:
        if value and value.strip():
            return normalize_newlines(value).strip() if media_type == "text/plain" else html_to_text(value)
    return ""


def html_to_text(fragment: str) -> str:
    """Plain text of an HTML fragment: one paragraph per block element, blank lines between them."""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.ParserError, ValueError):
        return _paragraphs(fragment)
    parts: list[str] = []
    hidden = 0
    for event, element in etree.iterwalk(root, events=("start", "end")):
        tag = element.tag if isinstance(element.tag, str) else None  # comments have no str tag
        if event == "start":
            hidden += tag in _HIDDEN_TAGS
            if tag in _BLOCK_TAGS:
                parts.append("\n\n")
            if tag and element.text and not hidden:
                parts.append(element.text)
        else:
            hidden -= tag in _HIDDEN_TAGS
            if tag in _BLOCK_TAGS:
                parts.append("\n\n")
            if element.tail and not hidden and element is not root:
                parts.append(element.tail)
    return _paragraphs("".join(parts))


def _paragraphs(text: str) -> str:
    paragraphs = (_SPACES.sub(" ", part).strip() for part in _PARAGRAPH_BREAK.split(normalize_newlines(text)))
    return "\n\n".join(part for part in paragraphs if part)
