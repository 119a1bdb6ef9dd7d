"""`veille watch` rounds against real HTTP servers on 127.0.0.1: what gets fetched, stored, retried, refused.

Feeds and pages are written here (invented news from the Vercors); the store is a real SQLite file and
the pages go through the cleaning stages, as `veille ingest` would take them.
"""
from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest

from veille.config import Settings
from veille.pipeline import Pipeline
from veille.registry import DEFAULT_STAGES
from veille.run.local import build_pipeline, fetch_policy
from veille.run.watch import RoundReport, watch, watch_round
from veille.source.web.fetch import WebClient
from veille.source.web.poll import FeedPoller
from veille.store.sqlite import SqliteStore

CLEAN_STAGES = DEFAULT_STAGES[: DEFAULT_STAGES.index("nlp")]
STORIES = {
    "villard": ("La station de Villard-de-Lans prolonge sa saison", "Sun, 10 Mar 2024 23:30:00 +0100",
                "La station prolongera sa saison d'une semaine, a annoncé dimanche le maire devant le conseil. "
                "Les remontées mécaniques fermeront le 7 avril, et les navettes depuis Grenoble resteront en service."),
    "croix-perrin": ("Fermeture du col de la Croix-Perrin", "Mon, 11 Mar 2024 08:00:00 +0100",
                     "Le col est fermé à la circulation jusqu'à mercredi en raison de chutes de pierres. "
                     "Le département a engagé des travaux de purge de la falaise au-dessus de la route."),
    "autrans": ("Autrans accueille la Foulée blanche", "Tue, 12 Mar 2024 09:15:00 +0100",
                "Plus de quatre mille fondeurs sont attendus samedi sur les pistes d'Autrans. "
                "Les organisateurs ont dû damer de nuit pour compenser le redoux de la semaine."),
}


def page_html(title: str, body: str) -> str:
    paragraphs = "".join(f"<p>{sentence}.</p>" for sentence in body.rstrip(".").split(". "))
    return (f"<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>{title} | La Voix du Vercors</title>"
            f"</head><body><nav><a href='/'>Accueil</a></nav><article><h1>{title}</h1>{paragraphs}</article>"
            "<footer>© La Voix du Vercors</footer></body></html>")


def rss(items: list[tuple[str, str, str, str]], *, full_text: bool = False) -> str:
    """items: (guid, link, title, date); ``full_text`` adds each entry's text as content:encoded."""
    entries = []
    for guid, link, title, date in items:
        content = ""
        if full_text:
            content = f"<content:encoded><![CDATA[<p>{STORIES[guid][2]}</p>]]></content:encoded>"
        entries.append(f"<item><title>{title}</title><link>{link}</link><guid isPermaLink='false'>vdv-{guid}</guid>"
                       f"<pubDate>{date}</pubDate><description>Résumé.</description>{content}</item>")
    return ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0' "
            "xmlns:content='http://purl.org/rss/1.0/modules/content/'><channel><title>La Voix du Vercors</title>"
            f"<link>https://vercors.example/</link>{''.join(entries)}</channel></rss>")


def publish(site, keys=tuple(STORIES), *, path: str = "/rss.xml", headers: dict[str, str] | None = None,
            full_text: bool = False, pages: bool = True) -> str:
    """Serve a feed of ``keys`` (and their pages unless ``pages`` is false); return the feed URL."""
    items = []
    for key in keys:
        title, date, body = STORIES[key]
        if pages:
            site.add(f"/2024/{key}", page_html(title, body), headers={"Content-Type": "text/html; charset=utf-8"})
        items.append((key, f"/2024/{key}", title, date))
    return site.add(path, rss(items, full_text=full_text), headers={"Content-Type": "application/rss+xml",
                                                                     **(headers or {})})


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(db=str(tmp_path / "veille.db"), allow_private=True, host_interval=0.0, fetch_timeout=3.0,
                    fetch_max_bytes=300_000, watch_interval=0.2)


@pytest.fixture
def store(settings: Settings):
    with SqliteStore(settings.db) as opened:
        yield opened


@pytest.fixture
def pipeline(store: SqliteStore) -> Pipeline:
    return build_pipeline(store, CLEAN_STAGES)


