"""A cue set off after a sentence's opening connector ("Ainsi, note X, analyste, tout accord risque …", "Mais,
explique-t-elle, rien n'est joué"): the connector is no content, the clause after the incise is.

The incise reader takes the words before the cue's comma for what was said, which is right for "Le projet avance,
a dit X" and for a clause the incise interrupts ("Le suspect, a indiqué la police, a été interpellé"); after a lone
connector it kept only "Ainsi". The content then starts after the inverted subject and its apposition: at the last
comma before the first verb that follows the subject, not counting participles (the tagger may miss the finite
verb, "tout accord risque de se heurter", but not the infinitive after it).
"""
from __future__ import annotations

from spacy.tokens import Span


def content_after_incise(previous: int, subject_end: int, sentence: Span, connectors: frozenset[str]) -> int | None:
    """The token where the content starts when only connectors stand before the comma at ``previous`` and a verb
    follows the incise whose subject ends at ``subject_end``; else None."""
    doc = sentence.doc
    if previous <= sentence.start or not all(t.lower_ in connectors for t in doc[sentence.start: previous]):
        return None
    verb = next((t.i for t in doc[subject_end: sentence.end]  # a participle may be the apposition's ("élu en …")
                 if t.pos_ in ("VERB", "AUX") and t.morph.get("VerbForm") != ["Part"]), None)
    if verb is None:
        return None
    comma = max((t.i for t in doc[subject_end: verb] if t.text == ","), default=None)
    return comma + 1 if comma is not None and comma + 1 < verb else None
