"""Whether "ce policier" repeats a description the article already wrote ("les mots de ce policier de Dax").

A demonstrative role noun points back to a noun phrase, not to a name: when the same words were written earlier,
outside any speaker slot, the source is that unnamed person again, not the last person named (who may be the
one the unnamed witness talks about).
"""
from __future__ import annotations

_DEMONSTRATIVES = ("ce ", "cet ", "cette ")


def described_before(text: str, mention: str, at: int) -> bool:
    """Whether ``mention``, a demonstrative noun phrase written at ``at``, occurs earlier in ``text``."""
    low = mention.lower()
    return low.startswith(_DEMONSTRATIVES) and len(low.split()) >= 2 and text.lower().find(low, 0, at) >= 0
