"""Where a "que" clause ends because the speaker's next reporting verb is joined after it ("a affirmé que le projet
était prêt, mais a reconnu que …", "a estimé que … et a fustigé le refus de …").

A content clause used to run to the end of the sentence over the second verb, which made one quote of two and kept
the second cue's own quote from being read. A finite reporting verb after "et", "mais" or "puis" (its auxiliary,
clitics and the listed adverbs allowed) is the subject's second act, whose content the second cue reads; a verb
that reports nothing ("… et a tenté de faire demi-tour") may be the content's own second predicate and is left in.
"""
from __future__ import annotations

from spacy.tokens import Span

from veille.extract.cues import ADVERBS, QuoteRules, cue_lemma

#: Conjunctions that join a second predicate of the cue's subject.
_JOINERS = frozenset({"et", "mais", "puis"})
#: Auxiliaries of a compound past, and the clitics and negation that may stand before the verb.
_BEFORE_VERB = frozenset({"a", "ont", "avait", "avaient", "aura", "auraient", "aurait", "s'", "s’", "se", "est",
                          "sont", "était", "étaient", "ne", "n'", "n’", "l'", "l’", "lui", "leur", "y", "en"})


def joined_cue(start: int, sentence: Span, rules: QuoteRules) -> int | None:
    """The conjunction, after token ``start``, that joins a finite reporting verb of the same subject, or None."""
    doc = sentence.doc
    for i in range(start, sentence.end - 2):
        if doc[i].lower_ not in _JOINERS or doc[i + 1].lower_ in ("que", "qu'", "qu’"):
            continue
        j = i + 1
        aux = False
        while j < sentence.end - 1 and (doc[j].lower_ in _BEFORE_VERB or (aux and doc[j].lower_ in ADVERBS)):
            aux = aux or doc[j].pos_ == "AUX"
            j += 1
        verb = doc[j]
        finite = aux or verb.morph.get("VerbForm") == ["Fin"]
        if verb.pos_ == "VERB" and finite and cue_lemma(verb, rules) is not None:
            return i
    return None
