"""robots.txt rules, caching and the RFC 9309 reading of missing or broken files, over a stand-in fetch
that answers what a site would (the HTTP side is in test_fetch.py)."""
from __future__ import annotations

import pytest

from veille.errors import FetchError
from veille.source.web.robots import RobotsCache

ROBOTS = b"""User-agent: *
Disallow: /abonnes/

User-agent: veille
Disallow: /brouillons/
Crawl-delay: 5
"""


class Site:
    def __init__(self, status: int = 200, body: bytes = ROBOTS, error: FetchError | None = None) -> None:
        self.status, self.body, self.error = status, body, error
        self.asked: list[str] = []
        self.now = 0.0

    def fetch(self, url: str) -> tuple[int, bytes]:
        self.asked.append(url)
        if self.error is not None:
            raise self.error
        return self.status, self.body


def test_rules_for_veille_apply_and_the_file_is_read_once_per_site() -> None:
    site = Site()
    robots = RobotsCache(site.fetch, agent="veille", clock=lambda: site.now)
    robots.check("https://journal.example/abonnes/article-1")  # the * group does not bind an agent with its own
    with pytest.raises(FetchError, match="disallowed by the site's robots.txt") as caught:
        robots.check("https://journal.example/brouillons/article-2")
    assert caught.value.retry is False
    robots.check("https://journal.example/politique/article-3")
    assert robots.crawl_delay("https://journal.example/x") == 5.0
    assert site.asked == ["https://journal.example/robots.txt"]
    robots.check("http://journal.example:8080/politique/")  # another port is another site
    assert site.asked[-1] == "http://journal.example:8080/robots.txt"


def test_missing_robots_allows_everything() -> None:
    robots = RobotsCache(Site(status=404, body=b"").fetch, agent="veille")
    robots.check("https://journal.example/brouillons/article-2")


@pytest.mark.parametrize("site", [Site(status=503, body=b""), Site(error=FetchError("timed out", retry=True))])
def test_unreachable_robots_disallows_everything_for_a_while(site: Site) -> None:
    robots = RobotsCache(site.fetch, agent="veille", error_ttl=600, clock=lambda: site.now)
    with pytest.raises(FetchError, match="robots.txt unavailable") as caught:
        robots.check("https://journal.example/politique/article-3")
    assert caught.value.retry is True
    site.now = 599
    with pytest.raises(FetchError):
        robots.check("https://journal.example/politique/article-4")
    assert len(site.asked) == 1
    site.now, site.status, site.error = 601, 200, None
    robots.check("https://journal.example/politique/article-4")
    assert len(site.asked) == 2


def test_rules_are_read_again_after_a_day() -> None:
    site = Site()
    robots = RobotsCache(site.fetch, agent="veille", clock=lambda: site.now)
    robots.check("https://journal.example/")
    site.now, site.body = 86401, b"User-agent: *\nDisallow: /\n"
    with pytest.raises(FetchError, match="disallowed"):
        robots.check("https://journal.example/")


def test_a_robots_url_refused_for_good_reports_the_refusal_itself() -> None:
    refusal = FetchError("refused: journal.example resolves to 10.0.0.7, a private address")
    robots = RobotsCache(Site(error=refusal).fetch, agent="veille")
    with pytest.raises(FetchError) as caught:
        robots.check("https://journal.example/politique/article-1")
    assert str(caught.value) == str(refusal)
    assert caught.value.retry is False
