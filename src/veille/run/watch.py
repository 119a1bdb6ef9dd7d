"""The watch executor: every ``watch_interval`` seconds, poll the feeds and ingest what is new.

A round is one ingest run (``run/local.py``'s, fed the pages the poller fetches instead of
files), so it is recorded in the store like any other, with its settings and its funnel.
The watch state the round learnt is written only after the round's pages are stored: a
round that dies half-way is done again in full by the next one, and nothing is lost.
Nothing that a feed or a page does ends the loop: each problem becomes a Failure in the
round's funnel (which feed or URL, and why) and the next feed goes on. Only the store
failing, or the feeds file being unreadable at the first round, stops the watcher.
"""
from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from itertools import chain

from veille.config import Settings
from veille.errors import SourceError
from veille.pipeline import Failure, Funnel, Pipeline
from veille.run.local import build_pipeline, fetch_policy, ingest
from veille.source.web.feed_list import read_feed_list
from veille.source.web.fetch import WebClient
from veille.source.web.poll import FeedPoller, PollLog
from veille.store.base import Store


@dataclass(frozen=True, slots=True)
class RoundReport:
    number: int
    funnel: Funnel
    log: PollLog
    seconds: float


def watch_round(feeds: list[str], *, settings: Settings, store: Store, poller: FeedPoller, pipeline: Pipeline,
                number: int = 1, failures: list[Failure] | None = None) -> RoundReport:
    """Poll ``feeds`` once, ingest the new pages, then record what was fetched; ``failures`` (problems
    found before polling, such as bad lines of the feeds file) are reported with the round's own."""
    started = time.monotonic()
    log = PollLog()
    items = chain(failures or [], poller.poll(feeds, log))
    funnel = ingest(feeds, settings=settings, store=store, pipeline=pipeline, items=items)
    if log.entries:
        store.save_watch_entries(log.entries)
    for state in log.feed_states:
        store.save_feed_state(state)
    return RoundReport(number=number, funnel=funnel, log=log, seconds=time.monotonic() - started)


def watch(feeds_file: str, *, settings: Settings, store: Store, rounds: int | None = None,
          pipeline: Pipeline | None = None, on_round: Callable[[RoundReport], None] | None = None,
          sleep: Callable[[float], None] = time.sleep) -> RoundReport | None:
    """Run ``rounds`` rounds (forever when None), ``settings.watch_interval`` seconds apart (start to start);
    return the last round's report. The feeds file is read again every round, so it can be edited live."""
    pipeline = pipeline or build_pipeline(store)  # built once: spaCy loads once for all rounds
    feeds: list[str] = []
    report = None
    number = 0
    with WebClient(fetch_policy(settings)) as client:
        poller = FeedPoller(client, store, concurrency=settings.fetch_hosts)
        while rounds is None or number < rounds:
            number += 1
            started = time.monotonic()
            try:
                feeds, failures = read_feed_list(feeds_file)
            except SourceError as exc:
                if number == 1:
                    raise
                failures = [Failure(where=feeds_file, reason=f"{exc}; polling the feeds it listed before")]
            report = watch_round(feeds, settings=settings, store=store, poller=poller, pipeline=pipeline,
                                 number=number, failures=failures)
            if on_round is not None:
                on_round(report)
            if rounds is None or number < rounds:
                sleep(max(0.0, started + settings.watch_interval - time.monotonic()))
    return report
