"""The people a quotation names: "« Monsieur X, vous n'avez pas le monopole de l'Europe »" is not X's.

A quotation with no source of its own goes on with the speaker just quoted (speaker_salience.py). When that speaker
is someone the quotation itself names ("Monsieur X", "blanc-seing à Paul X"), the quotation speaks to or about
them: people do not name themselves by their surname in what they say, so the chain skips them.
"""
from __future__ import annotations

import re

from veille.extract.cast import Cast
from veille.extract.person_key import fold_name


def named_in(cast: Cast, quoted: str) -> frozenset[str]:
    """The names of the cast people whose surname the quotation ``quoted`` writes, capitalised."""
    words = {fold_name(w) for w in re.findall(r"\w[\w-]*", quoted) if w[:1].isupper()}
    return frozenset(person.name for person in cast.people if set(fold_name(person.name).split()[-1:]) & words)
