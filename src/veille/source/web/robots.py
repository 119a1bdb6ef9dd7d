"""robots.txt: read once per site (scheme, host and port), kept a day, asked before every request.

RFC 9309 decides what a missing or broken file means: a 4xx (no robots.txt) allows
everything; a 5xx or no answer at all means "the site is unwell", and the crawler must then
assume everything is disallowed until it can read the file. A file that could not be read
is asked for again after ``error_ttl`` rather than a day, so a site that was down at noon is
crawled again in the afternoon. Rules are matched with ``urllib.robotparser`` for veille's
product token (``User-agent: veille``, else ``*``). Threads asking about one site at once
wait for one reading of its file rather than each fetching it.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

from veille.errors import FetchError

#: robots.txt URL -> (HTTP status, body); raises FetchError when no answer could be had.
RobotsFetch = Callable[[str], tuple[int, bytes]]

ROBOTS_MAX_BYTES = 512 * 1024  # RFC 9309 asks crawlers to read at least 500 KiB
DAY = 24 * 3600.0


@dataclass(frozen=True, slots=True)
class _SiteRules:
    parser: RobotFileParser | None
    """None while the file is unavailable: everything is disallowed."""
    unavailable: str
    expires: float
    refused: bool = False
    """The robots.txt URL itself was refused for good (a private address, say): say that, not "unavailable"."""


class RobotsCache:
    """Answers "may veille fetch this URL?" from each site's robots.txt, fetched through ``fetch``."""

    def __init__(self, fetch: RobotsFetch, *, agent: str, ttl: float = DAY, error_ttl: float = 600.0,
                 clock: Callable[[], float] = time.monotonic) -> None:
        self._fetch = fetch
        self.agent = agent
        self.ttl = ttl
        self.error_ttl = error_ttl
        self._clock = clock
        self._sites: dict[str, _SiteRules] = {}
        self._reading: dict[str, threading.Lock] = {}
        self._reading_lock = threading.Lock()

    def check(self, url: str) -> None:
        """Raise FetchError unless the site's robots.txt lets veille fetch ``url``."""
        rules = self._rules(url)
        if rules.refused:
            raise FetchError(rules.unavailable)
        if rules.parser is None:
            raise FetchError(f"robots.txt unavailable ({rules.unavailable}), so the site is not crawled for now",
                             retry=True)
        if not rules.parser.can_fetch(self.agent, url):
            raise FetchError("disallowed by the site's robots.txt")

    def crawl_delay(self, url: str) -> float | None:
        """The site's ``Crawl-delay`` for veille, if it sets one (read from the cache only)."""
        rules = self._sites.get(_origin(url))
        if rules is None or rules.parser is None:
            return None
        delay = rules.parser.crawl_delay(self.agent)
        return float(delay) if delay is not None else None

    def _rules(self, url: str) -> _SiteRules:
        origin = _origin(url)
        with self._reading_lock:
            reading = self._reading.setdefault(origin, threading.Lock())
        with reading:
            rules = self._sites.get(origin)
            if rules is None or rules.expires <= self._clock():
                rules = self._read(origin)
                self._sites[origin] = rules
        return rules

    def _read(self, origin: str) -> _SiteRules:
        try:
            status, body = self._fetch(f"{origin}/robots.txt")
        except FetchError as exc:
            return _SiteRules(None, str(exc), self._clock() + self.error_ttl, refused=not exc.retry)
        parser = RobotFileParser()
        if 200 <= status < 300:
            parser.parse(body.decode("utf-8", errors="replace").splitlines())
        elif 400 <= status < 500:
            parser.allow_all = True
        else:
            return _SiteRules(None, f"HTTP {status}", self._clock() + self.error_ttl)
        return _SiteRules(parser, "", self._clock() + self.ttl)


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme.lower()}://{parts.netloc.lower()}"
