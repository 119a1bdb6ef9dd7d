"""The per-host rate limit: at least ``min_interval`` seconds between two requests to one host.

A watcher that finds thirty new entries on one outlet's feed must not fetch thirty pages
from that outlet in a burst: small sites run on small servers, and a burst is how crawlers
get blocked. The interval counts from the end of one request to the start of the next, so a
slow server also gets its breathing space, and a host's robots.txt ``Crawl-delay`` can only
make it longer (never past ``max_delay``, so a hostile robots.txt cannot stall a watcher for
a day). Requests from several threads to one host take turns: a host's turn is held from the
wait to the end of the answer.
"""
from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager

MAX_CRAWL_DELAY = 60.0


class HostClock:
    """Remembers when each host last finished answering and waits out the interval before the next request."""

    def __init__(self, min_interval: float, *, max_delay: float = MAX_CRAWL_DELAY,
                 clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep) -> None:
        if min_interval < 0:
            raise ValueError("min_interval must not be negative")
        self.min_interval = min_interval
        self.max_delay = max(max_delay, min_interval)
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._turns: dict[str, threading.Lock] = {}
        self._turns_lock = threading.Lock()

    @contextmanager
    def turn(self, host: str, *, crawl_delay: float | None = None) -> Iterator[float]:
        """Wait until ``host`` may be asked again (yielding the seconds waited); the request runs inside."""
        key = host.lower()
        interval = self.min_interval
        if crawl_delay is not None and crawl_delay > interval:
            interval = min(crawl_delay, self.max_delay)
        with self._turns_lock:
            turn = self._turns.setdefault(key, threading.Lock())
        with turn:
            waited = 0.0
            last = self._last.get(key)
            if last is not None:
                waited = max(0.0, last + interval - self._clock())
                if waited:
                    self._sleep(waited)
            try:
                yield waited
            finally:
                self._last[key] = self._clock()
