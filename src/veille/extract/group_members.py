"""A plural source whose members the text names: those members, not the group as written.

"Les deux autres syndicats (Force Santé et Jeunes Internes) ont dénoncé …" and "trois élus, la députée Anne X et les
sénateurs Paul Y et Marc Z, ont écrit …" name who speaks right after the group's description, in brackets or in
an apposition; the guidelines want the named source, so the members are the speaker. A counted plural that takes
the group up later ("ces deux syndicats", "les trois élus") is the last source quoted with that many members.
"""
from __future__ import annotations

import re

from spacy.tokens import Doc

#: Plural determiners that open a group's description ("les", "ces") or count it ("trois élus").
_PLURAL_OPENINGS = frozenset({"les", "des", "ces", "leurs", "plusieurs"})
_COUNTS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6}
#: How far an apposed list of members may run, in tokens.
_LIST_TOKENS = 24
_MEMBER_SPLIT = re.compile(r",\s*|\s+et\s+")


def group_members(doc: Doc, at: int, mention: str, recent: list) -> str | None:
    """The members named for the plural source ``mention`` found at ``at``: listed right after it, or, for a
    counted "ces deux …", the last source quoted (``recent``) that lists as many; None otherwise."""
    words = mention.lower().split()
    counted = len(words) > 1 and words[0] in _PLURAL_OPENINGS and (words[1] in _COUNTS or (
        words[1] == "autres" and len(words) > 2 and words[2] in _COUNTS))  # "les deux autres syndicats" too
    if not words or not (counted or words[0] in _COUNTS or words[0] in _PLURAL_OPENINGS and words[-1].endswith("s")):
        return None
    span = doc.char_span(at, at + len(mention), alignment_mode="expand")
    if span is not None and (listed := _bracketed(doc, span.end) or _apposed(doc, span.end)) is not None:
        return listed
    if words[0] != "ces" or not counted:
        return None
    count = _COUNTS[words[1]]
    return next((source for _, source, _, named in reversed(recent)
                 if named and source and len(_MEMBER_SPLIT.split(source)) == count), None)


def _bracketed(doc: Doc, end: int) -> str | None:
    """ "(Force Santé et Jeunes Internes)": names in brackets right after the group, two or more, each capitalised."""
    if end >= len(doc) or doc[end].text != "(":
        return None
    closing = next((t.i for t in doc[end + 1: end + _LIST_TOKENS] if t.text == ")"), None)
    if closing is None:
        return None
    inner = doc[end + 1: closing].text
    members = _MEMBER_SPLIT.split(inner)
    return inner if len(members) > 1 and all(m[:1].isupper() for m in members) else None


def _apposed(doc: Doc, end: int) -> str | None:
    """ ", la députée Anne X et les sénateurs Paul Y et Marc Z, ont écrit": an apposition up to the comma before
    the verb that names two people or more, joined by "et"; their names, in the order written."""
    if end >= len(doc) or doc[end].text != ",":
        return None
    verb = next((t.i for t in doc[end + 1: end + _LIST_TOKENS] if t.pos_ in ("VERB", "AUX") or t.text in ".;:()"), None)
    if verb is None or doc[verb].pos_ not in ("VERB", "AUX") or doc[verb - 1].text != ",":
        return None
    if not any(t.lower_ == "et" for t in doc[end + 1: verb]):
        return None
    names = [e.text for e in doc.ents if end < e.start and e.end < verb and e.label_ == "PER"]
    return f"{', '.join(names[:-1])} et {names[-1]}" if len(names) > 1 else None
