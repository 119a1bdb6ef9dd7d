"""Dated events: a sentence that places something on a date becomes ``Event(date, text)``.

The timeline of a story is built from these, so an event must be a statement, not a
dateline ("GENÈVE, le 10 janvier.") or a caption: the sentence needs a verb. Its text is
the sentence, trimmed; a long sentence is cut to the clauses around the date, because a
timeline row is read at a glance. One event per (date value, sentence).
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from veille.article import DateMention, Event

MAX_EVENT_CHARS = 280
_SENTENCE_END = re.compile(r"[.!?…][»”\"]?(?:\s+|(?<=[a-zà-ÿ][.!?])(?=[A-ZÀ-Ý][a-zà-ÿ]))(?=[«“\"A-ZÀ-Ý0-9])|\n+")
_ABBREVIATION = re.compile(r"(?:\b[A-Z]|\bMme|\bMlle|\bDr|\bSt|\bPr|\bMe)\.$")
_CLAUSE_BREAK = re.compile(r"(?<=[,;:])\s+")
_SPACES = re.compile(r"\s+")
_EDGE = " \t\n,;:«»“”\"'-–—"


def _sentence_bounds(text: str) -> list[tuple[int, int]]:
    """Sentence (start, end) offsets from punctuation and line breaks.

    Not the parser's sentences: on scraped news (quotes without paragraph breaks,
    "jeudi.Le" without a space) the parser joins what a full stop plainly separates.
    An initial or a title ("M. Macron", "Mme Dupont") does not end a sentence.
    """
    bounds, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.group(0).strip() and _ABBREVIATION.search(text, max(0, m.start() - 5), m.start() + 1):
            continue
        bounds.append((start, m.start() + 1 if m.group(0).strip() else m.start()))
        start = m.end()
    bounds.append((start, len(text)))
    return [(s, e) for s, e in bounds if text[s:e].strip()]


def _states_something(doc: Doc, start: int, end: int) -> bool:
    """Does the sentence hold a verb (a statement), rather than a dateline or a label?

    The NLP stage parses only some sentences; an untagged one counts as a statement
    when it has four words or more ("GENÈVE, le 10 janvier." has three).
    """
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if any(t.pos_ for t in span):
        return any(t.pos_ in ("VERB", "AUX") for t in span)
    return sum(t.is_alpha for t in span) >= 4


def _around(text: str, date_start: int, date_end: int) -> str:
    """The clauses around the date, up to MAX_EVENT_CHARS, in ``text`` (one sentence)."""
    clauses, last = [], 0
    for m in _CLAUSE_BREAK.finditer(text):
        clauses.append((last, m.start()))
        last = m.end()
    clauses.append((last, len(text)))
    lo = next(i for i, (_, e) in enumerate(clauses) if e >= date_start)
    hi = max(lo, next((i for i, (_, e) in enumerate(clauses) if e >= date_end), lo))
    while True:
        grown = False
        if hi + 1 < len(clauses) and clauses[hi + 1][1] - clauses[lo][0] <= MAX_EVENT_CHARS:
            hi, grown = hi + 1, True
        if lo > 0 and clauses[hi][1] - clauses[lo - 1][0] <= MAX_EVENT_CHARS:
            lo, grown = lo - 1, True
        if not grown:
            break
    piece = text[clauses[lo][0]:clauses[hi][1]]
    if len(piece) > MAX_EVENT_CHARS:  # one very long clause: a window on word boundaries
        centre = max(0, date_start - clauses[lo][0] - MAX_EVENT_CHARS // 2)
        piece = piece[centre:centre + MAX_EVENT_CHARS].split(" ", 1)[-1].rsplit(" ", 1)[0] + " …"
    return piece


def describe(text: str, sentence: tuple[int, int], mention: DateMention) -> str:
    """A short description of what the sentence dates: the sentence, or its clauses around the date."""
    start, end = sentence
    text = text[start:end]
    if len(text) > MAX_EVENT_CHARS:
        text = _around(text, mention.start - start, mention.end - start)
    return _SPACES.sub(" ", text).strip(_EDGE)


def find_events(doc: Doc, dates: list[DateMention], text: str | None = None) -> list[Event]:
    """One event per (date value, sentence) for the valued dates of ``doc`` whose sentence states something.

    ``text`` is ``doc.text`` when the caller already has it: spaCy rebuilds that string from the tokens on every read.
    """
    text = doc.text if text is None else text
    sentences = _sentence_bounds(text)
    events: list[Event] = []
    seen: set[tuple[str, int]] = set()
    for mention in sorted(dates, key=lambda d: d.start):
        if mention.value is None:
            continue
        index = next((i for i, (s, e) in enumerate(sentences) if s <= mention.start < e), None)
        if index is None or (mention.value, index) in seen:
            continue
        start, end = sentences[index]
        if not _states_something(doc, start, end):
            continue
        seen.add((mention.value, index))
        events.append(Event(date=mention.value, text=describe(text, (start, end), mention)))
    return events
