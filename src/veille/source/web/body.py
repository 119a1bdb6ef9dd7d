"""A response body read under a byte cap and a deadline, decompressed by veille itself.

The cap is enforced while the bytes arrive, not after: a 5 GB "article" costs veille
``max_bytes`` and one closed connection. httpx would decompress on its own, one network
chunk at a time and without a bound, so a 60 kB gzip bomb could still inflate to gigabytes
in one step; here the raw bytes go through zlib with an output limit instead, and veille
only ever offers ``gzip`` and ``deflate``.
"""
from __future__ import annotations

import time
import zlib
from collections.abc import Callable

import httpx

from veille.errors import FetchError
from veille.source.limits import describe_size

ACCEPT_ENCODING = "gzip, deflate"

#: (raw chunk, how many decoded bytes may still come) -> decoded bytes (more than the room means: too large)
Decoder = Callable[[bytes, int], bytes]


def read_body(response: httpx.Response, *, max_bytes: int, deadline: float, timeout: float) -> bytes:
    """The decoded body, or FetchError when it is larger than ``max_bytes`` or arrives past ``deadline``."""
    declared = response.headers.get("content-length", "").strip()
    if declared.isdigit() and int(declared) > max_bytes:
        raise FetchError(f"response larger than {describe_size(max_bytes)} (Content-Length: {declared})")
    decode, finish = _decoder(response.headers.get("content-encoding", ""))
    parts: list[bytes] = []
    size = 0
    for chunk in response.iter_raw():
        if time.monotonic() > deadline:
            raise FetchError(f"timed out: the response took longer than {timeout:g} s", retry=True)
        data = decode(chunk, max_bytes - size)
        size += len(data)
        if size > max_bytes:
            raise FetchError(f"response larger than {describe_size(max_bytes)}; stopped reading")
        parts.append(data)
    parts.append(finish())
    return b"".join(parts)


def _decoder(content_encoding: str) -> tuple[Decoder, Callable[[], bytes]]:
    encoding = content_encoding.strip().lower()
    if encoding in ("", "identity"):
        return (lambda chunk, room: chunk), (lambda: b"")
    if encoding not in ("gzip", "x-gzip", "deflate"):
        raise FetchError(f"unsupported content encoding {content_encoding!r} (veille asks for {ACCEPT_ENCODING})")
    inflater = zlib.decompressobj(wbits=zlib.MAX_WBITS | 32)  # gzip or zlib-wrapped deflate, detected

    def decode(chunk: bytes, room: int) -> bytes:
        try:
            # never more than room + 1 bytes out of one chunk, whatever its compression ratio
            return inflater.decompress(chunk, room + 1)
        except zlib.error as exc:
            raise FetchError(f"corrupt {encoding} body ({exc})") from None

    def finish() -> bytes:
        if not inflater.eof:
            raise FetchError(f"truncated {encoding} body", retry=True)
        return b""

    return decode, finish