def one_round(feeds: list[str], settings: Settings, store: SqliteStore, pipeline: Pipeline) -> RoundReport:
    with WebClient(fetch_policy(settings)) as client:
        return watch_round(feeds, settings=settings, store=store, poller=FeedPoller(client, store), pipeline=pipeline)


def stored(store: SqliteStore) -> dict[str, object]:
    return {article.url: article for article in store.iter_articles()}


def test_first_round_stores_each_entry_page_with_the_feed_title_and_date(loopback_site, settings, store,
                                                                          pipeline) -> None:
    feed = publish(loopback_site)
    loopback_site.add("/2024/autrans-old", status=301, headers={"Location": "/2024/autrans"})
    loopback_site.pages["/rss.xml"].body = loopback_site.pages["/rss.xml"].body.replace(
        b"<link>/2024/autrans</link>", b"<link>/2024/autrans-old</link>")  # one entry reached through a redirect
    report = one_round([feed], replace(settings, host_interval=0.2), store, pipeline)

    assert report.funnel.failures == []
    assert (report.funnel.new, report.log.pages, report.log.feeds) == (3, 3, 1)
    articles = stored(store)
    villard = articles[loopback_site.url("/2024/villard")]
    assert villard.title == "La station de Villard-de-Lans prolonge sa saison"  # the feed's title, not the page's
    assert villard.published == "2024-03-10T23:30:00+01:00"
    assert "navettes depuis Grenoble" in villard.text and "Accueil" not in villard.text
    assert villard.source_id == "vdv-villard"
    assert villard.extra["feed"] == feed
    autrans = articles[loopback_site.url("/2024/autrans")]
    assert autrans.extra["entry_link"] == loopback_site.url("/2024/autrans-old")
    arrivals = [hit.at for hit in loopback_site.hits]
    assert min(b - a for a, b in zip(arrivals, arrivals[1:])) >= 0.2  # one host, one request per interval


def test_second_round_asks_if_the_feed_changed_gets_304_and_adds_nothing(loopback_site, settings, store, pipeline,
                                                                          tmp_path) -> None:
    feed = publish(loopback_site, headers={"ETag": '"rss-1"', "Last-Modified": "Tue, 12 Mar 2024 09:20:00 GMT"})
    feeds_file = tmp_path / "flux.txt"
    feeds_file.write_text(f"# Vercors\n{feed}\n", encoding="utf-8")
    reports: list[RoundReport] = []
    watch(str(feeds_file), settings=settings, store=store, rounds=2, pipeline=pipeline, on_round=reports.append)

    first, second = reports
    assert (first.funnel.new, second.funnel.new, second.funnel.read, second.log.not_modified) == (3, 0, 0, 1)
    feed_hits = loopback_site.requested("/rss.xml")
    assert "if-none-match" not in feed_hits[0].headers
    assert feed_hits[1].headers["if-none-match"] == '"rss-1"'
    assert feed_hits[1].headers["if-modified-since"] == "Tue, 12 Mar 2024 09:20:00 GMT"
    assert feed_hits[1].at - feed_hits[0].at >= 0.2  # the watch interval
    assert all(len(loopback_site.requested(f"/2024/{key}")) == 1 for key in STORIES)
    assert store.count_articles() == 3


def test_known_pages_are_not_fetched_again_by_a_later_run(loopback_site, settings, store, pipeline) -> None:
    feed = publish(loopback_site, ("villard", "croix-perrin"))  # no validators: the feed is read in full each time
    one_round([feed], settings, store, pipeline)
    store.close()
    publish(loopback_site)  # a third entry appears
    with SqliteStore(settings.db) as reopened:  # a new process: what was fetched is in the store, not in memory
        report = one_round([feed], settings, reopened, build_pipeline(reopened, CLEAN_STAGES))
        assert (report.funnel.new, report.log.pages, reopened.count_articles()) == (1, 1, 3)
    assert [len(loopback_site.requested(f"/2024/{key}")) for key in STORIES] == [1, 1, 1]


