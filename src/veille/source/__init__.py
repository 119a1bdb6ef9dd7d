"""1. bytes -> Article(raw): every input format veille ingests, streamed, one Article or Failure at a time.

``read_inputs`` is the one entry point the ingest executor calls. It walks the PATH
arguments (files, folders, ``.gz`` of any format), picks a reader by extension or by the
first bytes, and turns whatever cannot be read into a Failure with a reason a user can act
on, so one bad file never stops a run. Articles carry ``source_id``, ``raw`` and the
metadata their input holds; ``id`` and ``fingerprint`` are identity.py's job, later.

Nothing here holds more than one page (or one JSONL line) at a time: the caps in
SourceLimits bound memory whatever the input size.
"""
from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence

from veille.article import Article
from veille.errors import SourceError
from veille.pipeline import Failure, describe_failure
from veille.source.decode import SAMPLE_SIZE
from veille.source.feed import read_feed
from veille.source.files import describe_os_error, display_path, iter_input_files
from veille.source.html import read_html
from veille.source.limits import SourceLimits
from veille.source.records import read_csv, read_jsonl, read_tsv
from veille.source.sniff import InputKind, choose_kind
from veille.source.stream import ByteStream, open_input
from veille.source.text_dump import read_dump
from veille.source.warc import read_warc

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


def read_inputs(paths: Sequence[str], *, limits: SourceLimits = SourceLimits()) -> Iterator[Article | Failure]:
    """Every article in ``paths``, in a stable order, with a Failure for each thing that could not be read."""
    if isinstance(paths, str):  # a lone path would be walked character by character
        raise TypeError("read_inputs() takes a sequence of paths, not a single string")
    for item in iter_input_files(paths):
        if isinstance(item, Failure):
            yield item
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
    except SourceError as exc:
        yield Failure(where=where, reason=str(exc))
    except OSError as exc:
        yield Failure(where=where, reason=describe_os_error(exc))
    except Exception as exc:  # noqa: BLE001 - a parser bug on one file must not end the run
        yield Failure(where=where, reason=f"unexpected error while reading: {describe_failure(exc)}")
