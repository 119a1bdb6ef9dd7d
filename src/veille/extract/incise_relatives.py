"""Names in a relative clause after a quotation's own incise do not take the floor from its speaker.

"« … », a déploré X, vice-directeur de l'institut que Konrad Y dirigeait. « … », a-t-il salué": the "il" goes on
with X. Y is the subject of "dirigeait", so the salience ranking (speaker_salience.py) would count him as a person
made subject since X spoke; but that clause only describes the speaker or his institution, inside the sentence that
reports X. For each source quoted, this module gives where its sentence ends when the rest of that sentence after
the quotation holds such a clause, so the ranking counts only subjects named after that point. A person named
before the clause ("…, explique l'Elysée, après les propos de Z, qui …") is someone the text turns to, and a long
or run-on rest ("bord.Le chef …": a full stop without its space) is no incise: both keep the ranking as it was.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

from veille.extract.person_key import fold_name

#: Words opening a subordinate clause; the parser often reads "l'institut que Y dirigeait" as a complement clause.
_SUBORDINATORS = frozenset({"qui", "que", "qu'", "qu’", "dont", "où"})
#: How many words the rest of the sentence after the quotation may hold to count as its incise.
_MAX_INCISE = 40
_RUN_ON = re.compile(r"\w[.!?][A-ZÀ-Ý]")


def relative_tails(doc: Doc, recent: list, at: int) -> dict[int, int]:
    """Quotation end → end of its sentence, for the sources quoted before ``at`` whose sentence goes on after the
    quotation with a relative or subordinate clause, names no one else before it, and ends before ``at``."""
    tails: dict[int, int] = {}
    for end, speaker, *_ in recent:
        if end > at or end < 1:
            continue
        span = doc.char_span(end - 1, end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        sentence = span[0].sent
        rest = doc[span[-1].i + 1: sentence.end]
        opening = next((t.i for t in rest if t.lower_ in _SUBORDINATORS), None)
        if opening is None or sentence.end_char > at or len(rest) > _MAX_INCISE or _RUN_ON.search(rest.text):
            continue
        own = set(fold_name(speaker).split())
        others = [t for t in doc[rest.start: opening] if t.ent_type_ == "PER" and fold_name(t.text) not in own]
        if not others:
            tails[end] = sentence.end_char
    return tails
