"""One round over the watched feeds: each feed fetched (conditionally), each new entry's page fetched.

The poller yields what ``veille ingest`` reads from files, Articles and Failures, so fetched
pages take the ingest's own way into the store (identity by URL: a page fetched twice is
stored once). It only reads the watch state; what the round learnt (feed validators, entries
tried) is collected in a ``PollLog`` that the executor writes once the pages are stored, so
a round that dies half-way is simply done again.

Decisions a user sees:
- the article is the page, not the feed entry: feeds often carry a teaser only. The entry
  gives the page its title and date (they win over the page's own markup), its id
  (``source_id``) and its metadata (``extra``);
- a page that cannot be fetched is tried again in the next rounds when the failure may pass
  (timeout, 5xx), up to ``max_attempts`` times; one refused for good (robots.txt, 404, a
  ``file://`` link, a private address) is not tried again;
- only then, if the feed carries the entry's full text (not just a summary), the entry itself
  is ingested from the feed, with ``extra.page_error`` saying why the page was not used;
- while a feed has entries waiting for another try, its validators are not kept, so the
  next round reads the feed in full (a 304 would hide those entries);
- up to ``concurrency`` hosts are fetched at once, each host's requests one after another at
  its interval (host_lanes.py), so a round lasts about as long as its busiest host. A round
  asks for every feed, then for every new page, before it hands on the first article: its
  pages are held in memory until the ingest takes them.
"""
from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from typing import TypeVar
from urllib.parse import urlsplit

from veille.article import Article, RawPage
from veille.errors import FetchError, SourceError, StoreError
from veille.pipeline import Failure, describe_failure
from veille.source.decode import decode_html
from veille.source.feed import FeedEntry, parse_feed
from veille.source.web.fetch import ACCEPT_FEED, ACCEPT_HTML, Fetched, Validators, WebClient
from veille.source.web.host_lanes import HostLanes
from veille.store.base import FeedState, Store, WatchEntry

MAX_ATTEMPTS = 3
DEFAULT_CONCURRENCY = 8
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})
T = TypeVar("T")


@dataclass(slots=True)
class PollLog:
    """What one round saw, and the watch state to record once its pages are stored."""

    feeds: int = 0
    not_modified: int = 0
    pages: int = 0
    from_feed: int = 0
    feed_states: list[FeedState] = field(default_factory=list)
    entries: list[WatchEntry] = field(default_factory=list)


def utc_now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


@dataclass(slots=True)
class _Page:
    """An entry whose page is being fetched, in a host lane."""

    entry: FeedEntry
    attempts: int
    """Attempts before this one."""
    fetched: Future[Fetched]


@dataclass(slots=True)
class _FeedPlan:
    """One feed's part of the round: what it yields, in entry order, and the validators to keep."""

    items: list[Article | Failure | _Page] = field(default_factory=list)
    validators: Validators | None = None
    """None when the feed gave no entries to record (not fetched, not parsed, or 304)."""


