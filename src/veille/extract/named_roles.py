"""An inverted subject made of a role noun and the name it introduces ("…, a ajouté le gouverneur Jean Dupont.",
"…, a expliqué son directeur général Paul Martin.").

The listed source nouns (institutions, titles, unnamed sources) do not hold every role, and the tagger gives such a
name no subject's place when the sentence before the comma has a subject of its own, so a postposed cue was missed.
A role alone is not enough: "…, a lancé le représentant des Républicains" or "…, a constaté une journaliste de
l'AFP" lose more than they win on random news (an object read as a subject, an observation read as speech).
"""
from __future__ import annotations

from spacy.tokens import Span

from veille.extract.entity_rules import role_words

#: Determiners a role noun may open with ("le gouverneur", "son directeur", "leur avocate").
_DETERMINERS = frozenset({"le", "la", "l'", "l’", "les", "son", "sa", "ses", "leur", "leurs", "un", "une"})
#: Punctuation that may end the inverted subject: the sentence goes on no further with it.
_ENDS = frozenset({".", "!", ",", ";"})


def named_role(span: tuple[int, int], sentence: Span) -> bool:
    """Is the span a role noun (its adjectives allowed) followed by a person's name, ending the sentence or a
    clause?"""
    doc = sentence.doc
    start, end = span
    if end < sentence.end and doc[end].text not in _ENDS:
        return False
    i = start + (start < end and doc[start].lower_ in _DETERMINERS)
    if i >= end or doc[i].lower_ not in role_words():
        return False
    name = next((t for t in doc[i + 1: end] if t.ent_type_ == "PER"), None)
    return name is not None and all(t.pos_ == "ADJ" or t.lower_ in role_words() for t in doc[i + 1: name.i])
