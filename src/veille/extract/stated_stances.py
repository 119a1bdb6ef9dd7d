"""A stance stated with "dire" or "confier": "Marine Le Pen avait dit son opposition à la réouverture", "a confié son
écoeurement au micro de RTL".

These verbs take no noun-phrase object as speech in general ("a dit son nom", "a confié les clés"), but with a noun
of stance (rules/stance_nouns.txt) behind a possessive or partitive determiner the object is the opinion the source
voiced, which the annotators count as a quote, like "a dénoncé un manque de vision".
"""
from __future__ import annotations

from spacy.tokens import Span

from veille.extract.entity_rules import rule_set
from veille.extract.object_leads import object_start

#: The verbs whose object reports only when it is a stance.
_STANCE_VERBS = frozenset({"dire", "confier"})
#: Determiners a stated stance opens with: the source's own ("son opposition") or a partitive ("des regrets").
_DETERMINERS = frozenset({"son", "sa", "ses", "leur", "leurs", "des", "de", "d'", "d’", "une", "un"})
#: A quotation mark may stand between the determiner and the noun ("des « regrets »").
_MARKS = frozenset({"«", "»", '"', "“", "”"})


def stated_stance(lemma: str, group: Span, content: int, sentence: Span) -> bool:
    """Whether the object after ``content`` is a stance the source stated with one of the stance verbs, conjugated:
    a gerund or an infinitive ("les femmes disant leur fatigue", "s'ils avaient pu dire leurs regrets") tells a
    finding or a hypothesis more often than a statement."""
    verb = group[-1]
    if lemma not in _STANCE_VERBS or verb.lower_.endswith("ant") or verb.lower_ in _STANCE_VERBS:
        return False
    doc, start = sentence.doc, object_start(content, sentence)
    words = [t for t in doc[start: min(start + 4, sentence.end)] if t.text not in _MARKS]
    return len(words) >= 2 and words[0].lower_ in _DETERMINERS and words[1].lower_ in rule_set("stance_nouns.txt")
