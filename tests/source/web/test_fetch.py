"""The guarded client against a real HTTP server on 127.0.0.1: what it refuses, caps, follows and reports."""
from __future__ import annotations

import gzip
import time

import pytest

from veille.errors import FetchError
from veille.source.web.fetch import FetchPolicy, Validators, WebClient

PAGE = "<html><head><title>Crue du Drac</title></head><body><p>Le Drac a débordé à Grenoble.</p></body></html>"


def client(**policy: object) -> WebClient:
    settings: dict[str, object] = {"allow_private": True, "host_interval": 0.0, "timeout": 5.0, **policy}
    return WebClient(FetchPolicy(**settings))  # type: ignore[arg-type]


def test_default_policy_refuses_loopback_without_sending_a_byte(loopback_site) -> None:
    url = loopback_site.add("/flux.xml", "<rss/>")
    by_name = url.replace("127.0.0.1", "localhost")
    with WebClient(FetchPolicy(host_interval=0.0)) as web:
        for target in (url, by_name):
            with pytest.raises(FetchError, match=r"resolves to (127\.0\.0\.1|::1), a loopback address.*--allow-private"):
                web.fetch(target)
    assert loopback_site.hits == []


def test_page_comes_with_its_type_charset_validators_and_veille_user_agent(loopback_site) -> None:
    url = loopback_site.add("/crue", PAGE.encode("iso-8859-1"), headers={
        "Content-Type": "text/html; charset=ISO-8859-1", "ETag": '"v1"', "Last-Modified": "Mon, 03 Mar 2025 08:00:00 GMT"})
    with client() as web:
        page = web.fetch(url)
    assert (page.status, page.url, page.content_type, page.charset) == (200, url, "text/html", "ISO-8859-1")
    assert page.body.decode("iso-8859-1") == PAGE
    assert page.validators == Validators(etag='"v1"', last_modified="Mon, 03 Mar 2025 08:00:00 GMT")
    assert loopback_site.requested("/crue")[0].headers["user-agent"].startswith("veille/")


def test_validators_sent_back_get_a_304_and_no_body(loopback_site) -> None:
    url = loopback_site.add("/flux.xml", "<rss/>", headers={"ETag": '"abc"'})
    with client() as web:
        first = web.fetch(url)
        again = web.fetch(url, validators=first.validators)
    assert (first.status, again.status, again.body) == (200, 304, b"")
    assert loopback_site.requested("/flux.xml")[1].headers["if-none-match"] == '"abc"'


def test_redirects_are_followed_to_the_final_url(loopback_site) -> None:
    final = loopback_site.add("/2025/03/crue", PAGE)
    start = loopback_site.add("/r/1", status=301, headers={"Location": "/r/2"})
    loopback_site.add("/r/2", status=302, headers={"Location": final})
    with client() as web:
        page = web.fetch(start)
    assert page.url == final and b"Drac" in page.body


@pytest.mark.parametrize(
    ("pages", "reason"),
    [
        ({"/a": "/b", "/b": "/a"}, r"redirect loop \(.*/a -> .*/b -> .*/a\)"),
        ({f"/{i}": f"/{i + 1}" for i in range(8)}, "more than 3 redirects"),
        ({"/a": "file:///etc/passwd"}, r"not an http\(s\) URL \(file://\)"),
        ({"/a": ""}, "redirect without a Location"),
    ],
)
def test_bad_redirects_end_in_a_reason(loopback_site, pages: dict[str, str], reason: str) -> None:
    for path, target in pages.items():
        loopback_site.add(path, status=302, headers={"Location": target} if target else {})
    with client(max_redirects=3) as web, pytest.raises(FetchError, match=reason) as caught:
        web.fetch(loopback_site.url(next(iter(pages))))
    assert caught.value.retry is False
    assert len(loopback_site.hits) <= 5  # robots.txt and at most max_redirects + 1 hops


def test_server_that_does_not_answer_in_time_is_a_timeout_to_retry(loopback_site) -> None:
    url = loopback_site.add("/lent", PAGE, delay=3.0)
    started = time.monotonic()
    with client(timeout=0.5) as web, pytest.raises(FetchError, match=r"timed out after 0\.5 s") as caught:
        web.fetch(url)
    assert time.monotonic() - started < 2.0
    assert caught.value.retry is True


