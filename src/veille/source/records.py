"""JSONL and CSV records: one article per line or row, its columns mapped onto the Article.

Recognised columns (case-insensitive): ``id`` -> ``source_id`` (as a string, as given),
``title``, body from the first non-empty of ``text``/``article``/``body``/``content``,
``published`` from ``published``/``published_time``/``date``, ``url``, ``source`` -> ``site``,
``section``. A lead column (``heading``/``lead``/``chapo``) goes before the body, separated
by a blank line, because that is how the page shows it (the raw OrangeSum corpus then reads
exactly like the gold files built from it). Every other column, and a recognised one that
lost to an earlier alias, is kept in ``extra``. A record without an id is named
``path#N``: N is the 1-based line for JSONL, the 1-based data row (header not counted) for CSV.

Files are streamed line by line with each line capped, so a 10 GB JSONL costs one line of
memory; a broken JSONL line is a Failure for that line and the file goes on. A broken CSV
row stops the file (after a lost quote the following rows cannot be trusted).
"""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator, Mapping
from itertools import chain
from typing import Any

from veille.article import Article, RawPage
from veille.errors import SourceError
from veille.pipeline import Failure
from veille.source.decode import normalize_newlines, open_text
from veille.source.limits import SourceLimits, describe_size
from veille.source.stream import ByteStream

_BODY = ("text", "article", "body", "content")
_LEAD = ("heading", "lead", "chapo")
_PUBLISHED = ("published", "published_time", "date")
_DELIMITERS = (",", ";", "\t", "|")
_SKIP_CHUNK = 1 << 20
_SURROGATE_ESCAPE = re.compile(r"\\u[dD][89a-fA-F]")
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")


def record_to_article(record: Mapping[str, Any], fallback_id: str) -> Article:
    """An Article from one record; ``fallback_id`` names it when the record has no ``id``."""
    columns = _Columns(record)
    source_id = columns.take("id")
    title, url = columns.take("title"), columns.take("url")
    site, section = columns.take("source"), columns.take("section")
    published = columns.take(*_PUBLISHED)
    lead, body = columns.take(*_LEAD), columns.take(*_BODY)
    content = "\n\n".join(part for part in (lead, body) if part)
    return Article(
        source_id=source_id or fallback_id,
        url=url,
        site=site,
        section=section,
        title=title,
        published=published,
        raw=RawPage(format="text", content=content, own_id=source_id is not None),
        extra=columns.rest(),
    )


class _Columns:
    """Case-insensitive access to a record's scalar columns, remembering which were used."""

    def __init__(self, record: Mapping[str, Any]) -> None:
        self._record = record
        self._keys: dict[str, str] = {}
        for key in record:
            self._keys.setdefault(str(key).strip().lower(), key)
        self._used: set[str] = set()

    def take(self, *names: str) -> str | None:
        """The first non-empty of ``names`` as text; empty aliases are dropped, later ones kept."""
        for name in names:
            key = self._keys.get(name)
            if key is None or key in self._used:
                continue
            value = self._record[key]
            if value is None or value == "":
                self._used.add(key)
            elif isinstance(value, (str, int, float)) and not isinstance(value, bool):
                self._used.add(key)
                return normalize_newlines(str(value))
        return None

    def rest(self) -> dict[str, Any]:
        return {str(key): value for key, value in self._record.items() if key not in self._used}


def read_jsonl(stream: ByteStream, where: str, limits: SourceLimits, head: bytes) -> Iterator[Article | Failure]:
    with open_text(stream, head) as text:
        for number, line in numbered_lines(text, limits.max_line_size):
            place = f"{where}#{number}"
            if line is None:
                yield Failure(where=place, reason=f"line longer than {describe_size(limits.max_line_size)}; skipped")
            elif line.strip():
                yield _parse_json_line(line, place)


