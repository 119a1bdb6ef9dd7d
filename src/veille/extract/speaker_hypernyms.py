"""Generic nouns for a person that cover specific roles: "la magistrate" for the procureure, "le parlementaire" for
the député.

A text often renames a person with a broader noun than the role that introduced them ("la procureure de Besançon X
… la magistrate a dénoncé"). Such a noun is one of the people introduced with a role it covers
(rules/role_hypernyms.txt), not whoever else the sentence before was about ("le procès de Julie X a repris à
Nancy").
"""
from __future__ import annotations

from functools import cache

from veille.extract.cast import Cast, Person
from veille.extract.entity_rules import rule_set


@cache
def _covered() -> dict[str, frozenset[str]]:
    """ "magistrat juge procureur" → {"magistrat": {"juge", "procureur"}}."""
    return {noun: frozenset(roles) for noun, *roles in (line.split() for line in rule_set("role_hypernyms.txt"))}


def covered_role_holders(cast: Cast, noun: str, at: int) -> list[Person]:
    """The people introduced before ``at`` with a role the generic noun covers: the source is one of them, chosen
    as any role is, by the speaker chain and salience."""
    holders = {p.name: p for role in _covered().get(noun, ()) for p in cast.people
               if role in p.roles and p.seen_before(at) >= 0}
    return list(holders.values())
