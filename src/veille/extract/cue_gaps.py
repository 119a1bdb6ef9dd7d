"""What may stand between a cue and the rest of its clause: a circumstance inside the verb group ("a pour l'instant
dénoncé"), a date before its infinitive ("a promis le 3 mars de …"), a circumstance before its object ("a dénoncé sur son
blog une « attaque »").

News French puts these anywhere around a reporting verb; cues.py and quotes.py ask here how far to step over them so
the subject before the auxiliary stays the source and the content starts at its own first word.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from veille.extract.french_dates import scan_dates
from veille.extract.word_classes import OF

#: Auxiliaries a circumstance may separate from their participle ("a pour l'instant dénoncé", "avait à l'époque indiqué").
_TENSE_AUXILIARIES = frozenset({"a", "ont", "avait", "avaient", "aurait", "auraient", "aura", "est", "sont", "était", "étaient"})
#: Prepositions opening that circumstance, and how many words it may take ("a à plusieurs reprises au cours des trois
#: heures d'audition mis en cause").
_INTERPOSED_OPENERS = frozenset({"à", "au", "aux", "pour", "dans", "sur", "lors", "depuis", "devant", "en", "par", "après"})
_INTERPOSED_REACH = 11
#: Endings of a past participle as written, for a verb in a sentence the tagger did not see.
_PARTICIPLE_ENDINGS = ("é", "ée", "és", "ées", "i", "is", "it", "u", "ue")
#: Prepositions of a circumstance between a cue and its object ("a dénoncé sur son blog une « attaque »"), and how many
#: nouns and adjectives its noun phrase may take.
_CIRCUMSTANCE_BEFORE_OBJECT = frozenset({"dans", "devant", "lors", "auprès", "sur"})
_CIRCUMSTANCE_NOUNS = 3


def interposed_circumstance(doc: Doc, verb: int, floor: int) -> int:
    """How many tokens a circumstance takes between a participle and its auxiliary ("a pour l'instant dénoncé",
    "avait à l'époque indiqué", "ont à plusieurs reprises tiré"), 0 when none: prepositional phrases only, each
    determiner right after its preposition, so "a à sa disposition un rapport annoncé" (an object) is no verb group."""
    token = doc[verb]
    if token.pos_ not in ("VERB", "AUX", "") or not (
            token.morph.get("VerbForm") == ["Part"] or token.pos_ == "" and token.lower_.endswith(_PARTICIPLE_ENDINGS)):
        return 0
    for aux in range(verb - 2, max(floor, verb - _INTERPOSED_REACH - 1) - 1, -1):
        if doc[aux].lower_ in _TENSE_AUXILIARIES and doc[aux].pos_ in ("AUX", "VERB", ""):  # the tagger may say VERB
            between = doc[aux + 1: verb]
            if between[0].lower_ in _INTERPOSED_OPENERS and all(
                    t.is_alpha or t.lower_ in ("l'", "l’", "d'", "d’") for t in between) and all(
                    t.pos_ not in ("VERB", "AUX", "PRON", "SCONJ", "CCONJ") for t in between) and all(
                    t.pos_ != "DET" or between[k - 1].pos_ == "ADP" for k, t in enumerate(between) if k):
                return len(between)
            return 0
    return 0


def past_date(doc: Doc, i: int, end: int) -> int:
    """Where a date written at token ``i`` ends ("en janvier", "fin 2019", "le 3 mars"), or ``i`` when none starts there:
    a date sits between a cue and its infinitive as a day does ("a promis le 3 mars de …")."""
    dates = scan_dates("".join(t.text_with_ws for t in doc[i: min(end, i + 6)]))  # not doc.text: rebuilt per read
    if i >= end or not dates or dates[0].start != 0:
        return i
    stop = doc[i].idx + dates[0].end
    while i < end and doc[i].idx < stop:
        i += 1
    return i


def past_circumstance(start: int, sentence: Span) -> int:
    """ "a dénoncé sur son blog une « attaque »", "Evoquant dans un tweet « … »": where a cue's object starts after a
    short circumstance (a preposition, its determiner and its noun), or ``start`` when none stands there; "a ironisé
    sur « … »" and "a alerté sur la « situation »" have no noun before the quotation, so "sur" opens the object."""
    doc = sentence.doc
    if start >= sentence.end or doc[start].lower_ not in _CIRCUMSTANCE_BEFORE_OBJECT:
        return start
    i = start + 1 + (start + 1 < sentence.end and doc[start + 1].lower_ in OF)  # "lors d'une interview", "auprès du"
    i += i < sentence.end and doc[i].pos_ == "DET"
    nouns = i
    while i < sentence.end and i - nouns < _CIRCUMSTANCE_NOUNS and doc[i].pos_ in ("NOUN", "PROPN", "ADJ"):
        i += 1
    return i if i > nouns else start
