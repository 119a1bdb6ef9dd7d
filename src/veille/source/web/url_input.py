"""`veille ingest URL`: one guarded fetch, then the answer read as a file of that content would be.

The fetch is the watcher's (fetch.py): http(s) only, no loopback or private address unless
allowed, robots.txt obeyed, the host's interval kept, a timeout and a size cap. What comes
back is read by the reader its media type names (a page, a feed), else by the URL's
extension or its first bytes, like a file: a JSONL, a WARC or a ``.gz`` at a URL reads as
it would from disk. A page becomes one article whose URL is where the fetch ended (after
redirects), so ingesting it again, or meeting it later through ``veille watch``, finds the
same article. A feed gives its entries with the text it carries; to fetch each entry's page,
watch the feed.
"""
from __future__ import annotations

import io
from types import TracebackType
from urllib.parse import urlsplit

from veille.errors import FetchError
from veille.source.limits import SourceLimits
from veille.source.sniff import BINARY_WINDOW, InputKind, choose_kind, refuse_binary
from veille.source.stream import GZIP_MAGIC, ByteStream
from veille.source.web.fetch import Fetched, FetchPolicy, WebClient

ACCEPT_ANY = "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,*/*;q=0.8"
_KIND_BY_TYPE: dict[str, InputKind] = {
    "text/html": "html", "application/xhtml+xml": "html",
    "application/rss+xml": "feed", "application/atom+xml": "feed", "application/rdf+xml": "feed",
}


class UrlFetcher:
    """Fetches URL inputs for one ingest run; opens its client on the first URL, closes it at the end."""

    def __init__(self, policy: FetchPolicy | None) -> None:
        self.policy = policy
        self._client: WebClient | None = None

    def __enter__(self) -> UrlFetcher:
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._client is not None:
            self._client.close()

    def fetch(self, url: str) -> Fetched:
        if self.policy is None:
            raise FetchError("URL inputs are read by `veille ingest` only; download the page and read the file")
        if self._client is None:
            self._client = WebClient(self.policy)
        return self._client.fetch(url, accept=ACCEPT_ANY)


def answer_stream(fetched: Fetched, limits: SourceLimits) -> ByteStream:
    return ByteStream(io.BytesIO(fetched.body), gzipped=fetched.body.startswith(GZIP_MAGIC), limits=limits)


def answer_kind(fetched: Fetched, head: bytes) -> InputKind:
    """The media type when it names a page or a feed; otherwise what the URL's name or the bytes say."""
    kind = _KIND_BY_TYPE.get(fetched.content_type)
    if kind is None:
        return choose_kind(urlsplit(fetched.url).path, head)
    refuse_binary(head[:BINARY_WINDOW])
    return kind
