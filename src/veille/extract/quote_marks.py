"""Quoted spans from the raw characters: « », “ ” (also used both ways, as in the seeds) and straight quotes.

Works on the text alone, before any model runs, so the stage can tell which sentences need
the parser. Straight quotes have no direction: they are paired in order within a paragraph,
and since scraped text often lost its paragraph breaks, an opening mark must be followed by a
non-space and a closing mark preceded by one, or followed by a comma or a stop; a short pair may sit inside another
(a title the quoted words cite). Nested spans are dropped: the outer one is the
quote, the inner one (« ... “X” ... ») a fragment of it. reads_as_speech tells, from the
characters around it, whether a quotation no cue attributes is speech or a term or title.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from veille.extract.legal_charges import names_a_charge

MAX_QUOTE_CHARS = 5000  # a "quote" longer than this is an unbalanced mark, not speech
MIN_FLOATING_WORDS = 4
LONG_QUOTE_WORDS = 8  # an unattributed quotation this long is speech even in mid-sentence
_TITLE_WORDS = 6  # a straight quotation inside another one is a title or a term, no longer than this
_TERM_PREPOSITIONS = frozenset({"pour", "contre", "de", "du", "des", "d'", "sur", "baptisé", "baptisée", "intitulé", "intitulée"})

_PAIRS = {"«": "»", "‹": "›"}
_CURLY = "“”„‟"
_STRAIGHT = '"'
_TRIM = " \t\n\u00a0\u202f,;"
#: The only characters each pairing loop looks at: scanning for them skips the rest of the text in C.
_DIRECTIONAL_CHARS = re.compile("[\n" + "".join(_PAIRS) + "".join(_PAIRS.values()) + "]")
_CURLY_CHARS = re.compile("[\n" + _CURLY + "]")
_STRAIGHT_CHARS = re.compile('[\n"]')


@dataclass(frozen=True, slots=True)
class QuotedSpan:
    """A quotation: ``open``/``close`` are the marks' offsets, ``start``/``end`` the trimmed words inside."""

    open: int
    close: int
    start: int
    end: int


def _inner(text: str, open_at: int, close_at: int) -> QuotedSpan | None:
    start, end = open_at + 1, close_at
    while start < end and text[start] in _TRIM:
        start += 1
    while end > start and text[end - 1] in _TRIM:
        end -= 1
    if end <= start or close_at - open_at > MAX_QUOTE_CHARS:
        return None
    return QuotedSpan(open_at, close_at, start, end)


def _directional(text: str) -> list[tuple[int, int]]:
    pairs, stack = [], []
    for match in _DIRECTIONAL_CHARS.finditer(text):
        i, ch = match.start(), match.group()
        if ch in _PAIRS:
            stack.append(i)
        elif ch in _PAIRS.values() and stack:
            opened = stack.pop()
            if not stack:
                pairs.append((opened, i))
        elif ch == "\n":
            stack.clear()
    return pairs


def _curly(text: str) -> list[tuple[int, int]]:
    """“ opens; the next “ or ” closes (the seeds close with “ too); a paragraph break resets."""
    pairs, opened = [], None
    for match in _CURLY_CHARS.finditer(text):
        i, ch = match.start(), match.group()
        if ch == "\n":
            opened = None
        elif ch in _CURLY:
            if opened is None:
                if ch != "”" or _looks_opening(text, i):
                    opened = i
            else:
                pairs.append((opened, i))
                opened = None
    return pairs


#: Characters after which no quotation can open ("c'était déjà fait ", se souvient-il").
_NEVER_AFTER_OPENING = ",.;:)"


def _looks_opening(text: str, i: int) -> bool:
    after = text[i + 1] if i + 1 < len(text) else " "
    return not after.isspace() and after not in _NEVER_AFTER_OPENING


def _ends_before_punctuation(text: str, i: int) -> bool:
    """A straight mark right before a comma or a stop closes what is open even after a space ("c'était déjà fait ",
    se souvient-il"): it cannot open anything."""
    return i + 1 >= len(text) or text[i + 1] in _NEVER_AFTER_OPENING or text[i + 1] == "\n"


def _looks_closing(text: str, i: int) -> bool:
    before = text[i - 1] if i > 0 else " "
    return not before.isspace()


def _straight(text: str) -> list[tuple[int, int]]:
    """A mark after a space while a quotation is open opens one inside it: the title or term the quoted words cite
    ("J'ai chanté "La Mer" hier soir", dit-elle); the outer quotation stays open and closes at the next closing mark
    after the inner one's. Scraped text also drops marks, so the outer mark is taken for a stray one, and the inner
    pair for the quotation, when the inner one runs longer than a title."""
    pairs, opened = [], []
    for match in _STRAIGHT_CHARS.finditer(text):
        i, ch = match.start(), match.group()
        if ch == "\n":
            opened = []
        elif ch == _STRAIGHT:
            if not opened:
                if _looks_opening(text, i):
                    opened.append(i)
            elif _looks_closing(text, i) or _ends_before_punctuation(text, i):
                start = opened.pop()
                if opened and len(text[start + 1: i].split()) > _TITLE_WORDS:
                    opened = []
                pairs.append((start, i))
            elif len(opened) == 1:
                opened.append(i)
            else:
                opened = [i]  # "a " then " b": the second one opens the next pair
    return pairs


def find_quoted_spans(text: str) -> list[QuotedSpan]:
    """Outermost quotations in text order, marks excluded, surrounding spaces and commas trimmed."""
    found = [
        span
        for open_at, close_at in _directional(text) + _curly(text) + _straight(text)
        if (span := _inner(text, open_at, close_at)) is not None
    ]
    found.sort(key=lambda s: (s.open, -s.close))
    outer: list[QuotedSpan] = []
    for span in found:
        if outer and span.open < outer[-1].close:
            continue
        outer.append(span)
    return outer


def reads_as_speech(text: str, mark: QuotedSpan, sentence_starts: set[int]) -> bool:
    """An unattributed quotation is speech when it reads as a sentence, not as a term or a title."""
    quoted = text[mark.start: mark.end]
    words = len(quoted.split())
    if words < MIN_FLOATING_WORDS or quoted.isupper():
        return False  # a term, or a banner or headline in capitals
    previous = text[max(0, mark.open - 12): mark.open].replace("’", "'").split()
    if words < LONG_QUOTE_WORDS and previous and previous[-1].lower() in _TERM_PREPOSITIONS:
        return False  # "poursuivi pour « non-assistance à personne en danger »": a charge or a name, not speech
    if names_a_charge(text, mark.open):
        return False  # a charge's full legal wording, however long (legal_charges)
    before = text[max(0, mark.open - 3): mark.open].strip()
    opens_sentence = mark.open in sentence_starts or not before or before[-1] in ".:!?»”\""
    return words >= LONG_QUOTE_WORDS or opens_sentence or text[mark.end - 1] in ".!?…"
