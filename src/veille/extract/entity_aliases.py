"""Merge the mentions of one entity within an article and give it a stable id.

Three principled rules, nothing learned from the test set:

- same folded name (accents, case, transliteration: ``person_key.fold_name``) -> one
  entity: "GENÈVE"/"Genève", "Sergei Lavrov"/"Sergueï Lavrov";
- a person's shorter mention whose words end a fuller name -> that person: "Ryabkov"
  after "Sergueï Ryabkov" (the nearest full name before it, else the first after it);
- an acronym whose letters are the initials of a longer name's content words, or that
  follows it in brackets -> that organisation: "OTAN" and "Organisation du traité de
  l'Atlantique nord". The acronym is the canonical form then, being what other
  articles most often write.

One sense per discourse: all mentions of an entity share the label most of them got
(an all-caps mention, often a dateline or a headline, counts half).
The canonical form is the fullest mixed-case mention; ``entity_id`` is
``<label>:<folded canonical>``, so it is the same in every article.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass

from veille.article import Entity, EntityLabel
from veille.extract.person_key import fold_name, person_key

MAX_ID_CHARS = 120
_ACRONYM = re.compile(r"^[A-ZÀ-Ý]{2,7}$")
_FUNCTION_WORDS = frozenset({"de", "du", "des", "d", "la", "le", "les", "l", "et", "pour", "en", "à", "a", "au", "aux"})


@dataclass(frozen=True, slots=True)
class Mention:
    text: str
    label: str
    start: int
    end: int


def _is_all_caps(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _initials(name: str) -> str:
    words = [w for w in re.split(r"[\s'’\-]+", name) if w and fold_name(w) not in _FUNCTION_WORDS]
    return fold_name("".join(w[0] for w in words)).replace(" ", "")


class _Groups:
    """Union-find over mention indices."""

    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def _link_same_name(mentions: list[Mention], groups: _Groups) -> None:
    first_of: dict[str, int] = {}
    for i, m in enumerate(mentions):
        key = fold_name(m.text)
        if key in first_of:
            groups.union(first_of[key], i)
        else:
            first_of[key] = i


def _link_surnames(mentions: list[Mention], groups: _Groups) -> None:
    full = [(i, fold_name(m.text).split()) for i, m in enumerate(mentions) if m.label == "PER"]
    for i, m in enumerate(mentions):
        if m.label not in ("PER", "MISC"):
            continue
        words = fold_name(m.text).split()
        fuller = [j for j, w in full if len(w) > len(words) and w[-len(words):] == words]
        if len({fold_name(mentions[j].text) for j in fuller}) != 1:
            continue  # no fuller name, or several people share this surname
        before = [j for j in fuller if mentions[j].start < m.start]
        groups.union(max(before) if before else min(fuller), i)


def _link_acronyms(mentions: list[Mention], text: str, groups: _Groups) -> None:
    acronyms = {i: fold_name(m.text) for i, m in enumerate(mentions) if _ACRONYM.match(m.text)}
    for j, long in enumerate(mentions):
        if len(long.text.split()) < 2 or long.label == "PER":
            continue
        initials = _initials(long.text)
        bracketed = re.match(r"\s*\(([^()\s]{2,7})\)", text[long.end:long.end + 12])
        for i, acronym in acronyms.items():
            if acronym == initials or (bracketed and fold_name(bracketed.group(1)) == acronym):
                groups.union(i, j)


def _label_of(members: list[Mention]) -> EntityLabel:
    votes: Counter[str] = Counter()
    for m in members:
        votes[m.label] += 0.5 if _is_all_caps(m.text) else 1
    best = max(votes.values())
    return next(m.label for m in members if votes[m.label] == best)  # type: ignore[return-value]


def _canonical_of(members: list[Mention], label: str) -> str:
    acronyms = [m for m in members if _ACRONYM.match(m.text)]
    acronym_keys = {fold_name(m.text) for m in acronyms}
    if acronyms and label != "PER" and any(fold_name(m.text) not in acronym_keys for m in members):
        return acronyms[0].text
    return min(members, key=lambda m: (_is_all_caps(m.text), -len(m.text.split()), -len(m.text), m.start)).text


def entity_id(label: str, canonical: str) -> str:
    """A stable id across articles: label and transliteration-folded canonical name."""
    return f"{label.lower()}:{person_key(canonical)}"[:MAX_ID_CHARS]


def merge_aliases(mentions: list[Mention], text: str) -> list[Entity]:
    """Entities for ``mentions`` (in text order) with their canonical form and ``entity_id``."""
    groups = _Groups(len(mentions))
    _link_same_name(mentions, groups)
    _link_surnames(mentions, groups)
    _link_acronyms(mentions, text, groups)
    members: dict[int, list[Mention]] = defaultdict(list)
    for i, m in enumerate(mentions):
        members[groups.find(i)].append(m)
    resolved: dict[int, tuple[EntityLabel, str, str]] = {}
    for root, group in members.items():
        label = _label_of(group)
        canonical = _canonical_of(group, label)
        resolved[root] = (label, canonical, entity_id(label, canonical))
    entities = []
    for i, m in enumerate(mentions):
        label, canonical, eid = resolved[groups.find(i)]
        entities.append(Entity(text=m.text, label=label, start=m.start, end=m.end, canonical=canonical, entity_id=eid))
    return entities
