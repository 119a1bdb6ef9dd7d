"""The source a quotation's own opening names: "Selon son avocat, Paul X, les juges estiment que …", "Pour la
présidente du groupe, Amélie X, « … », a-t-elle tweeté".

When the quote reader starts a quotation on its "Selon X," or "Pour X," the speaker mention it finds is a pronoun
further on ("selon lui", "a-t-elle tweeté") or a description, and these go to the speaker in focus, the previous
source. The person the opening names is the one the pronoun stands for, so speakers.py reads that name first.
"""
from __future__ import annotations

from spacy.tokens import Doc

from veille.extract.entity_rules import fold_apostrophes
from veille.extract.mentions import scan_right

#: Words opening an attribution before the clause it attributes ("Selon X, …", "Pour X, …", "D'après X, …").
_OPENERS = frozenset({"selon", "pour", "d'après"})


def opening_source(doc: Doc, start: int, end: int) -> str | None:
    """The phrase naming a person after "Selon", "Pour" or "D'après" that opens the quotation spanning ``start``-``end``
    (characters), closed by a comma; None when the quotation opens otherwise or the phrase names no person
    ("Pour le défilé mardi, …", "Selon la radio, …")."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) < 4:
        return None
    first, i = span[0], span.start + 1
    opener = fold_apostrophes(first.lower_)
    if opener == "d'" and doc[i].lower_ == "après":
        opener, i = "d'après", i + 1
    if opener not in _OPENERS:
        return None
    found = scan_right(doc, i, span.end)
    if found is None or found[1] >= span.end or doc[found[1]].text != ",":
        return None
    phrase = doc[found[0]: found[1]]
    if not any(t.ent_type_ == "PER" and t.text[:1].isupper() for t in phrase):
        return None
    return phrase.text
