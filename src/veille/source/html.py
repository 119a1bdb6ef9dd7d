"""HTML files (``.html``, ``.htm``, sniffed ``<!doctype html``): one page each, decoded, not extracted.

Main-text extraction belongs to the cleaner (``clean/html.py``); the source's one job is
to turn bytes into the right characters, whatever the page claims about its encoding.
"""
from __future__ import annotations

from collections.abc import Iterator

from veille.article import Article, RawPage
from veille.errors import SourceError
from veille.pipeline import Failure
from veille.source.decode import decode_html
from veille.source.limits import SourceLimits
from veille.source.stream import ByteStream


def read_html(stream: ByteStream, where: str, limits: SourceLimits, head: bytes) -> Iterator[Article | Failure]:
    html = decode_html(stream.read_whole("page"))
    if not html.strip():
        raise SourceError("no text (only whitespace)")
    yield Article(source_id=where, raw=RawPage(format="html", content=html))
