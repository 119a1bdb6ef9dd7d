"""ftfy's mojibake test, ``is_bad``, tried only where a match can start: same answers, a fraction of the time.

ftfy asks ``is_bad`` of every line it fixes (repair.py), and ``is_bad`` searches its ``BADNESS_RE``: some
forty alternatives, none starting with a literal, tried at every character of the line. That search took
about 1 ms of CPU per OrangeSum article, a fifth of the cleaning stages'. Yet each alternative is a row
of single characters of which one at least is never ASCII ("Ã", "€", "«", "É"…), at a bounded distance
from where the match starts. So a line with none of those characters holds no match, and in the others
a match can only start within that distance before one of them: ``gate`` tries ``BADNESS_RE`` there
alone (1,000 OrangeSum articles: 0.04 ms per article instead of 1.04). The characters and the distance
are read from the installed ``BADNESS_RE`` itself (``_anchors``); a pattern of another shape keeps
ftfy's own search. tests/clean/test_mojibake_gate.py checks both answers agree.
"""
from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
import unicodedata
from collections.abc import Callable

import ftfy
import ftfy.fixes
from ftfy.badness import BADNESS_RE, is_bad

#: Items that consume exactly one character.
_ONE_CHAR = (sre.LITERAL, sre.IN, sre.ANY)


def _chars(op: object, av: object) -> frozenset[int] | None:
    """The code points a one-character item accepts, or None when they are not listed (a category, a
    negated set, any character): such an item cannot anchor the search."""
    if op is sre.LITERAL:
        return frozenset((av,))
    if op is not sre.IN:
        return None
    accepted: set[int] = set()
    for kind, value in av:
        if kind is sre.LITERAL:
            accepted.add(value)
        elif kind is sre.RANGE:
            accepted.update(range(value[0], value[1] + 1))
        else:
            return None
    return frozenset(accepted)


def _widths(op: object, av: object) -> tuple[int, int] | None:
    """Least and most characters an item of a branch consumes; None for an item of another shape."""
    if op in _ONE_CHAR:
        return 1, 1
    if op is sre.AT:
        return 0, 0
    if op is sre.MAX_REPEAT and av[0] == 0 and av[1] == 1 and len(av[2].data) == 1 and av[2].data[0][0] in _ONE_CHAR:
        return 0, 1
    return None


def _rarer(chars: frozenset[int], than: frozenset[int]) -> bool:
    """Whether ``chars`` should anchor rather than ``than``: fewer small Latin letters (French text is full of
    "é" and "à"), then fewer Latin letters ("É" is rarer, "€" or "Ã" rarer still), then fewer characters."""
    return _rank(chars) < _rank(than)


def _rank(chars: frozenset[int]) -> tuple[int, int, int]:
    names = [unicodedata.name(chr(c), "") for c in chars]
    return (sum(1 for name in names if name.startswith("LATIN SMALL")),
            sum(1 for name in names if name.startswith("LATIN")), len(chars))


def _anchors(pattern: re.Pattern[str]) -> tuple[frozenset[int], int] | None:
    """For each alternative, the characters one of its items accepts, chosen among the items that accept no
    ASCII character as the rarest in French text (``_rarer``): every match holds one of them. Returns all
    those characters together, and how far after the match's start one can be at most. None when an
    alternative is not a row of single characters (or ``^``, or ``\\s?``) or has no such item. The parse
    tree is read with ``re._parser``, as the tests of token_match.py read spaCy's."""
    tree = sre_parse.parse(pattern.pattern, pattern.flags)
    if pattern.flags & re.IGNORECASE or len(tree.data) != 1 or tree.data[0][0] is not sre.BRANCH:
        return None
    anchors: set[int] = set()
    reach = 0
    for branch in tree.data[0][1][1]:
        best: tuple[int, frozenset[int]] | None = None
        before = 0
        for op, av in branch.data:
            widths = _widths(op, av)
            if widths is None:
                return None
            chars = _chars(op, av)
            if chars is not None and min(chars) > 127 and (best is None or _rarer(chars, best[1])):
                best = before, chars
            before += widths[1]
        if best is None:
            return None
        anchors.update(best[1])
        reach = max(reach, best[0])
    return frozenset(anchors), reach


def gate(pattern: re.Pattern[str]) -> Callable[[str], bool] | None:
    """``bool(pattern.search(text))``, tried only up to the reach before each anchor character; None when
    ``_anchors`` cannot read the pattern."""
    found = _anchors(pattern)
    if found is None:
        return None
    chars, reach = found
    anchor = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(chars)) + "]")
    match = pattern.match

    def gated(text: str) -> bool:
        tried = 0  # every start before this one was tried or cannot match
        for hit in anchor.finditer(text):
            end = hit.start() + 1
            for start in range(max(tried, end - 1 - reach), end):
                if match(text, start):
                    return True
            tried = end
        return False

    return gated


def install() -> None:
    """Point ftfy's callers of ``is_bad`` (pinned ftfy 6.3.1: its package and fixes.py) at the gated test."""
    gated = gate(BADNESS_RE)
    if gated is not None:
        if ftfy.is_bad is is_bad:
            ftfy.is_bad = gated
        if ftfy.fixes.is_bad is is_bad:
            ftfy.fixes.is_bad = gated
