"""Where a reporting verb's noun-phrase object starts after the words news French puts before it.

"Les auteurs préconisent par ailleurs l'évacuation", "a rejeté dès la semaine dernière le livre", "s'est inquiétée
dimanche des conséquences", "a défendu dans un communiqué l'avertissement": an adverb, a locution
(rules/object_leads.txt), a day or date and a short circumstance, with or without its commas, may stand between the verb and its object.
Without this step the object read starts on them ("par" even reads as a passive agent), so the quote is lost.
The step is taken only when a noun phrase follows: otherwise the words are the content themselves.
"""
from __future__ import annotations

from functools import cache

from spacy.tokens import Span

from veille.extract.cue_gaps import past_circumstance, past_date
from veille.extract.cues import ADVERBS
from veille.extract.entity_rules import rule_set
from veille.extract.verb_shapes import past_incise
from veille.extract.word_classes import OF

#: Day names, and the parts of a day that may follow them ("jeudi soir").
_DAYS = frozenset({"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"})
_DAY_PARTS = frozenset({"matin", "midi", "après-midi", "soir", "dernier"})
#: Tags that open a noun phrase an object may start with ("l'évacuation", "ses projets", "80.000 membres"); "de" and its
#: forms open one too ("des actes", "s'est inquiétée dimanche des conséquences").
_NOUN_PHRASE_OPENERS = frozenset({"DET", "NUM", "NOUN", "PROPN"})


@cache
def _locutions() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(line.split()) for line in rule_set("object_leads.txt")), key=len, reverse=True))


def _past_one(i: int, sentence: Span) -> int:
    """Where one lead ends when one starts at ``i``, else ``i``."""
    doc, end = sentence.doc, sentence.end
    for words in _locutions():
        if tuple(t.lower_ for t in doc[i: i + len(words)]) == words:
            return i + len(words)
    if doc[i].lower_ in _DAYS:
        i += 1
        while i < end and (doc[i].like_num or doc[i].lower_ in _DAY_PARTS):
            i += 1  # "mardi 7 juillet", "jeudi soir"
        return past_date(doc, i, end)
    if doc[i].lower_ in ADVERBS and doc[i].lower_ not in ("par", "pour", "en", "sa", "son", "tout"):
        return i + 1
    return max(past_date(doc, i, end), past_circumstance(i, sentence), past_incise(i, sentence))


def object_start(content: int, sentence: Span, needed: frozenset[str] = frozenset()) -> int:
    """The first token of the object after any leads from ``content``, when a noun phrase opens there; the sentence's
    end when only leads are left; else ``content``.
    A word the verb needs before its object ("alerté également sur les dangers") is no lead but where it starts."""
    doc, i = sentence.doc, content
    while i < sentence.end and doc[i].lower_ not in needed and (step := _past_one(i, sentence)) > i:
        i = step
    if i < sentence.end and all(t.is_punct for t in doc[i: sentence.end]):
        return sentence.end  # "qu'il nie en bloc.": the leads end the sentence, there is no object
    if i == content or i >= sentence.end or (
            doc[i].pos_ not in _NOUN_PHRASE_OPENERS and doc[i].lower_ not in OF and doc[i].lower_ not in needed):
        return content
    return i
