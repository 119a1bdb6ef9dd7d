"""The named subject a cue-less quotation continues: "la CFDT s'est « réjouie de … »", "L'Unsa a salué la mesure,
« indispensable », car « … »".

A quotation with no cue of its own gets the speaker in focus, usually whoever was quoted last. When the quotation
sits inside a sentence whose verb, before or inside the quotation, has a named subject written before it, that
subject said it: the organisation or person the sentence is about, not the previous speaker. speakers.py asks it
before falling back on focus.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token


def floating_subject(doc: Doc, start: int, end: int) -> str | None:
    """The name subject of the verb governing the quotation spanning ``start``-``end`` (characters), written in its
    sentence before it; None when the sentence has no such subject or the quotation opens its sentence."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or not len(span):
        return None
    first = span[0]
    opening = first.sent.start
    while first.i > opening and doc[first.i - 1].is_punct and doc[first.i - 1].is_quote:
        first = doc[first.i - 1]  # the opening quotation mark belongs to the quotation
    if first.i > opening and doc[first.i - 1].text == ":":
        return None  # "… les propos de Thomas : « … »": the colon hands over to whoever it introduces
    subjects = [t for t in doc[opening: first.i] if t.dep_ == "nsubj" and _named(t) and _governs(t.head, first)]
    return _phrase(subjects[-1], first.i) if subjects else None


def _named(token: Token) -> bool:
    """ "la CFDT", "le syndicat Sud Rail": a name or a noun given one, not a pronoun or a bare common noun whose
    referent needs resolving; "une liste UDI" is some list, not a source."""
    if token.pos_ == "PROPN":
        return token.text[:1].isupper()
    definite = any(c.dep_ == "det" and c.lower_ in ("le", "la", "l'", "l’") for c in token.children)
    return token.pos_ == "NOUN" and definite and any(c.pos_ == "PROPN" and c.i == token.i + 1 for c in token.children)


def _governs(verb: Token, first: Token) -> bool:
    """The verb says the quotation: it lies inside it ("s'est « réjouie … »") or the quotation hangs from it."""
    return verb.i >= first.i or verb in first.ancestors


def _phrase(subject: Token, limit: int) -> str:
    """The subject as written with its determiner and the words of its name ("L'Unsa Fonction publique"), cut before
    any punctuation and before the quotation, or at the end of the name the NER found."""
    words = [t for t in subject.subtree if t.i < limit]
    start = words[0].i
    stop = next((t.i for t in words if t.i > subject.i and (t.is_punct or t.pos_ not in ("PROPN", "ADJ", "DET",
                                                                                        "ADP", "NOUN"))), words[-1].i + 1)
    entity = next((e.end for e in subject.doc.ents if e.start <= subject.i < e.end), stop)
    return subject.doc[start: min(max(stop, entity), limit)].text.strip()  # the NER's whole name if longer
