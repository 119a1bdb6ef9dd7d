"""The party an "on" speaks for when the sentence opens on it: "Du côté de la préfecture, on assure que …", "Chez
Renault, on explique que …", "À Matignon, on indique que …".

French puts an institution's voice so, with the place it speaks from fronted and closed by a comma, and "on" as
the subject of the verb of saying; the fronted phrase is the source, as the place after an inverted "explique-t-on
chez Renault" is (speakers.py). Only phrases that name a party: "du côté de", "chez", "au sein de", "dans
l'entourage de", and "à"/"au" before an organisation; not a time ("Au début de la crise, on a …"), nor a document
("Dans un communiqué, on …").
"""
from __future__ import annotations

from spacy.tokens import Doc

from veille.extract.cues import QuoteRules
from veille.extract.entity_rules import fold_apostrophes, rule_set
from veille.extract.word_classes import DEFINITE, OF

#: Fronted phrases whose complement is a party, as folded words before the noun phrase.
_PARTY_PHRASES = (("du", "côté", "de"), ("du", "côté", "du"), ("du", "côté", "des"), ("au", "sein", "de"),
                  ("au", "sein", "du"), ("au", "sein", "des"), ("chez",))
_TO = frozenset({"à", "au", "aux"})


def fronted_venue(doc: Doc, at: int, rules: QuoteRules) -> str | None:
    """The noun phrase a sentence opens on before ", on …", when it names who "on" is; ``at`` is where "on" is."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or span.start < 2 or doc[span.start - 1].text != ",":
        return None
    sentence = doc[span.start].sent
    words = [fold_apostrophes(t.lower_) for t in doc[sentence.start: span.start - 1]]
    start = next((len(p) for p in _PARTY_PHRASES if tuple(words[:len(p)]) == p), None)
    if start is None and words[:3] == ["dans", "l'", "entourage"] and len(words) > 4:
        start = 1  # "Dans l'entourage du ministre, on assure": the entourage speaks
    if start is None and words[:1] and words[0] in _TO and len(words) > 1:
        start = 1  # "À Matignon, on indique", "Au ministère, on précise": only an organisation (below)
        phrase = doc[sentence.start + start: span.start - 1]
        head = next((t for t in phrase if t.is_alpha and fold_apostrophes(t.lower_) not in DEFINITE), None)
        if head is None or not (head.ent_type_ == "ORG" or head.lower_ in rules.institution_nouns):
            return None
    if start is None or start >= len(words):
        return None
    phrase = doc[sentence.start + start: span.start - 1]
    head = next((t for t in phrase if t.is_alpha and fold_apostrophes(t.lower_) not in DEFINITE | OF), None)
    if head is None or head.lower_ in rules.document_nouns or head.lower_ in rule_set("time_nouns.txt"):
        return None
    return phrase.text
