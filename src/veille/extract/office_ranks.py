"""Ranks that make a role noun another office: "le Premier ministre" heads the government, "le ministre de
l'Intérieur" sits in it, so an article that names the one does not name the other (``rules/office_ranks.txt``).

The rank counts as a qualifier of the role, as "de l'Oise" does for "le député" (cast.qualifier_words): a mention
and an introduction that both qualify "ministre", with no qualifier in common, are two people.
"""
from __future__ import annotations

from spacy.tokens import Token

from veille.extract.entity_rules import fold_apostrophes, role_words, rule_set
from veille.extract.person_key import fold_name


def rank_before(tokens: list[Token], role: int) -> set[str]:
    """ "le Premier ministre" → {"premier"}: the folded rank word at ``role`` when a role noun follows it ("premier"
    alone, "le Premier britannique", is the role itself)."""
    if role + 1 >= len(tokens) or tokens[role].lower_ not in rule_set("office_ranks.txt") \
            or fold_apostrophes(tokens[role + 1].lower_) not in role_words():
        return set()
    return {fold_name(tokens[role].text)}
