"""Who "nos confrères" are: the news outlet the article is relaying, not the person it last named.

A news site that rewrites another outlet's story calls that outlet "nos confrères" ("…, expliquent nos confrères",
"selon nos confrères") once it has named it ("rapporte RTL", "Selon la radio, …"). The phrase has no determiner
the resolver knows and no role noun, so it used to fall to the most recent person, often the story's subject.
"""
from __future__ import annotations

from veille.extract.cast import Cast

#: The possessive and noun ("nos confrères", "notre consœur"); the rest of the mention is an outlet when present.
_COLLEAGUES = frozenset({("nos", "confrères"), ("notre", "confrère"), ("nos", "consœurs"), ("notre", "consœur")})


def colleagues_outlet(words: list[str], cast: Cast, at: int) -> str | None:
    """The outlet "nos confrères" (``words``, the mention folded to lower case, written at ``at``) stands for: the
    latest one named before it; None for any other mention, and when no outlet precedes it (the phrase alone then
    names no source the article gives). "nos confrères du Parisien" names its outlet and is left to the caller."""
    if tuple(words[:2]) not in _COLLEAGUES or len(words) > 2:
        return None
    return cast.organisation("média", at)
