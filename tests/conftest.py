"""Shared test fixtures: where ../shared lives, temp stores, a web site on the loopback interface."""
from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _shared_dir() -> Path:
    return Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """The real corpora and gold (../shared or $VEILLE_SHARED); tests skip with a reason when absent."""
    path = _shared_dir()
    if not (path / "PRODUCT.md").exists() and not (path / "corpora").is_dir():
        pytest.skip(f"shared corpora not found at {path} (set VEILLE_SHARED)")
    return path


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def demo_dir() -> Path:
    return ROOT / "demo"


# -- PostgreSQL: a real server from the Debian binaries (postgres_server.py) --


@pytest.fixture(scope="session")
def pg_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A ``postgresql://`` URL to a throwaway server, stopped after the session (or when the run is killed).

    Skips when the binaries are missing, unless $CI is set.
    """
    from postgres_server import BIN_DIRS, find_binary, postgres_server

    initdb, pg_ctl = find_binary("initdb"), find_binary("pg_ctl")
    if not (initdb and pg_ctl):
        message = "PostgreSQL binaries (initdb, pg_ctl) not found in " + ", ".join(BIN_DIRS) + " or PATH"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    with postgres_server(tmp_path_factory.mktemp("pg"), initdb, pg_ctl) as url:
        yield url


@pytest.fixture(scope="session")
def _pg_template(pg_url: str) -> str:
    """A database migrated once, copied by ``pg_db_url`` (faster than migrating per test)."""
    import psycopg

    from veille.store.postgres import PostgresStore

    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute("CREATE DATABASE veille_template")
    PostgresStore(pg_url.rsplit("/", 1)[0] + "/veille_template").close()
    return "veille_template"


@pytest.fixture
def pg_db_url(pg_url: str, _pg_template: str) -> str:
    """A fresh, migrated, empty database on the session's server, for one test."""
    import uuid

    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(pg_url, autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name} TEMPLATE {_pg_template}")  # names made here, not input
    return pg_url.rsplit("/", 1)[0] + "/" + name


# -- A web site on the loopback interface: real HTTP for the fetch and `veille watch` tests --


@dataclass
class SitePage:
    """What the site answers on one path. ``stream`` > 0 sends that many bytes in 64 kB chunks with no
    Content-Length (the client cannot know the size in advance) and counts what got out in ``site.sent``.
    A page with an ETag or Last-Modified header answers 304 to a request that sends it back."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    stream: int = 0


@dataclass(frozen=True)
class SiteHit:
    path: str
    headers: dict[str, str]
    at: float
    """time.monotonic() when the request arrived (the server's clock)."""


class LoopbackSite:
    """A threaded HTTP/1.1 server on a loopback address (127.0.0.1 unless told) and a free port, serving
    pages a test writes, logging every request."""

    def __init__(self, address: str = "127.0.0.1") -> None:
        from http.server import ThreadingHTTPServer

        self.pages: dict[str, SitePage] = {}
        self.hits: list[SiteHit] = []
        self.sent: dict[str, int] = {}
        self.server = ThreadingHTTPServer((address, 0), _site_handler(self))
        self.server.daemon_threads = True
        self.server.block_on_close = False  # a page still sleeping must not hold the test up
        self.server.handle_error = lambda request, address: None  # the client hung up: expected here
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    @property
    def base(self) -> str:
        address, port = self.server.server_address[:2]
        return f"http://{address}:{port}"

    def url(self, path: str) -> str:
        return self.base + path

    def add(self, path: str, body: str | bytes = b"", **options: object) -> str:
        data = body.encode("utf-8") if isinstance(body, str) else body
        self.pages[path] = SitePage(body=data, **options)  # type: ignore[arg-type]
        return self.url(path)

    def requested(self, path: str) -> list[SiteHit]:
        return [hit for hit in self.hits if hit.path == path]

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


def _site_handler(site: LoopbackSite) -> type:
    import time
    from http.server import BaseHTTPRequestHandler

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

        def do_GET(self) -> None:  # noqa: N802 - the base class's name
            site.hits.append(SiteHit(self.path, {k.lower(): v for k, v in self.headers.items()}, time.monotonic()))
            page = site.pages.get(self.path, SitePage(body=b"not here", status=404))
            if page.delay:
                time.sleep(page.delay)
            validators = {"if-none-match": page.headers.get("ETag"),
                          "if-modified-since": page.headers.get("Last-Modified")}
            if any(value and self.headers.get(name) == value for name, value in validators.items()):
                self.send_response(304)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            self.send_response(page.status)
            for name, value in page.headers.items():
                self.send_header(name, value)
            if page.stream:
                self._stream(page.stream)
                return
            self.send_header("Content-Length", str(len(page.body)))
            self.end_headers()
            self.wfile.write(page.body)

        def _stream(self, total: int) -> None:
            self.send_header("Connection", "close")
            self.end_headers()
            self.close_connection = True
            chunk, sent = b"<p>" + b"x" * (65536 - 7) + b"</p>\n", 0
            site.sent[self.path] = 0
            try:
                while sent < total:
                    self.wfile.write(chunk)
                    sent += len(chunk)
                    site.sent[self.path] = sent
            except OSError:  # the client stopped reading and closed: what the test wants to see
                pass

    return Handler


@pytest.fixture
def loopback_site() -> Iterator[LoopbackSite]:
    site = LoopbackSite()
    yield site
    site.close()


@pytest.fixture
def other_loopback_site() -> Iterator[LoopbackSite]:
    """A second site on another loopback address (127.0.0.2): another host to veille, on the same machine."""
    site = LoopbackSite("127.0.0.2")
    yield site
    site.close()