@pytest.mark.parametrize(("status", "retry"), [(500, True), (503, True), (429, True), (404, False), (403, False)])
def test_error_statuses_say_whether_to_try_again(loopback_site, status: int, retry: bool) -> None:
    url = loopback_site.add("/x", "erreur", status=status)
    with client() as web, pytest.raises(FetchError, match=f"HTTP {status}") as caught:
        web.fetch(url)
    assert (caught.value.retry, caught.value.status) == (retry, status)


def test_huge_body_is_cut_while_streaming_not_after(loopback_site) -> None:
    total = 256 * 1024 * 1024
    url = loopback_site.add("/enorme", stream=total, headers={"Content-Type": "text/html"})
    with client(max_bytes=100_000) as web, pytest.raises(FetchError, match="larger than 100000 bytes; stopped"):
        web.fetch(url)
    sent = _settled(loopback_site, "/enorme")
    assert 100_000 <= sent < total // 8  # what the kernel's socket buffers took, not the whole body


def test_declared_length_over_the_cap_is_refused_before_reading(loopback_site) -> None:
    url = loopback_site.add("/gros", b"x" * 300_000)
    with client(max_bytes=100_000) as web, pytest.raises(FetchError, match=r"Content-Length: 300000"):
        web.fetch(url)


def test_gzip_is_decoded_and_a_gzip_bomb_stops_at_the_cap(loopback_site) -> None:
    small = loopback_site.add("/zip", gzip.compress(PAGE.encode()), headers={"Content-Encoding": "gzip"})
    bomb = loopback_site.add("/bombe", gzip.compress(b"\0" * (64 * 1024 * 1024)), headers={"Content-Encoding": "gzip"})
    with client(max_bytes=1_000_000) as web:
        assert web.fetch(small).body.decode() == PAGE
        with pytest.raises(FetchError, match="larger than"):
            web.fetch(bomb)
    assert loopback_site.requested("/zip")[0].headers["accept-encoding"] == "gzip, deflate"


def test_robots_txt_disallowing_a_path_keeps_veille_away_from_it(loopback_site) -> None:
    loopback_site.add("/robots.txt", "User-agent: *\nDisallow: /prive/\n")
    public = loopback_site.add("/public/1", PAGE)
    private = loopback_site.add("/prive/1", PAGE)
    with client() as web:
        web.fetch(public)
        with pytest.raises(FetchError, match="disallowed by the site's robots.txt"):
            web.fetch(private)
        web.fetch(public)
    assert loopback_site.requested("/prive/1") == []
    assert len(loopback_site.requested("/robots.txt")) == 1  # read once, kept


def test_robots_txt_answering_500_keeps_veille_off_the_site_for_now(loopback_site) -> None:
    loopback_site.add("/robots.txt", "panne", status=500)
    url = loopback_site.add("/public/1", PAGE)
    with client() as web, pytest.raises(FetchError, match=r"robots.txt unavailable \(HTTP 500") as caught:
        web.fetch(url)
    assert caught.value.retry is True
    assert loopback_site.requested("/public/1") == []


def test_requests_to_one_host_are_spaced_by_the_interval(loopback_site) -> None:
    urls = [loopback_site.add(f"/article/{i}", PAGE) for i in range(3)]
    with client(host_interval=0.3) as web:
        for url in urls:
            web.fetch(url)
    arrivals = [hit.at for hit in loopback_site.hits]  # robots.txt, then the three pages
    assert len(arrivals) == 4
    gaps = [later - earlier for earlier, later in zip(arrivals, arrivals[1:])]
    assert min(gaps) >= 0.3, gaps  # counted from the end of one answer to the next request


def _settled(site, path: str) -> int:
    """What the server had sent once it stopped sending (the client hung up)."""
    last, deadline = -1, time.monotonic() + 10
    while time.monotonic() < deadline:
        now = site.sent.get(path, 0)
        if now == last:
            return now
        last = now
        time.sleep(0.2)
    return last
