"""Whether a name written after "de" in a sentence's opening noun phrase says whose the subject is.

"L'ancien ministre de la Culture de Paul X a remporté …": the subject is the minister, Paul X only completes a
person noun, so a following "il" is the minister, not Paul X, though "X a remporté" reads like a subject on the
surface (sentences without a reporting cue are not parsed, so the test is on the words). "C'est au tour de Paul X
de répondre" or "La décision de Paul X a surpris" open on no person noun and keep X in focus.
"""
from __future__ import annotations

from spacy.tokens import Span

from veille.extract.entity_rules import role_words, rule_set
from veille.extract.sentence_bounds import sentence_bounds
from veille.extract.word_classes import DEFINITE, OF

#: How many words the opening may hold before its first "de": "L'éphémère ministre de …".
_HEAD_REACH = 4


def owns_subject(ent: Span) -> bool:
    """Whether the person entity ``ent`` completes the person noun that opens its sentence, with no punctuation
    between: "Le frère de X a dit", "L'avocate de la famille de X a expliqué"."""
    doc = ent.doc
    opening = doc[sentence_bounds(ent)[0]: ent.start]
    if len(opening) < 3 or opening[0].lower_ not in DEFINITE or opening[-1].lower_ not in OF:
        return False
    if any(t.is_punct or t.text[:1].isupper() and t.ent_type_ == "PER" for t in opening[1:]):
        return False  # "Le président Paul X, ami de Y": a name of its own before, or a clause
    first_of = next(i for i, t in enumerate(opening) if t.lower_ in OF)
    people = role_words() | rule_set("kin_nouns.txt")
    return first_of <= _HEAD_REACH and any(t.lower_ in people for t in opening[1:first_of])
