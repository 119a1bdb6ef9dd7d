"""Watch round time: one round over feeds on many loopback hosts, fetched one host at a time vs side by side.

Usage: python bench/watch_round.py [--hosts 10] [--pages 5] [--interval 0.5] [--delay 0.1] [--concurrency 1 8]
Each host (127.0.0.1, 127.0.0.2, …) serves one RSS feed of ``--pages`` pages, each answered after
``--delay`` seconds; the politeness interval is ``--interval``. For each concurrency the script
prints the round's wall time and the pages fetched; only the poller runs (no cleaning, no store
writes beyond the watch state it reads), so the figure is the fetching alone.
"""
from __future__ import annotations

import argparse
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from veille.article import Article
from veille.source.web.fetch import FetchPolicy, WebClient
from veille.source.web.poll import FeedPoller, PollLog
from veille.store.sqlite import SqliteStore


def handler(pages: int, delay: float) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - the base class's name
            pass

        def do_GET(self) -> None:  # noqa: N802 - the base class's name
            if self.path == "/rss.xml":
                items = "".join(f"<item><title>Dépêche {n}</title><link>/p/{n}</link><guid>d{n}</guid></item>"
                                for n in range(pages))
                kind = "application/rss+xml"
                body = f"<rss version='2.0'><channel><title>Site</title>{items}</channel></rss>"
            elif self.path.startswith("/p/"):
                time.sleep(delay)
                kind = "text/html"
                body = f"<html><body><article><p>Texte de la page {self.path}.</p></article></body></html>"
            else:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            data = body.encode("utf-8")
            self.send_response(200)
            self.send_header("Content-Type", f"{kind}; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

    return Handler


@contextmanager
def sites(hosts: int, pages: int, delay: float) -> Iterator[list[str]]:
    servers = [ThreadingHTTPServer((f"127.0.0.{n + 1}", 0), handler(pages, delay)) for n in range(hosts)]
    for server in servers:
        server.daemon_threads = True
        threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True).start()
    try:
        yield [f"http://{s.server_address[0]}:{s.server_address[1]}/rss.xml" for s in servers]
    finally:
        for server in servers:
            server.shutdown()
            server.server_close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=10)
    parser.add_argument("--pages", type=int, default=5)
    parser.add_argument("--interval", type=float, default=0.5)
    parser.add_argument("--delay", type=float, default=0.1)
    parser.add_argument("--concurrency", type=int, nargs="+", default=[1, 8])
    args = parser.parse_args()
    policy = FetchPolicy(timeout=10.0, host_interval=args.interval, allow_private=True)
    with sites(args.hosts, args.pages, args.delay) as feeds, tempfile.TemporaryDirectory() as tmp:
        for concurrency in args.concurrency:
            with SqliteStore(str(Path(tmp) / f"watch-{concurrency}.db")) as store, WebClient(policy) as client:
                started = time.monotonic()
                items = list(FeedPoller(client, store, concurrency=concurrency).poll(feeds, PollLog()))
                seconds = time.monotonic() - started
            pages = sum(isinstance(item, Article) for item in items)
            print(f"hosts={args.hosts} pages={pages} concurrency={concurrency} round_s={seconds:.2f}")


if __name__ == "__main__":
    main()