class FeedPoller:
    """Polls feeds with up to ``concurrency`` hosts fetched at once (host_lanes.py); what it yields
    comes in the order of the feeds and of their entries whatever the order the answers arrive in,
    so a round's outcome does not depend on which server was quicker."""

    def __init__(self, client: WebClient, store: Store, *, max_attempts: int = MAX_ATTEMPTS,
                 concurrency: int = DEFAULT_CONCURRENCY, now: Callable[[], str] = utc_now) -> None:
        if concurrency < 1:
            raise ValueError("concurrency must be at least 1")
        self.client = client
        self.store = store
        self.max_attempts = max_attempts
        self.concurrency = concurrency
        self._now = now

    def poll(self, feeds: Sequence[str], log: PollLog) -> Iterator[Article | Failure]:
        """Articles for the new entries of ``feeds``, and a Failure for each feed or page that failed.

        Every feed is asked for first, then every new page, all in their hosts' lanes; the store is
        read and written from this thread only."""
        with ThreadPoolExecutor(max_workers=self.concurrency, thread_name_prefix="veille-fetch") as pool:
            lanes = HostLanes(pool)
            try:
                asked = [(url, *self._ask_feed(lanes, url)) for url in feeds]
                plans = [(url, self._guarded(url, lambda: self._plan_feed(url, state, fetched, lanes, log)))
                         for url, state, fetched in asked]
                for url, plan in plans:
                    log.feeds += 1
                    if isinstance(plan, Failure):
                        yield plan
                    else:
                        yield from self._guarded_items(url, self._deliver(url, plan, log))
            finally:
                lanes.cancel()

    def _ask_feed(self, lanes: HostLanes, feed_url: str) -> tuple[FeedState | None, Future[Fetched]]:
        state = self.store.feed_state(feed_url)
        validators = Validators(etag=state.etag, last_modified=state.last_modified) if state else None
        return state, self._fetch(lanes, feed_url, accept=ACCEPT_FEED, validators=validators)

    def _fetch(self, lanes: HostLanes, url: str, *, accept: str,
               validators: Validators | None = None) -> Future[Fetched]:
        return lanes.submit(_host(url), lambda: self.client.fetch(url, accept=accept, validators=validators))

    @staticmethod
    def _guarded(feed_url: str, step: Callable[[], T]) -> T | Failure:
        try:
            return step()
        except StoreError:
            raise  # not the feed's fault: the watcher cannot go on without its store
        except Exception as exc:  # noqa: BLE001 - a bug on one feed must not end the round
            return _unexpected(feed_url, exc)

    @staticmethod
    def _guarded_items(feed_url: str, items: Iterator[Article | Failure]) -> Iterator[Article | Failure]:
        try:
            yield from items
        except StoreError:
            raise
        except Exception as exc:  # noqa: BLE001 - as in _guarded
            yield _unexpected(feed_url, exc)

    def _plan_feed(self, feed_url: str, state: FeedState | None, fetched_feed: Future[Fetched],
                   lanes: HostLanes, log: PollLog) -> _FeedPlan:
        plan = _FeedPlan()
        try:
            fetched = fetched_feed.result()
        except FetchError as exc:
            plan.items.append(Failure(where=feed_url, reason=f"feed not fetched: {exc}"))
            return plan
        if fetched.status == 304 and state is not None:
            log.not_modified += 1
            log.feed_states.append(replace(state, checked=self._now()))
            return plan
        try:
            entries = list(parse_feed(fetched.body, feed_url, base_url=fetched.url))
        except SourceError as exc:
            plan.items.append(Failure(where=feed_url, reason=str(exc)))
            return plan
        plan.validators = fetched.validators
        links = list(dict.fromkeys(e.article.url for e in entries if e.article.url))
        known = self.store.watch_entries(links) if links else {}
        seen: set[str] = set()
        for entry in entries:
            url = entry.article.url
            if url is None:  # nothing to fetch: the feed's own text is all there is
                if entry.full_text:
                    log.from_feed += 1
                    plan.items.append(entry.article)
                continue
            record = known.get(url)
            if url in seen or (record is not None and (record.done or record.attempts >= self.max_attempts)):
                continue
            seen.add(url)
            plan.items.append(_Page(entry, record.attempts if record else 0,
                                    self._fetch(lanes, url, accept=ACCEPT_HTML)))
        return plan

    def _deliver(self, feed_url: str, plan: _FeedPlan, log: PollLog) -> Iterator[Article | Failure]:
        """Yield the feed's items as their pages arrive; then record the feed's state, keeping its validators
        only if no entry is left for another try (a 304 would hide those entries)."""
        pending = False
        for item in plan.items:
            if not isinstance(item, _Page):
                yield item
                continue
            outcome = yield from self._page(feed_url, item, log)
            log.entries.append(outcome)
            pending = pending or (not outcome.done and outcome.attempts < self.max_attempts)
        if plan.validators is not None:
            kept = Validators() if pending else plan.validators
            log.feed_states.append(FeedState(url=feed_url, etag=kept.etag, last_modified=kept.last_modified,
                                             checked=self._now()))

    def _page(self, feed_url: str, page_job: _Page, log: PollLog) -> Generator[Article | Failure, None, WatchEntry]:
        """Yield the entry's page (or a Failure, or the feed's text instead); return what to record."""
        entry = page_job.entry
        link = entry.article.url or ""
        attempts = page_job.attempts + 1
        try:
            page = page_job.fetched.result()
            if page.content_type not in HTML_TYPES:
                raise FetchError(f"not an HTML page ({page.content_type})")
        except FetchError as exc:
            final = not exc.retry or attempts >= self.max_attempts
            if final and entry.full_text:
                log.from_feed += 1
                article = entry.article
                article.extra = {**article.extra, "feed": feed_url, "page_error": str(exc)}
                yield article
                return self._entry(link, feed_url, done=True, attempts=attempts, error=str(exc))
            if not final:
                note = "will try again next round"
            elif exc.retry:
                note = f"gave up after {attempts} attempts"
            else:
                note = "not tried again"
            yield Failure(where=link, reason=f"{exc} (entry of {feed_url}; {note})")
            return self._entry(link, feed_url, done=not exc.retry, attempts=attempts, error=str(exc))
        log.pages += 1
        extra = {**entry.article.extra, "feed": feed_url, "feed_title": entry.article.site}
        if page.url != link:
            extra["entry_link"] = link  # the page was reached through redirects
        yield Article(  # site is left to the page's own markup: a feed's title is seldom the outlet's name
            source_id=entry.article.source_id,
            url=page.url,
            title=entry.article.title,
            published=entry.article.published,
            raw=RawPage(format="html", content=decode_html(page.body, page.charset), own_id=True),
            extra={key: value for key, value in extra.items() if value},
        )
        return self._entry(link, feed_url, done=True, attempts=attempts, error=None)

    def _entry(self, url: str, feed_url: str, *, done: bool, attempts: int, error: str | None) -> WatchEntry:
        return WatchEntry(url=url, feed_url=feed_url, done=done, attempts=attempts, last_error=error,
                          last_tried=self._now())


def _host(url: str) -> str:
    """The lane a URL is fetched in; one the client will refuse anyway shares the empty lane."""
    try:
        return urlsplit(url).hostname or ""
    except ValueError:
        return ""


def _unexpected(feed_url: str, exc: Exception) -> Failure:
    return Failure(where=feed_url, reason=f"unexpected error while polling: {describe_failure(exc)}")
