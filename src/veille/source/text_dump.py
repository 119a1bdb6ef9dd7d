"""Page-text dumps (``.txt``): one page per file, or pages separated by a line that is exactly ``----``.

Each page keeps the separator line that closes it, as the scraper wrote it: the seeds end
with ``----`` and their gold lists it among the boilerplate lines, so the cleaner, not the
source, decides it is boilerplate. Pages with no text (before a leading separator, between
two separators, after the last one) are not pages. A file with a single page is named by
its path; the N-th page of a multi-page file by ``path#N``. Concatenating the pages gives
the file back (newlines folded to LF, empty stretches aside).

The file is read line by line and at most two pages are held at a time (the first is
kept until a second proves the file multi-page), each capped at ``max_page_size``.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import dataclass

from veille.article import Article, RawPage
from veille.errors import SourceError
from veille.pipeline import Failure
from veille.source.decode import open_text
from veille.source.limits import SourceLimits, describe_size
from veille.source.stream import ByteStream

SEPARATOR = "----"
_CHUNK = 1 << 20


@dataclass(slots=True)
class _Page:
    content: str | None  # None when the page outgrew the cap


def read_dump(stream: ByteStream, where: str, limits: SourceLimits, sample: bytes) -> Iterator[Article | Failure]:
    with open_text(stream, sample) as text:
        pages = _pages(text, limits.max_page_size)
        first = next(pages, None)
        if first is None:
            raise SourceError("no text (only blank lines or separators)")
        second = next(pages, None)
        if second is None:
            yield _article(first, where, limits)
            return
        yield _article(first, f"{where}#1", limits)
        yield _article(second, f"{where}#2", limits)
        for number, page in enumerate(pages, start=3):
            yield _article(page, f"{where}#{number}", limits)


def _article(page: _Page, source_id: str, limits: SourceLimits) -> Article | Failure:
    if page.content is None:
        return Failure(where=source_id, reason=f"page larger than {describe_size(limits.max_page_size)}")
    return Article(source_id=source_id, raw=RawPage(format="dump", content=page.content))


def _pages(text: io.TextIOWrapper, cap: int) -> Iterator[_Page]:
    """The file's non-blank pages, each ending with its separator line if it has one."""
    parts: list[str] = []
    size = 0
    oversize = False
    blank = True  # no text yet apart from whitespace
    at_line_start = True
    while chunk := text.readline(_CHUNK):
        is_separator = at_line_start and chunk.rstrip() == SEPARATOR
        at_line_start = chunk.endswith("\n")
        if not is_separator and chunk.strip():
            blank = False
        if not oversize:
            parts.append(chunk)
            size += len(chunk)
            if size > cap:
                oversize, parts = True, []
        if is_separator:
            if not blank:
                yield _Page(None if oversize else "".join(parts))
            parts, size, oversize, blank = [], 0, False, True
    if not blank:
        yield _Page(None if oversize else "".join(parts))