def _parse_json_line(line: str, place: str) -> Article | Failure:
    try:
        record = json.loads(line)
        if _SURROGATE_ESCAPE.search(line):
            record = _without_lone_surrogates(record)
    except json.JSONDecodeError as exc:
        return Failure(where=place, reason=f"malformed JSON ({exc.msg.removesuffix(' at')}, column {exc.colno})")
    except (ValueError, RecursionError) as exc:  # 5000-digit numbers, [[[[... nested too deep
        return Failure(where=place, reason=f"unreadable JSON ({exc.__class__.__name__}: {exc})")
    if not isinstance(record, dict):
        return Failure(where=place, reason=f"not a JSON object but a {type(record).__name__}")
    return record_to_article(record, place)


def _without_lone_surrogates(value: Any) -> Any:
    """``value`` with each lone surrogate (a ``\\ud800`` escape JSON allows) as U+FFFD.

    Such a character cannot be encoded as UTF-8, so it would fail the hash, the store and
    the terminal far from the line that brought it; replaced here, it is counted as a
    damaged character like any other undecodable byte.
    """
    if isinstance(value, str):
        return _LONE_SURROGATE.sub("\ufffd", value)
    if isinstance(value, list):
        return [_without_lone_surrogates(item) for item in value]
    if isinstance(value, dict):
        return {_without_lone_surrogates(key): _without_lone_surrogates(item) for key, item in value.items()}
    return value


def numbered_lines(text: io.TextIOBase, cap: int) -> Iterator[tuple[int, str | None]]:
    """(1-based number, line) for each line; None for a line longer than ``cap``, skipped chunk by chunk."""
    number = 0
    while line := text.readline(cap + 1):
        number += 1
        if len(line) > cap and not line.endswith("\n"):
            while (rest := text.readline(_SKIP_CHUNK)) and not rest.endswith("\n"):
                pass
            yield number, None
        else:
            yield number, line


def read_csv(stream: ByteStream, where: str, limits: SourceLimits, head: bytes) -> Iterator[Article | Failure]:
    yield from _read_table(stream, where, limits, head, delimiter=None)


def read_tsv(stream: ByteStream, where: str, limits: SourceLimits, head: bytes) -> Iterator[Article | Failure]:
    yield from _read_table(stream, where, limits, head, delimiter="\t")


def _read_table(
    stream: ByteStream, where: str, limits: SourceLimits, head: bytes, *, delimiter: str | None
) -> Iterator[Article | Failure]:
    # csv's field limit is process-wide; the default (128 kB) is smaller than many articles.
    csv.field_size_limit(limits.max_line_size)
    with open_text(stream, head, newline="") as text:
        lines = _capped_lines(text, limits.max_line_size)
        first = next(lines, "")
        # strict: an unclosed quote is an error, not the rest of the file swallowed into one cell
        reader = csv.reader(chain([first], lines), delimiter=delimiter or _guess_delimiter(first), strict=True)
        header = _next_row(reader, "header")
        if not header or not any(name.strip() for name in header):
            raise SourceError("no header row (CSV input needs column names such as id,title,text)")
        names = [name.strip() or f"column_{i}" for i, name in enumerate(header, start=1)]
        number = 0
        while (row := _next_row(reader, f"row {number + 1}")) is not None:
            number += 1
            place = f"{where}#{number}"
            if not any(cell.strip() for cell in row):
                continue
            if len(row) > len(names):
                yield Failure(where=place, reason=f"row has {len(row)} fields but the header has {len(names)}")
                continue
            # a CSV has no null: an empty cell is a missing value, not metadata worth keeping
            cells = {name: normalize_newlines(cell) for name, cell in zip(names, row) if cell != ""}
            yield record_to_article(cells, place)


def _next_row(reader: Any, what: str) -> list[str] | None:
    try:
        return next(reader)
    except StopIteration:
        return None
    except csv.Error as exc:
        raise SourceError(f"malformed CSV at {what} ({exc}); stopped reading") from exc


def _capped_lines(text: io.TextIOBase, cap: int) -> Iterator[str]:
    for number, line in numbered_lines(text, cap):
        if line is None:
            raise SourceError(f"line {number} longer than {describe_size(cap)}; stopped reading")
        yield line


def _guess_delimiter(header_line: str) -> str:
    """The candidate that splits the header most (French spreadsheets write ``;``)."""
    counts = {d: header_line.count(d) for d in _DELIMITERS}
    best = max(_DELIMITERS, key=lambda d: counts[d])
    return best if counts[best] else ","
