"""A sentence opening on "Ce viticulteur de 58 ans", "Cette habitante", "Ce père de famille": the person just named.

A demonstrative takes up someone the text has just named, and a journalist uses one to say more about that person
("Un autre maire, Paul X, a été frappé. Ce viticulteur de 58 ans témoigne …"), so the sentence is about that
person, and a following "affirme-t-il" continues them rather than the source quoted before. Only a noun for a
person counts: a role, a relative, a man or a woman, an unnamed source's noun, or any noun given an age ("de 58
ans"); "ce projet", "cette décision" are not people.
"""
from __future__ import annotations

from spacy.tokens import Span

from veille.extract.entity_rules import fold_apostrophes, role_words, rule_set

_GENDERS = {"ce": "Masc", "cet": "Masc", "cette": "Fem"}


def demonstrative_person(sentence: Span, unnamed_nouns: frozenset[str]) -> str | None:
    """The gender ("Masc", "Fem") of the person a sentence opening on a demonstrative and a person noun takes up,
    else None."""
    if len(sentence) < 3 or (gender := _GENDERS.get(sentence[0].lower_)) is None:
        return None
    noun = sentence[1]
    if not noun.is_alpha or noun.text[:1].isupper():
        return None
    word = fold_apostrophes(noun.lower_)
    people = role_words() | rule_set("kin_nouns.txt") | unnamed_nouns
    aged = len(sentence) > 5 and sentence[2].lower_ == "de" and sentence[3].like_num and sentence[4].lower_ == "ans"
    return gender if word in people or aged else None
