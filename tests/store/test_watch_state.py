"""What `veille watch` remembers between runs, on both backends: feed validators and entries tried."""
from __future__ import annotations

from veille.store.base import FeedState, Store, WatchEntry


def test_feed_state_is_kept_and_replaced(store: Store) -> None:
    assert store.feed_state("https://vercors.example/rss.xml") is None
    first = FeedState(url="https://vercors.example/rss.xml", etag='"v1"', last_modified="Mon, 03 Mar 2025 08:00:00 GMT",
                      checked="2025-03-03T08:00:05+00:00")
    store.save_feed_state(first)
    assert store.feed_state(first.url) == first
    cleared = FeedState(url=first.url, checked="2025-03-03T08:15:05+00:00")  # validators dropped on purpose
    store.save_feed_state(cleared)
    assert store.feed_state(first.url) == cleared
    assert store.feed_state("https://plaines.example/atom.xml") is None


def test_watch_entries_are_looked_up_by_url_and_upserted(store: Store) -> None:
    feed = "https://vercors.example/rss.xml"
    tried = WatchEntry(url="https://vercors.example/croix-perrin", feed_url=feed, done=False, attempts=1,
                       last_error="timed out after 20 s", last_tried="2025-03-03T08:00:05+00:00")
    fetched = WatchEntry(url="https://vercors.example/villard-saison", feed_url=feed, done=True, attempts=1,
                         last_tried="2025-03-03T08:00:06+00:00")
    store.save_watch_entries([tried, fetched])
    urls = [tried.url, fetched.url, "https://vercors.example/jamais-vu"]
    assert store.watch_entries(urls) == {tried.url: tried, fetched.url: fetched}
    retried = WatchEntry(url=tried.url, feed_url=feed, done=True, attempts=2, last_tried="2025-03-03T08:15:05+00:00")
    store.save_watch_entries([retried])
    assert store.watch_entries(urls)[tried.url] == retried
    assert store.watch_entries([]) == {}


def test_many_entries_are_read_back_in_one_call(store: Store) -> None:
    entries = [WatchEntry(url=f"https://vercors.example/a/{i}", feed_url="https://vercors.example/rss.xml",
                          done=i % 2 == 0, attempts=1, last_tried="2025-03-03T08:00:00+00:00") for i in range(1200)]
    store.save_watch_entries(entries)
    found = store.watch_entries([e.url for e in entries])
    assert len(found) == 1200 and found[entries[7].url].done is False and found[entries[8].url].done is True
