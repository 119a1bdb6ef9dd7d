"""Who "son récit", "selon ses explications" or "d'après leurs déclarations" stands for: the possessor.

A possessive before a noun for what was said or written makes the owner the source; the noun phrase itself is
no speaker, and left as written it would become the unnamed group a later "elles" takes up. "son"/"sa"/"ses"
point to one person, "leur"/"leurs" to a group.
"""
from __future__ import annotations

from veille.extract.entity_rules import rule_set

_ONE_OWNER = frozenset({"son", "sa", "ses"})
_GROUP_OWNER = frozenset({"leur", "leurs"})


def possessor_kind(words: list[str], document_nouns: frozenset[str]) -> str | None:
    """ "one" for "ses explications", "group" for "leurs propos", None for any other mention (``words`` lower-cased;
    "ses proches" or "son entourage" are people, not something said)."""
    if len(words) != 2 or words[1] not in document_nouns | rule_set("utterance_nouns.txt"):
        return None
    if words[0] in _ONE_OWNER:
        return "one"
    return "group" if words[0] in _GROUP_OWNER else None