def test_broken_feeds_are_each_reported_and_the_round_goes_on(loopback_site, settings, store, pipeline) -> None:
    slow = loopback_site.add("/lent.xml", "<rss/>", delay=30.0)
    failing = loopback_site.add("/panne.xml", "Internal error", status=500)
    garbage = loopback_site.add("/bruit.xml", bytes(range(256)) * 40, headers={"Content-Type": "application/rss+xml"})
    looping = loopback_site.add("/boucle.xml", status=302, headers={"Location": "/boucle2.xml"})
    loopback_site.add("/boucle2.xml", status=302, headers={"Location": "/boucle.xml"})
    huge = loopback_site.add("/enorme.xml", stream=64 * 1024 * 1024)
    good = publish(loopback_site)
    started = time.monotonic()
    report = one_round([slow, failing, garbage, looping, huge, good], replace(settings, fetch_timeout=0.5), store,
                       pipeline)

    reasons = {failure.where: failure.reason for failure in report.funnel.failures}
    assert set(reasons) == {slow, failing, garbage, looping, huge}
    assert "timed out after 0.5 s" in reasons[slow]
    assert "HTTP 500" in reasons[failing]
    assert "not a readable RSS/Atom feed" in reasons[garbage] or "not an RSS or Atom feed" in reasons[garbage]
    assert "redirect loop" in reasons[looping]
    assert "larger than" in reasons[huge]
    assert report.funnel.new == 3  # the good feed, polled after the broken ones
    assert time.monotonic() - started < 15.0  # far below the slow feed's 30 s delay: its timeout, not its delay, ended it
    assert loopback_site.sent["/enorme.xml"] < 32 * 1024 * 1024


def test_pages_robots_txt_disallows_or_that_are_not_http_are_never_requested(loopback_site, settings, store,
                                                                             pipeline) -> None:
    loopback_site.add("/robots.txt", "User-agent: *\nDisallow: /2024/croix-perrin\n")
    feed = publish(loopback_site)
    body = loopback_site.pages["/rss.xml"].body
    loopback_site.pages["/rss.xml"].body = body.replace(b"<link>/2024/autrans</link>", b"<link>file:///etc/passwd</link>")
    first = one_round([feed], settings, store, pipeline)
    second = one_round([feed], settings, store, pipeline)

    reasons = {failure.where: failure.reason for failure in first.funnel.failures}
    assert "disallowed by the site's robots.txt" in reasons[loopback_site.url("/2024/croix-perrin")]
    file_link = next(where for where in reasons if where.startswith("file:"))  # feedparser drops a slash
    assert "not an http(s) URL (file://)" in reasons[file_link]
    assert all("not tried again" in reason for reason in reasons.values())
    assert loopback_site.requested("/2024/croix-perrin") == []
    assert first.funnel.new == 1
    assert second.funnel.failures == [] and second.log.pages == 0  # refused for good: not reported every round


def test_page_failing_for_now_is_tried_again_in_the_next_round(loopback_site, settings, store, pipeline) -> None:
    feed = publish(loopback_site, ("villard",), headers={"ETag": '"rss-1"'})
    loopback_site.pages["/2024/villard"].status = 503
    first = one_round([feed], settings, store, pipeline)
    assert "will try again next round" in first.funnel.failures[0].reason
    loopback_site.pages["/2024/villard"].status = 200
    second = one_round([feed], settings, store, pipeline)

    assert second.funnel.new == 1 and second.funnel.failures == []
    assert "if-none-match" not in loopback_site.requested("/rss.xml")[1].headers  # a 304 would hide the entry
    assert store.watch_entries([loopback_site.url("/2024/villard")])[loopback_site.url("/2024/villard")].attempts == 2


def test_page_that_cannot_be_fetched_falls_back_to_the_feed_full_text_only(loopback_site, settings, store,
                                                                           pipeline) -> None:
    with_text = publish(loopback_site, ("villard", "croix-perrin"), full_text=True, pages=False)  # pages 404
    summary_only = publish(loopback_site, ("autrans",), path="/resume.xml", pages=False)
    report = one_round([with_text, summary_only], settings, store, pipeline)

    assert report.log.from_feed == 2 and report.funnel.new == 2
    villard = stored(store)[loopback_site.url("/2024/villard")]
    assert "navettes depuis Grenoble" in villard.text
    assert villard.extra["page_error"] == "HTTP 404 Not Found"
    assert [f.where for f in report.funnel.failures] == [loopback_site.url("/2024/autrans")]
