"""A tail a site appends to its titles ("… : actualité du vélo, essais, nouveautés").

Some sites end their titles with a search-engine tag line after a colon, a bar or a dash.
It is the site's furniture, not the article's title: it fills story labels and exports, and
it makes every article of a section look alike to the story linker. OrangeSum: 2,258 of
36,152 titles end with the same tag line of its motoring section, and no other tail ends more
than 7 of them. Like a furniture line (site_boilerplate.py), a tail is learnt per site from
the distinct pages whose title ends with it; the bar is much higher than for lines, because
real title endings recur too ("… : ce que l'on sait").
"""
from __future__ import annotations

import hashlib
import re

MAX_TAIL_CHARS = 60
"""Longer endings are the title's own second half, never a tag line."""
MIN_HEAD_WORDS = 3
"""What is left must still read as a title."""

_SEPARATOR = re.compile(r"\s+[:|–—-]\s+")
_QUOTE_MARKS = re.compile(r"[«»“”\"„]")


def title_tail(title: str | None) -> tuple[str, str] | None:
    """(head, tail) of a title split at its last colon, bar or dash; None when nothing there could be a tag line."""
    if not title:
        return None
    separators = list(_SEPARATOR.finditer(title))
    if not separators:
        return None
    head, tail = title[: separators[-1].start()].strip(), title[separators[-1].end():].strip()
    if not tail or len(tail) > MAX_TAIL_CHARS or _QUOTE_MARKS.search(tail) or len(head.split()) < MIN_HEAD_WORDS:
        return None
    return head, tail


def tail_hash(tail: str) -> str:
    """Counted in the site's line index, apart from any body line with the same words."""
    folded = "title tail\0" + " ".join(tail.casefold().split())
    return hashlib.sha1(folded.encode("utf-8")).hexdigest()[:16]
