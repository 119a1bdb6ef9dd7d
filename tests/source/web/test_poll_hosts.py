"""A watch round over feeds on two loopback hosts (127.0.0.1 and 127.0.0.2): hosts side by side, each
at its interval, and the round's articles in feed order whichever host answers first."""
from __future__ import annotations

from pathlib import Path

import pytest

from veille.article import Article
from veille.source.web.fetch import FetchPolicy, WebClient
from veille.source.web.poll import FeedPoller, PollLog
from veille.store.sqlite import SqliteStore

INTERVAL = 0.25
PAGES = 3


@pytest.fixture
def two_hosts(loopback_site, other_loopback_site):
    return loopback_site, other_loopback_site


def publish(site, outlet: str, *, delay: float = 0.0) -> str:
    items = []
    for number in range(PAGES):
        path = f"/{outlet}/{number}"
        site.add(path, f"<html><body><article><p>Dépêche {number} du {outlet}.</p></article></body></html>",
                 headers={"Content-Type": "text/html; charset=utf-8"}, delay=delay)
        items.append(f"<item><title>{outlet} {number}</title><link>{path}</link><guid>{outlet}-{number}</guid></item>")
    return site.add("/rss.xml", f"<rss version='2.0'><channel><title>{outlet}</title>{''.join(items)}</channel></rss>",
                    headers={"Content-Type": "application/rss+xml"})


def poll(feeds: list[str], tmp_path: Path, *, concurrency: int) -> list[Article]:
    policy = FetchPolicy(timeout=5.0, host_interval=INTERVAL, allow_private=True)
    with SqliteStore(str(tmp_path / f"veille-{concurrency}.db")) as store, WebClient(policy) as client:
        items = list(FeedPoller(client, store, concurrency=concurrency).poll(feeds, PollLog()))
    assert all(isinstance(item, Article) for item in items), items
    return items


def page_hits(site) -> list[float]:
    return [hit.at for hit in site.hits if hit.path.count("/") == 2]


def test_two_hosts_are_fetched_side_by_side_each_at_its_own_interval(two_hosts, tmp_path) -> None:
    slow, quick = two_hosts
    feeds = [publish(slow, "lent", delay=0.1), publish(quick, "vif")]

    articles = poll(feeds, tmp_path, concurrency=4)

    assert [article.title for article in articles] == [f"{outlet} {n}" for outlet in ("lent", "vif")
                                                       for n in range(PAGES)]
    for site in two_hosts:
        arrivals = [hit.at for hit in site.hits]
        assert min(b - a for a, b in zip(arrivals, arrivals[1:])) >= INTERVAL
    assert page_hits(quick)[0] < page_hits(slow)[-1]  # the quick host did not wait for the slow one


def test_one_host_at_a_time_fetches_host_after_host_in_the_same_order(two_hosts, tmp_path) -> None:
    first, second = two_hosts
    feeds = [publish(first, "lent"), publish(second, "vif")]

    side_by_side = poll(feeds, tmp_path, concurrency=4)
    first.hits.clear()
    second.hits.clear()
    in_turn = poll(feeds, tmp_path, concurrency=1)

    assert [(a.url, a.title) for a in in_turn] == [(a.url, a.title) for a in side_by_side]
    assert max(hit.at for hit in first.hits) < min(page_hits(second))
