"""The tense of the verb a date hangs on: past, present or future.

"a déclaré lundi" is last Monday, "se rendra lundi" the coming one, and "avait ouvert
une enquête le 19 décembre" (published in July) last December. The parse says it best:
the date's head verb, its auxiliaries, its morphology. The NLP stage parses only the
sentences that may report speech, so for the others a lexical reading of the words just
around the date stands in: a future form or a modal of the future ("débutera", "doit",
"prévu"), or an auxiliary followed by a participle ("a annoncé", "avait ouvert").
"""
from __future__ import annotations

import re
from typing import Literal

from spacy.tokens import Doc, Span, Token

Tense = Literal["past", "present", "future"]

LEXICAL_WINDOW = 6
"""Tokens on each side of an unparsed date read for a tense cue."""

_FUTURE_LEMMAS = frozenset({"aller", "devoir", "prévoir", "compter", "envisager"})
"""Verbs whose infinitive complement happens later ("va signer", "doit arriver")."""

_FUTURE_WORDS = frozenset({
    "doit", "doivent", "devra", "devront", "devrait", "devraient", "va", "vont", "prévu", "prévue", "prévus",
    "prévues", "programmé", "programmée", "prochainement", "sera", "seront", "aura", "auront", "fera", "feront",
    "ira", "iront", "pourra", "pourront",
})
_FUTURE_ENDING = re.compile(r"^[a-zà-ÿ]{3,}(?:era|ira|dra|ront)$")
_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "eut", "est", "sont", "était", "étaient", "fut", "furent",
                          "ai", "as", "avons", "avez", "suis", "es", "sommes", "êtes"})
_PARTICIPLE = re.compile(r"^[a-zà-ÿ]{2,}(?:é|ée|és|ées|i|ie|is|ies|u|ue|us|ues|it|ite|ert|erte|int|inte)$")
_NOT_PARTICIPLES = frozenset({"ici", "aussi", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "midi",
                              "parmi", "depuis", "pendant", "déjà", "plus", "jamais", "tous", "sous", "nous", "vous"})


def _governing_verb(span: Span) -> Token | None:
    """The verb the date hangs on directly; through a noun ("les élus dimanche doivent")
    the verb's tense says nothing about the date, so there is none."""
    root = span.root
    if root.pos_ in ("VERB", "AUX"):
        return root
    head = root.head
    return head if head.i != root.i and head.pos_ in ("VERB", "AUX") else None


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


def _lexical_tense(span: Span) -> Tense | None:
    """A tense from word forms near an unparsed date, nearest cue first, within its sentence."""
    doc = span.doc
    sentence = span.sent if doc.has_annotation("SENT_START") or doc.has_annotation("DEP") else None
    lo = max(sentence.start if sentence is not None else 0, span.start - LEXICAL_WINDOW)
    hi = min(sentence.end if sentence is not None else len(doc), span.end + LEXICAL_WINDOW)
    nearest = sorted(range(lo, hi), key=lambda i: min(abs(i - span.start), abs(i - (span.end - 1))))
    for i in nearest:
        if span.start <= i < span.end:
            continue
        word = doc[i].lower_
        if word in _FUTURE_WORDS or _FUTURE_ENDING.match(word):
            return "future"
        if word in _AUXILIARIES and i + 1 < len(doc):
            following = [t.lower_ for t in doc[i + 1:i + 3]]
            if any(_PARTICIPLE.match(w) and w not in _NOT_PARTICIPLES for w in following):
                return "past"
    return None


def tense_at(doc: Doc, start: int, end: int) -> Tense | None:
    """The tense of the verb governing the characters ``start:end``: from the parse where
    the sentence was parsed, else from the words around it, else None."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    if any(t.pos_ for t in span):
        verb = _governing_verb(span)
        return _tense_of(verb) if verb is not None else None
    return _lexical_tense(span)
