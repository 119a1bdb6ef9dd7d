"""Article text cut into segments, each with the kinds of span (quote, entity, date) that cover it.

Spans come from untrusted offsets: any that fall outside the text or are empty are dropped,
and overlapping spans (an entity inside a quote) simply give a segment several classes. The
template escapes each segment's text; nothing here produces markup.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    kind: str
    """CSS class: quote, ent-PER, ent-ORG, ent-LOC, ent-MISC, date, speaker."""
    note: str = ""
    """Shown on hover and read by screen readers: the speaker, the canonical name, the date value."""


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    kinds: tuple[str, ...] = ()
    notes: tuple[str, ...] = field(default=())


def article_spans(record: dict[str, Any]) -> list[Span]:
    """Quotes, entities (PER entities that speak are also ``speaker``) and dates of an export record."""
    speakers = {q.get("speaker") for q in record.get("quotes") or [] if q.get("speaker")}
    spans: list[Span] = []
    for quote in record.get("quotes") or []:
        note = f"citation de {quote['speaker']}" if quote.get("speaker") else "citation (locuteur inconnu)"
        spans.append(Span(_int(quote.get("start")), _int(quote.get("end")), "quote", note))
    for entity in record.get("entities") or []:
        label = str(entity.get("label") or "MISC")
        canonical = entity.get("canonical") or entity.get("text") or ""
        kind = "speaker" if label == "PER" and canonical in speakers else f"ent-{label}"
        spans.append(Span(_int(entity.get("start")), _int(entity.get("end")), kind, f"{label}: {canonical}"))
    for mention in record.get("dates") or []:
        spans.append(Span(_int(mention.get("start")), _int(mention.get("end")), "date",
                          f"date: {mention.get('value') or '?'}"))
    return spans


def segments(text: str, spans: list[Span]) -> list[Segment]:
    valid = [s for s in spans if 0 <= s.start < s.end <= len(text)]
    cuts = sorted({0, len(text), *(s.start for s in valid), *(s.end for s in valid)})
    out: list[Segment] = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [s for s in valid if s.start <= start and end <= s.end]
        out.append(Segment(text[start:end], tuple(dict.fromkeys(s.kind for s in covering)),
                           tuple(dict.fromkeys(s.note for s in covering if s.note))))
    return out


def _int(value: object) -> int:
    return value if isinstance(value, int) else -1
