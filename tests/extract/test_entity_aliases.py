"""Merging the mentions of one entity within an article."""
from __future__ import annotations

from veille.extract.entity_aliases import Mention, entity_id, merge_aliases


def _mentions(text: str, names: list[tuple[str, str]]) -> list[Mention]:
    found, cursor = [], 0
    for name, label in names:
        start = text.index(name, cursor)
        cursor = start + len(name)
        found.append(Mention(name, label, start, cursor))
    return found


def test_merge_aliases_leaves_a_surname_shared_by_two_people_alone() -> None:
    text = "Joe Biden et Hunter Biden. Biden a parlé."
    entities = merge_aliases(_mentions(text, [("Joe Biden", "PER"), ("Hunter Biden", "PER"), ("Biden", "PER")]), text)
    assert [e.canonical for e in entities] == ["Joe Biden", "Hunter Biden", "Biden"]


def test_merge_aliases_links_an_acronym_given_in_brackets() -> None:
    text = "La Conférence des Nations unies sur le commerce (Cnuced) publie. La CNUCED alerte."
    mentions = _mentions(text, [("Conférence des Nations unies sur le commerce", "ORG"), ("CNUCED", "ORG")])
    assert {e.canonical for e in merge_aliases(mentions, text)} == {"CNUCED"}


def test_merge_aliases_does_not_link_an_acronym_with_other_initials() -> None:
    text = "Le Fonds monétaire international et l'OTAN."
    entities = merge_aliases(_mentions(text, [("Fonds monétaire international", "ORG"), ("OTAN", "ORG")]), text)
    assert len({e.entity_id for e in entities}) == 2


def test_entity_id_folds_case_accents_and_transliteration_but_keeps_the_label() -> None:
    assert entity_id("PER", "Sergueï Riabkov") == entity_id("PER", "SERGEI RYABKOV")
    assert entity_id("LOC", "Genève") == entity_id("LOC", "GENEVE") != entity_id("ORG", "Genève")
