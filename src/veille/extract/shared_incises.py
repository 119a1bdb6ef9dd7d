"""Two quotations joined in one sentence share the incise that follows the second: "« A », or « B », raconte X".

The quote reader gives "« A », a-t-il dit, « B »" one speaker (the incise sits between them), but when the incise
comes after the second quotation the first has no cue of its own and would go on with whoever was quoted last.
Joined by nothing but a comma or a conjunction, inside one sentence, both quotations are what the incise reports.
"""
from __future__ import annotations

import re
from dataclasses import replace

from veille.article import Quote

#: What may stand between the two quotations: punctuation that does not end a clause, and a conjunction.
_JOINERS = frozenset({"et", "ou", "or", "puis", "mais"})
_MARKS = "«»“”\" \n"
_QUOTE_MARKS = re.compile(r"[«»“”\"\s,]+")
_SENTENCE_ENDS = frozenset(".!?…")
#: How far (characters) after the second quotation its postposed incise may name the source.
_INCISE = 60


def lend_incises(text: str, quotes: list[Quote]) -> list[Quote]:
    """``quotes`` with each cue-less one followed, in the same sentence, by a quotation whose source is written after
    it taking that source's mention."""
    lent = list(quotes)
    for i in range(len(quotes) - 2, -1, -1):
        first, second = lent[i], lent[i + 1]
        mention = second.speaker_mention
        if first.speaker_mention or first.cue or not mention or text.find(mention, second.end, second.end + _INCISE) < 0:
            continue
        between = text[first.end: second.start]
        if first.text.rstrip()[-1:] in _SENTENCE_ENDS or "," not in between and not between.strip(_MARKS):
            continue  # "« … on est ravis ! »« … », souligne sa fille": two sentences, two speakers
        gap = [w for w in _QUOTE_MARKS.split(between) if w]
        if all(w.lower() in _JOINERS for w in gap) and len(gap) <= 1:
            lent[i] = replace(first, speaker_mention=mention)
    return lent
