"""The subject written after a reporting verb that follows a quotation the quote reader left without a cue:
"« … », a pu confirmer sur place l'infirmière X", "« … », a tenu à faire savoir la direction", "« … », a déclaré
lundi, X".

The quote reader takes "« … », a confirmé X" as an incise, but a modal ("a pu confirmer"), a locution ("a tenu à
faire savoir") or a circumstance before the subject ("sur le terrain", "à Europe 1", "lundi,") leaves the quotation
floating, and a floating quotation goes to the speaker in focus, who is the previous source: the one the article
has just stopped quoting. The subject after the verb is the source the sentence names, so speakers.py reads it
before falling back on focus.
"""
from __future__ import annotations

from spacy.tokens import Doc, Token

from veille.extract.cues import AUXILIARIES, QuoteRules
from veille.extract.entity_rules import fold_apostrophes, rule_set
from veille.extract.mentions import scan_right

#: Prepositions opening a circumstance between the verb and its subject ("sur le terrain", "à Europe 1").
_PREPOSITIONS = frozenset({"à", "au", "aux", "sur", "dans", "devant", "auprès", "lors", "depuis", "en", "par", "via"})
#: Words opening the subject: a determiner, or a title before a name.
_SUBJECT_OPENERS = frozenset({"le", "la", "les", "l'", "un", "une", "ce", "cet", "cette", "son", "sa", "ses", "leur",
                              "m.", "mme", "mgr", "me", "dr"})
_CLOSING_MARKS = frozenset({"»", '"', "”", "“"})
#: Marks a circumstance does not run past: the comma before the subject ("lundi, X"), the end of the sentence.
_STOPS = frozenset({",", ".", "!", "?", ";", ":"})
#: How many words the verb group and the circumstances after it may take.
_REACH = 10


def postposed_source(doc: Doc, end: int, rules: QuoteRules) -> str | None:
    """The subject phrase after a comma, a reporting verb group and circumstances that follow the quotation ending at
    character ``end``; None when no reporting verb comes first, its subject is a pronoun (an incise the quote reader
    handles), or nothing that opens a noun phrase follows."""
    start = next((t.i for t in doc if t.idx >= end), None)
    if start is None:
        return None
    while start < len(doc) and doc[start].text in _CLOSING_MARKS:
        start += 1
    if start >= len(doc) or doc[start].text != ",":
        return None
    limit = min(start + 1 + _REACH, len(doc))
    verb = _reporting_verb(doc, start + 1, limit, rules)
    if verb is None:
        return None
    subject = _skip_circumstances(doc, verb.i + 1, limit)
    if subject is None:
        return None
    found = scan_right(doc, subject, min(len(doc), doc[subject].sent.end + 1))
    return doc[found[0]: found[1]].text if found is not None and found[1] > found[0] else None


def _reporting_verb(doc: Doc, i: int, limit: int, rules: QuoteRules) -> Token | None:
    """The reporting verb ending the verb group that opens at ``i``: auxiliaries, a modal or a locution before it
    ("a pu confirmer", "a tenu à faire savoir"); never an inverted subject ("a-t-il dit")."""
    while i < limit:
        token = doc[i]
        low = fold_apostrophes(token.lower_)
        if "-" in token.text:
            return None  # "a-t-il dit", "dit-elle": the quote reader's incise
        lemma = rules.lemmas.get(low)
        if lemma is not None and lemma in rules.verbs and low not in AUXILIARIES and not token.text[:1].isupper():
            return token
        if low in AUXILIARIES or low == "à":  # "a tenu à faire savoir"
            i += 1
        elif (skip := _filler(doc, i, limit)) > i:
            i = skip
        else:
            return None
    return None


def _skip_circumstances(doc: Doc, i: int, limit: int) -> int | None:
    """Where the subject opens after the verb: past adverbs, dates and prepositional phrases ("sur le terrain l'…",
    "à Europe 1 l'…", "de son côté un …", "lundi, X"); None when what follows opens no noun phrase."""
    while i < limit:
        token = doc[i]
        if (skip := _filler(doc, i, limit)) > i:
            i = skip
            continue
        if fold_apostrophes(token.lower_) in _PREPOSITIONS:
            i += 1
            if i < limit and fold_apostrophes(doc[i].lower_) in _SUBJECT_OPENERS:
                i += 1  # "sur le terrain": the circumstance's own determiner
            while i < limit and fold_apostrophes(doc[i].lower_) not in _SUBJECT_OPENERS and doc[i].text not in _STOPS:
                i += 1
            continue
        if token.text == "," or token.pos_ == "ADV" and token.is_lower:
            i += 1
            continue
        break
    if i >= limit:
        return None
    token = doc[i]
    opens = fold_apostrophes(token.lower_) in _SUBJECT_OPENERS or token.text[:1].isupper() and token.is_alpha
    return i if opens or token.like_num and i + 1 < len(doc) and doc[i + 1].text == "%" else None  # "99 % Médias"


def _filler(doc: Doc, i: int, limit: int) -> int:
    """Where the filler word or locution opening at ``i`` ends ("ainsi", "de son côté"); ``i`` when none does."""
    for entry in rule_set("incise_fillers.txt"):
        words = entry.split()
        if i + len(words) <= limit and all(fold_apostrophes(doc[i + k].lower_) == w for k, w in enumerate(words)):
            return i + len(words)
    return i
