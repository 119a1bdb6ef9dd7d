"""How much of a person entity is the name: where the NER ran a name into the words after it.

"précise Julien au Figaro", "a dit Marie à l'AFP": a name holds "de", "du", "von" ("Charles de Gaulle") but never
these prepositions; "la procureure Maryvonne X mercredi": it ends on a capitalised word, never on a lower-case word
of its own (but "Chung Eui-yong" ends on a part of a word).
"""
from __future__ import annotations

from spacy.tokens import Span

_NOT_IN_NAMES = frozenset({"au", "aux", "à", "chez", "dans", "sur", "pour", "avec"})


def name_length(ent: Span) -> int:
    """How many of the entity's first tokens are the name (at least one)."""
    length = next((k for k, t in enumerate(ent) if t.text in _NOT_IN_NAMES), len(ent))  # "Pierre-Olivier Sur" is whole
    while length > 1 and ent[length - 1].is_alpha and ent[length - 1].text[:1].islower() and ent[length - 2].whitespace_:
        length -= 1
    return length
