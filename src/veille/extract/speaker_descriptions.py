"""Whether "ce policier" repeats a description the article already wrote ("les mots de ce policier de Dax").

A demonstrative role noun points back to a noun phrase, not to a name: when the same words were written earlier,
outside any speaker slot, the source is that unnamed person again, not the last person named (who may be the
one the unnamed witness talks about).
A demonstrative role noun alone ("cet expert") after "cet expert néerlandais, Paul X" is Paul X: that reading is
apposed_descriptions.py's, which reads the introduction in the text rather than the cast's roles.
"""
from __future__ import annotations

import re

_DEMONSTRATIVES = ("ce ", "cet ", "cette ")
#: The rest of a noun phrase, then a comma and a capitalised name: "(cet expert) néerlandais, Paul X".
_APPOSED_NAME = re.compile(r"[^,.;:!?«»\"()]{0,40}, [A-ZÀ-Ý][\w-]+[ -][A-ZÀ-Ý]")


def described_before(text: str, mention: str, at: int) -> bool:
    """Whether ``mention``, a demonstrative noun phrase written at ``at``, occurs earlier in ``text``, unnamed: not
    where a name was apposed to it ("a raconté cet expert néerlandais, Paul X."), which makes it that person's."""
    low = mention.lower()
    if not low.startswith(_DEMONSTRATIVES) or len(low.split()) < 2:
        return False
    folded = text.lower()
    position = folded.find(low, 0, at)
    while position >= 0:
        if not _APPOSED_NAME.match(text, position + len(low)):
            return True
        position = folded.find(low, position + 1, at)
    return False
