"""The FEEDS_FILE of ``veille watch``: one feed URL per line.

    # Comments start with '#', on their own line or after a URL; blank lines are ignored.
    https://www.example.fr/rss/politique.xml
    https://www.example.fr/atom.xml   # the whole site

Plain lines because a list of feeds is edited by hand and diffed, and a watcher re-reads the
file every round, so adding a feed needs no restart. A line that is not an http(s) URL is
reported (with its line number) and skipped; the rest of the list still runs. The same URL
twice is polled once.
"""
from __future__ import annotations

import re

from veille.errors import FetchError, SourceError
from veille.pipeline import Failure
from veille.source.files import describe_os_error
from veille.source.web.guard import check_url

MAX_FILE_BYTES = 1 << 20
_COMMENT = re.compile(r"(?:^|\s)#.*")  # a '#' inside a URL (a fragment) is not a comment


def read_feed_list(path: str) -> tuple[list[str], list[Failure]]:
    """(the feed URLs in file order, a Failure for each line that is not one); SourceError if unreadable."""
    try:
        with open(path, "rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise SourceError(f"cannot read the feeds file {path}: {describe_os_error(exc)}") from None
    if len(data) > MAX_FILE_BYTES:
        raise SourceError(f"the feeds file {path} is larger than 1 MB; is it really a list of URLs?")
    urls: list[str] = []
    failures: list[Failure] = []
    for number, line in enumerate(data.decode("utf-8", errors="replace").splitlines(), start=1):
        url = _COMMENT.sub("", line).strip()
        if not url:
            continue
        try:
            check_url(url)
        except FetchError as exc:
            failures.append(Failure(where=f"{path}:{number}", reason=f"{exc} in {url!r}"))
            continue
        if url not in urls:
            urls.append(url)
    return urls, failures
