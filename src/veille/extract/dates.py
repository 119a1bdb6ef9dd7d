"""Date mentions of an article, valued against its publication date.

``french_dates`` finds the expressions in the text, ``date_values`` gives them values;
this module brings the one thing only the parse knows — the tense of the verb a
weekday hangs on ("a déclaré lundi" is a past Monday, "se rendra lundi" a coming one).
A Doc without a parse (a blank pipeline in tests) gets the no-tense rule: past bias.
"""
from __future__ import annotations

from datetime import date

from spacy.tokens import Doc, Span, Token

from veille.article import DateMention
from veille.extract.date_values import Tense, value_date
from veille.extract.french_dates import scan_dates

_FUTURE_LEMMAS = frozenset({"aller", "devoir", "prévoir", "compter", "envisager"})
"""Verbs whose infinitive complement happens later ("va signer", "doit arriver")."""

_TENSE_KINDS = frozenset({"weekday", "night", "period"})


def parse_published(published: str | None) -> date | None:
    """The day of an ISO date or datetime string, or None when absent or unreadable."""
    if not published:
        return None
    try:
        return date.fromisoformat(published.strip()[:10])
    except ValueError:
        return None


def _governing_verb(span: Span) -> Token | None:
    token = span.root
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX"):
            return token
        if token.head.i == token.i:
            return None
        token = token.head
    return None


def _tense_of(verb: Token) -> Tense | None:
    for _ in range(4):  # an infinitive takes its tense from the verb it completes
        if "Inf" not in verb.morph.get("VerbForm"):
            break
        head = verb.head
        if head.i == verb.i or head.pos_ not in ("VERB", "AUX"):
            return None
        if head.lemma_ in _FUTURE_LEMMAS:
            return "future"  # "va signer", "doit arriver"
        verb = head
    for child in verb.children:
        if child.dep_.startswith("aux") and child.pos_ == "AUX":
            tense = child.morph.get("Tense")
            if "Fut" in tense:
                return "future"
            if tense or "Cnd" in child.morph.get("Mood"):
                return "past"  # passé composé, plus-que-parfait, conditionnel passé
    tense = verb.morph.get("Tense")
    if "Fut" in tense or "Cnd" in verb.morph.get("Mood"):
        return "future"
    if "Past" in tense or "Imp" in tense:
        return "past"
    if "Pres" in tense:
        return "present"
    return None


def tense_at(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense of the verb governing the characters ``start:end``, when the Doc is parsed."""
    if not doc.has_annotation("DEP") or not doc.has_annotation("MORPH"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    verb = _governing_verb(span)
    return _tense_of(verb) if verb is not None else None


def find_dates(doc: Doc, published: str | None) -> list[DateMention]:
    """Every French date expression of ``doc.text`` with its value (see ``date_values``).

    ``published`` is the article's ISO publication date; without it, relative
    expressions are kept with ``value=None``. Offsets are into ``doc.text``.
    """
    anchor = parse_published(published)
    mentions: list[DateMention] = []
    for expr in scan_dates(doc.text):
        tense = tense_at(doc, expr.start, expr.end) if expr.kind in _TENSE_KINDS else None
        mentions.append(DateMention(text=expr.text, start=expr.start, end=expr.end,
                                    value=value_date(expr, anchor, tense)))
    return mentions
