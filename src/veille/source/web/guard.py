"""Which URLs and addresses veille may fetch: http(s) only, public addresses unless told otherwise.

A feed is written by a stranger, and so is every link in it and every redirect a server
answers. Left unchecked, a feed could make veille read ``file:///etc/passwd``, or probe the
machine's own network (``http://127.0.0.1:5432/``, ``http://169.254.169.254/`` — a cloud's
credentials endpoint). So a URL must be http or https, and every address its host resolves
to must be public. The address check runs at connect time, inside httpx's transport, on the
very addresses the socket then connects to: checking a name first and letting httpx resolve
it again later would let a DNS answer that changes between the two (rebinding) through, and
a redirect or a pooled connection could not slip past it either.
"""
from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterable
from urllib.parse import urlsplit

import httpcore
import httpx

from veille.errors import FetchError

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address

ALLOWED_SCHEMES = frozenset({"http", "https"})
PRIVATE_HINT = "pass --allow-private (setting allow_private) to fetch private addresses"


def check_url(url: str) -> str:
    """The URL's host, or FetchError if the URL is not one veille may request at all."""
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port out of range
    except ValueError as exc:
        raise FetchError(f"refused: malformed URL ({exc})") from None
    scheme = parts.scheme.lower()
    if scheme not in ALLOWED_SCHEMES:
        shown = f"{scheme}://" if scheme else "no scheme"
        raise FetchError(f"refused: not an http(s) URL ({shown})")
    if not parts.hostname:
        raise FetchError("refused: the URL names no host")
    if parts.username is not None or parts.password is not None:
        raise FetchError("refused: the URL carries a user name or password")
    return parts.hostname


def address_kind(address: IPAddress) -> str | None:
    """None for a public address, else what it is ("loopback", "private", ...) for the refusal message."""
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address_kind(address.ipv4_mapped)
    if address.is_global and not address.is_multicast:
        return None
    for kind in ("loopback", "link_local", "unspecified", "multicast", "private", "reserved"):  # most telling first
        if getattr(address, f"is_{kind}"):
            return kind.replace("_", "-")
    return "non-public"


def check_addresses(host: str, addresses: Iterable[IPAddress], *, allow_private: bool) -> None:
    """Refuse the host if any one of its addresses is not public: a name that resolves to both a
    public and a private address is how an attacker aims a fetch at the inside."""
    if allow_private:
        return
    for address in addresses:
        kind = address_kind(address)
        if kind is not None:
            raise FetchError(f"refused: {host} resolves to {address}, a {kind} address; {PRIVATE_HINT}")


class GuardedBackend(httpcore.SyncBackend):
    """httpcore's socket backend, resolving names itself so that it connects only to checked addresses."""

    def __init__(self, *, allow_private: bool) -> None:
        self.allow_private = allow_private

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options: Iterable[httpcore.SOCKET_OPTION] | None = None) -> httpcore.NetworkStream:
        addresses = _resolve(host, port)
        check_addresses(host, addresses, allow_private=self.allow_private)
        error: Exception | None = None
        for address in addresses:  # as the resolver ordered them, like socket.create_connection
            try:
                return super().connect_tcp(str(address), port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                error = exc
        assert error is not None  # _resolve returns at least one address
        raise error


def _resolve(host: str, port: int) -> list[IPAddress]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError) as exc:
        raise httpcore.ConnectError(f"cannot resolve {host} ({exc})") from None
    addresses: list[IPAddress] = []
    for _family, _type, _proto, _name, sockaddr in infos:
        address = ipaddress.ip_address(str(sockaddr[0]))  # keeps an IPv6 zone index (fe80::1%eth0)
        if address not in addresses:
            addresses.append(address)
    if not addresses:
        raise httpcore.ConnectError(f"cannot resolve {host} (no address)")
    return addresses


class GuardedTransport(httpx.HTTPTransport):
    """httpx's transport over GuardedBackend, with no proxy from the environment (a proxy would do the
    connecting, out of the guard's sight)."""

    def __init__(self, *, allow_private: bool) -> None:
        super().__init__(trust_env=False)
        # httpx offers no public way to hand its pool a network backend; the pool is rebuilt here with
        # the TLS context httpx would use (httpx and httpcore are pinned in pyproject.toml). A watcher
        # asks one thing at a time, so a few kept-alive connections are plenty.
        self._pool = httpcore.ConnectionPool(
            ssl_context=httpx.create_ssl_context(trust_env=False),
            max_connections=20,
            max_keepalive_connections=10,
            keepalive_expiry=5.0,
            network_backend=GuardedBackend(allow_private=allow_private),
        )
