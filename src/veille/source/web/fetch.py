"""The one way veille fetches a URL: guarded, polite, capped, and honest about why it failed.

Every request, redirect hops and robots.txt included, goes through ``WebClient.fetch``:
the URL must be http(s) (guard.py; the address check happens at connect time), robots.txt
must allow it (robots.py), the host's interval must have passed (politeness.py), the whole
exchange must end within ``timeout`` seconds (checked between reads too, so a server dripping
bytes gains one read timeout at most) and ``max_bytes`` (body.py). Redirects are
followed here rather than by httpx so that each hop gets all of the above, and a loop or a
chain longer than ``max_redirects`` ends in a FetchError that names it. What cannot be
fetched is always a FetchError with a reason a user can act on, never an httpx exception.
"""
from __future__ import annotations

import time
from dataclasses import dataclass
from urllib.parse import urljoin

import httpx

from veille import __version__
from veille.errors import FetchError
from veille.source.limits import MiB
from veille.source.web.body import ACCEPT_ENCODING, read_body
from veille.source.web.guard import GuardedTransport, check_url
from veille.source.web.politeness import HostClock
from veille.source.web.robots import ROBOTS_MAX_BYTES, RobotsCache

AGENT_TOKEN = "veille"
USER_AGENT = f"{AGENT_TOKEN}/{__version__} (open-source media monitoring)"
ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
ACCEPT_FEED = "application/rss+xml,application/atom+xml,application/xml;q=0.9,text/xml;q=0.9,*/*;q=0.5"
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_RETRY_STATUSES = frozenset({408, 425, 429})


@dataclass(frozen=True, slots=True, kw_only=True)
class FetchPolicy:
    """How veille behaves on the web; ``veille watch`` builds it from Settings."""

    timeout: float = 20.0
    """Seconds for one fetch from the first byte sent to the last read, redirects included."""
    max_bytes: int = 10 * MiB
    max_redirects: int = 5
    host_interval: float = 2.0
    allow_private: bool = False
    user_agent: str = USER_AGENT

    def __post_init__(self) -> None:
        if self.timeout <= 0 or self.max_bytes <= 0 or self.max_redirects < 0 or self.host_interval < 0:
            raise ValueError("FetchPolicy: timeout and max_bytes must be positive, the others not negative")


@dataclass(frozen=True, slots=True, kw_only=True)
class Validators:
    """What a server said about a version of a resource, sent back to ask "has it changed?"."""

    etag: str | None = None
    last_modified: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Fetched:
    url: str
    """Where the body came from, after redirects."""
    status: int
    """200, or 304 when the validators sent still hold (then ``body`` is empty)."""
    body: bytes
    content_type: str
    """The media type alone, lower-cased (``text/html``); empty when the server sent none."""
    charset: str | None
    validators: Validators


class WebClient:
    """A guarded httpx client with robots.txt and a per-host clock; one per watcher, closed after use."""

    def __init__(self, policy: FetchPolicy) -> None:
        self.policy = policy
        self.clock = HostClock(policy.host_interval)
        self.robots = RobotsCache(self._fetch_robots, agent=AGENT_TOKEN)
        self._http = httpx.Client(
            transport=GuardedTransport(allow_private=policy.allow_private),
            headers={"User-Agent": policy.user_agent, "Accept-Encoding": ACCEPT_ENCODING},
            follow_redirects=False,
            trust_env=False,
        )

    def __enter__(self) -> WebClient:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    def fetch(self, url: str, *, accept: str = ACCEPT_HTML, validators: Validators | None = None) -> Fetched:
        """GET ``url`` under the policy; 2xx other than 200, 3xx dead ends, 4xx and 5xx are FetchErrors."""
        return self._get(url, accept=accept, validators=validators, max_bytes=self.policy.max_bytes, robots=True)

    def _fetch_robots(self, robots_url: str) -> tuple[int, bytes]:
        try:
            fetched = self._get(robots_url, accept="text/plain,*/*;q=0.5", validators=None,
                                max_bytes=ROBOTS_MAX_BYTES, robots=False)
        except FetchError as exc:
            if exc.status is not None and 400 <= exc.status < 500:
                return exc.status, b""
            raise
        return fetched.status, fetched.body

    def _get(self, url: str, *, accept: str, validators: Validators | None, max_bytes: int,
             robots: bool) -> Fetched:
        budget = self.policy.timeout  # spent only by the exchanges: not by robots.txt, not by the host clock
        seen = [url]
        for _hop in range(self.policy.max_redirects + 1):
            host = check_url(url)
            if robots:
                self.robots.check(url)
            with self.clock.turn(host, crawl_delay=self.robots.crawl_delay(url) if robots else None):
                started = time.monotonic()
                fetched, location = self._exchange(url, accept=accept, validators=validators, max_bytes=max_bytes,
                                                   budget=budget)
                budget -= time.monotonic() - started
            if fetched is not None:
                return fetched
            url = location
            if url in seen:
                raise FetchError(f"redirect loop ({' -> '.join([*seen, url])})")
            seen.append(url)
        raise FetchError(f"more than {self.policy.max_redirects} redirects ({' -> '.join(seen)})")

    def _exchange(self, url: str, *, accept: str, validators: Validators | None, max_bytes: int,
                  budget: float) -> tuple[Fetched | None, str]:
        """One request within ``budget`` seconds: (the result, "") or (None, the URL a redirect points to)."""
        if budget <= 0:
            raise FetchError(f"timed out: redirects took longer than {self.policy.timeout:g} s", retry=True)
        deadline = time.monotonic() + budget
        headers = {"Accept": accept, **_conditional_headers(validators)}
        try:
            with self._http.stream("GET", url, headers=headers, timeout=httpx.Timeout(budget)) as response:
                status = response.status_code
                if status in _REDIRECTS:
                    location = response.headers.get("location", "").strip()
                    if not location:
                        raise FetchError(f"HTTP {status} redirect without a Location")
                    return None, urljoin(url, location)
                if status == 304 and validators is not None:
                    return _fetched(url, response, b""), ""
                if status != 200:
                    raise _status_error(response)
                body = read_body(response, max_bytes=max_bytes, deadline=deadline, timeout=self.policy.timeout)
                return _fetched(url, response, body), ""
        except httpx.TimeoutException:
            raise FetchError(f"timed out after {self.policy.timeout:g} s", retry=True) from None
        except httpx.InvalidURL as exc:
            raise FetchError(f"refused: malformed URL ({exc})") from None
        except httpx.HTTPError as exc:
            raise FetchError(f"network error: {exc or exc.__class__.__name__}", retry=True) from None


def _conditional_headers(validators: Validators | None) -> dict[str, str]:
    headers = {}
    if validators is not None and validators.etag:
        headers["If-None-Match"] = validators.etag
    if validators is not None and validators.last_modified:
        headers["If-Modified-Since"] = validators.last_modified
    return headers


def _fetched(url: str, response: httpx.Response, body: bytes) -> Fetched:
    media_type, _, params = response.headers.get("content-type", "").partition(";")
    charset = None
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return Fetched(
        url=url,
        status=response.status_code,
        body=body,
        content_type=media_type.strip().lower(),
        charset=charset,
        validators=Validators(etag=response.headers.get("etag"),
                              last_modified=response.headers.get("last-modified")),
    )


def _status_error(response: httpx.Response) -> FetchError:
    status = response.status_code
    return FetchError(f"HTTP {status} {response.reason_phrase or ''}".rstrip(),
                      retry=status >= 500 or status in _RETRY_STATUSES, status=status)
