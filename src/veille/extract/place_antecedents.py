"""Whom "qui" takes up after a place or body ending a person's description: the person.

"Julie X, directrice de l'école des Tilleuls près de Rennes, qui reconnaît que « … »": the word right before "qui" is
Rennes, but a place or an institution after "de" or "à" only completes the description (where she works, which
département she represents); the relative clause, and the quotation it introduces, are the person's. A place does not
speak, so naming it as the source is always wrong; the person the description is apposed to is who spoke.
"""
from __future__ import annotations

from spacy.tokens import Doc, Span

from veille.extract.word_classes import DEFINITE, OF, TO

#: Labels of a name that only completes a description after "de"/"à": places, institutions, works.
_COMPLEMENT_LABELS = frozenset({"LOC", "ORG", "MISC"})  # "à Pomerol": the tagger gives places MISC too
#: How many words the description (from the comma after the name to "qui") may hold.
_MAX_DESCRIPTION = 24
#: Prepositions of place before a name that completes a description: "dans le Missouri", "en Bretagne".
_IN = frozenset({"dans", "en"})


def described_person(doc: Doc, start: int, floor: int) -> tuple[int, int] | None:
    """The span of the person whose apposed description ends with the place or body starting at ``start`` ("X,
    députée de l'Yonne, qui"; "X, professeure à l'université Y, dans le Missouri, qui"; "X du laboratoire Y à
    Pomerol, qui"), from ``floor`` on; None when the name there is not such a complement or no person's name opens
    the description, after a comma or right before its "de"."""
    entity = _entity_at(doc, start)
    if entity is None or entity.label_ not in _COMPLEMENT_LABELS or not _after_preposition(doc, entity.start):
        return None
    k = entity.start - 1
    while k > floor and entity.start - k <= _MAX_DESCRIPTION:
        if doc[k].text == "," and doc[k - 1].ent_type_ == "PER" or doc[k].ent_type_ == "PER" and doc[k + 1].lower_ in OF:
            break  # "X, professeure …", "X du laboratoire …"
        finite = doc[k].pos_ in ("VERB", "AUX") and doc[k].morph.get("VerbForm") != ["Part"]  # "élu", "députée": nouns
        if finite or doc[k].is_punct and doc[k].text not in ",&" or doc[k].lower_ in ("qui", "que", "qu'", "qu’", "dont"):
            return None  # a clause or another phrase, not one description
        k -= 1
    if k <= floor or entity.start - k > _MAX_DESCRIPTION:
        return None
    end = k if doc[k].text == "," else k + 1
    name_start = end - 1
    while name_start > floor and doc[name_start].ent_iob_ == "I":
        name_start -= 1
    return name_start, end


def _entity_at(doc: Doc, i: int) -> Span | None:
    """The named entity covering token ``i``, if any."""
    return next((e for e in doc.ents if e.start <= i < e.end), None)


def _after_preposition(doc: Doc, i: int) -> bool:
    """ "de l'Yonne", "près d'Oslo", "à l'Inserm", "dans le Missouri": the name at ``i`` (or its own first word) follows
    "de", "à", "dans" or "en"."""
    if doc[i].lower_ in OF | TO:
        return True  # the NER took the preposition into the name ("de la Sarthe")
    j = i - 1
    if j > 0 and doc[j].lower_ in DEFINITE:
        j -= 1
    return j >= 0 and doc[j].lower_ in OF | TO | _IN
