"""1. bytes -> Article(raw): every input format veille ingests, streamed, one Article or Failure at a time.

``read_inputs`` is the one entry point the ingest executor calls. It walks the PATH
arguments (files, folders, ``.gz`` of any format, http(s) URLs fetched once:
web/url_input.py), picks a reader by media type, extension or first bytes, and turns whatever cannot be read into a Failure with a reason a user can act
on, so one bad file never stops a run. Articles carry ``source_id``, ``raw`` and the
metadata their input holds; ``id`` and ``fingerprint`` are identity.py's job, later.

Nothing here holds more than one page (or one JSONL line) at a time: the caps in
SourceLimits bound memory whatever the input size.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from veille.article import Article
from veille.errors import FetchError, SourceError
from veille.pipeline import Failure, describe_failure
from veille.source.decode import SAMPLE_SIZE
from veille.source.feed import read_feed
from veille.source.files import describe_os_error, display_path, is_url, iter_input_files
from veille.source.html import read_html
from veille.source.limits import SourceLimits
from veille.source.records import read_csv, read_jsonl, read_tsv
from veille.source.sniff import InputKind, choose_kind
from veille.source.stream import ByteStream, open_input
from veille.source.text_dump import read_dump
from veille.source.warc import read_warc
from veille.source.web.fetch import FetchPolicy
from veille.source.web.url_input import UrlFetcher, answer_kind, answer_stream

__all__ = ["SourceLimits", "read_inputs", "read_file"]

Reader = Callable[[ByteStream, str, SourceLimits, bytes], Iterator[Article | Failure]]

READERS: dict[InputKind, Reader] = {
    "dump": read_dump,
    "html": read_html,
    "jsonl": read_jsonl,
    "csv": read_csv,
    "tsv": read_tsv,
    "warc": read_warc,
    "feed": read_feed,
}


def read_inputs(paths: Sequence[str], *, limits: SourceLimits = SourceLimits(),
                web: FetchPolicy | None = None) -> Iterator[Article | Failure]:
    """Every article in ``paths``, in a stable order, with a Failure for each thing that could not be read.

    URLs are fetched under ``web``; without it they are refused (each with its Failure)."""
    if isinstance(paths, str):  # a lone path would be walked character by character
        raise TypeError("read_inputs() takes a sequence of paths, not a single string")
    with UrlFetcher(web) as fetcher:
        for item in iter_input_files(paths):
            if isinstance(item, Failure):
                yield item
            elif is_url(item):
                yield from read_url(item, fetcher, limits=limits)
            else:
                yield from read_file(item, limits=limits)


def read_file(path: str, *, limits: SourceLimits = SourceLimits()) -> Iterator[Article | Failure]:
    """The articles of one regular file; a file-level problem ends it with one Failure for ``path``."""
    where = display_path(path)
    try:
        with open_input(path, limits) as stream:
            head = stream.peek_head(SAMPLE_SIZE)
            if not head:
                raise SourceError("empty file (nothing after decompression)")
            reader = READERS[choose_kind(path, head)]
            yield from reader(stream, where, limits, head)
    except Exception as exc:  # noqa: BLE001 - a parser bug on one file must not end the run
        yield _failure(where, exc)


def read_url(url: str, fetcher: UrlFetcher, *, limits: SourceLimits = SourceLimits()) -> Iterator[Article | Failure]:
    """The articles of one fetched URL; a page is the article at the URL the fetch ended on."""
    where = display_path(url)
    try:
        fetched = fetcher.fetch(url)
        with answer_stream(fetched, limits) as stream:
            head = stream.peek_head(SAMPLE_SIZE)
            if not head:
                raise SourceError("empty answer (nothing after decompression)")
            kind = answer_kind(fetched, head)
            for item in READERS[kind](stream, where, limits, head):
                if kind == "html" and isinstance(item, Article):
                    extra = item.extra if fetched.url == url else {**item.extra, "requested_url": url}
                    item = replace(item, url=fetched.url, extra=extra)
                yield item
    except Exception as exc:  # noqa: BLE001 - as in read_file
        yield _failure(where, exc)


def _failure(where: str, exc: Exception) -> Failure:
    if isinstance(exc, FetchError):
        return Failure(where=where, reason=f"not fetched: {exc}")
    if isinstance(exc, SourceError):
        return Failure(where=where, reason=str(exc))
    if isinstance(exc, OSError):
        return Failure(where=where, reason=describe_os_error(exc))
    return Failure(where=where, reason=f"unexpected error while reading: {describe_failure(exc)}")
