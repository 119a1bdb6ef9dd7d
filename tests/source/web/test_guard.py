"""Which URLs and addresses veille may fetch: http(s) only, and public addresses unless opted in."""
from __future__ import annotations

import ipaddress

import pytest

from veille.errors import FetchError
from veille.source.web.guard import address_kind, check_addresses, check_url


@pytest.mark.parametrize(
    ("url", "reason"),
    [
        ("file:///etc/passwd", "not an http(s) URL (file://)"),
        ("ftp://depeches.example/fil.xml", "not an http(s) URL (ftp://)"),
        ("javascript:alert(1)", "not an http(s) URL (javascript://)"),
        ("/relative/path.xml", "not an http(s) URL (no scheme)"),
        ("http:///sans-hote", "names no host"),
        ("https://admin:secret@journal.example/", "user name or password"),
        ("http://journal.example:99999/", "malformed URL"),
    ],
)
def test_url_that_is_not_plain_http_is_refused_before_any_request(url: str, reason: str) -> None:
    with pytest.raises(FetchError, match=reason.replace("(", r"\(").replace(")", r"\)")) as caught:
        check_url(url)
    assert caught.value.retry is False


def test_http_and_https_urls_name_their_host() -> None:
    assert check_url("https://Journal.Example/rss.xml") == "journal.example"
    assert check_url("http://[2001:db8::1]:8080/flux") == "2001:db8::1"


@pytest.mark.parametrize(
    ("address", "kind"),
    [
        ("127.0.0.1", "loopback"),
        ("::1", "loopback"),
        ("10.20.30.40", "private"),
        ("192.168.1.10", "private"),
        ("172.16.5.4", "private"),
        ("169.254.169.254", "link-local"),  # the cloud metadata endpoint
        ("fe80::1", "link-local"),
        ("::ffff:127.0.0.1", "loopback"),  # an IPv4-mapped IPv6 address is judged as the IPv4 one
        ("0.0.0.0", "unspecified"),
        ("224.0.0.251", "multicast"),
        ("100.64.0.1", "non-public"),  # carrier-grade NAT
        ("93.184.216.34", None),
        ("2a00:1450:4007:80e::200e", None),
    ],
)
def test_address_kind_tells_public_from_everything_else(address: str, kind: str | None) -> None:
    assert address_kind(ipaddress.ip_address(address)) == kind


def test_a_host_with_one_private_address_among_public_ones_is_refused() -> None:
    addresses = [ipaddress.ip_address("93.184.216.34"), ipaddress.ip_address("10.0.0.7")]
    with pytest.raises(FetchError, match=r"intranet\.example resolves to 10\.0\.0\.7, a private address.*allow-private"):
        check_addresses("intranet.example", addresses, allow_private=False)
    check_addresses("intranet.example", addresses, allow_private=True)
    check_addresses("journal.example", addresses[:1], allow_private=False)
