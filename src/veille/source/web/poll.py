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
  next round reads the feed in full (a 304 would hide those entries).
"""
from __future__ import annotations

from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone

from veille.article import Article, RawPage
from veille.errors import FetchError, SourceError, StoreError
from veille.pipeline import Failure, describe_failure
from veille.source.decode import decode_html
from veille.source.feed import FeedEntry, parse_feed
from veille.source.web.fetch import ACCEPT_FEED, ACCEPT_HTML, Validators, WebClient
from veille.store.base import FeedState, Store, WatchEntry

MAX_ATTEMPTS = 3
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", ""})


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


class FeedPoller:
    def __init__(self, client: WebClient, store: Store, *, max_attempts: int = MAX_ATTEMPTS,
                 now: Callable[[], str] = utc_now) -> None:
        self.client = client
        self.store = store
        self.max_attempts = max_attempts
        self._now = now

    def poll(self, feeds: Sequence[str], log: PollLog) -> Iterator[Article | Failure]:
        """Articles for the new entries of ``feeds``, and a Failure for each feed or page that failed."""
        for feed_url in feeds:
            log.feeds += 1
            try:
                yield from self._poll_feed(feed_url, log)
            except StoreError:
                raise  # not the feed's fault: the watcher cannot go on without its store
            except Exception as exc:  # noqa: BLE001 - a bug on one feed must not end the round
                yield Failure(where=feed_url, reason=f"unexpected error while polling: {describe_failure(exc)}")

    def _poll_feed(self, feed_url: str, log: PollLog) -> Iterator[Article | Failure]:
        state = self.store.feed_state(feed_url)
        validators = Validators(etag=state.etag, last_modified=state.last_modified) if state else None
        try:
            fetched = self.client.fetch(feed_url, accept=ACCEPT_FEED, validators=validators)
        except FetchError as exc:
            yield Failure(where=feed_url, reason=f"feed not fetched: {exc}")
            return
        if fetched.status == 304 and state is not None:
            log.not_modified += 1
            log.feed_states.append(replace(state, checked=self._now()))
            return
        try:
            entries = list(parse_feed(fetched.body, feed_url, base_url=fetched.url))
        except SourceError as exc:
            yield Failure(where=feed_url, reason=str(exc))
            return
        pending = yield from self._poll_entries(feed_url, entries, log)
        kept = Validators() if pending else fetched.validators
        log.feed_states.append(FeedState(url=feed_url, etag=kept.etag, last_modified=kept.last_modified,
                                         checked=self._now()))

    def _poll_entries(self, feed_url: str, entries: list[FeedEntry],
                      log: PollLog) -> Generator[Article | Failure, None, bool]:
        """Fetch the entries not fetched yet; return whether some are left for another try."""
        links = list(dict.fromkeys(e.article.url for e in entries if e.article.url))
        known = self.store.watch_entries(links) if links else {}
        pending = False
        seen: set[str] = set()
        for entry in entries:
            url = entry.article.url
            if url is None:  # nothing to fetch: the feed's own text is all there is
                if entry.full_text:
                    log.from_feed += 1
                    yield entry.article
                continue
            record = known.get(url)
            if url in seen or (record is not None and (record.done or record.attempts >= self.max_attempts)):
                continue
            seen.add(url)
            outcome = yield from self._fetch_entry(feed_url, entry, record.attempts if record else 0, log)
            log.entries.append(outcome)
            pending = pending or (not outcome.done and outcome.attempts < self.max_attempts)
        return pending

    def _fetch_entry(self, feed_url: str, entry: FeedEntry, attempts: int,
                     log: PollLog) -> Generator[Article | Failure, None, WatchEntry]:
        """Yield the entry's page (or a Failure, or the feed's text instead); return what to record."""
        link = entry.article.url or ""
        attempts += 1
        try:
            page = self.client.fetch(link, accept=ACCEPT_HTML)
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
