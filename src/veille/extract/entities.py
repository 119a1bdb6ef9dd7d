"""Named entities of an article: spaCy's French NER, cleaned, merged, and their people's roles.

The model (``fr_core_news_md``) proposes spans; ``entity_names`` cleans each one,
``entity_roles`` reads the role the text gives a person next to the name, and
``entity_aliases`` merges the mentions of one entity and gives it a stable id.
``read_entities`` does it all once; ``find_entities`` and ``find_roles`` are its two
halves for callers that want only one.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc

from veille.article import Entity
from veille.extract.entity_aliases import Mention, merge_aliases
from veille.extract.entity_names import bracketed_spans, clean_span
from veille.extract.entity_roles import role_after, role_before

MAX_ENTITIES = 2_000
"""An article with more NER spans than this is garbage or a directory page; the rest is ignored."""


@dataclass(slots=True)
class EntityReading:
    """Entities in text order, and each person's roles (canonical name -> roles as written)."""

    entities: list[Entity] = field(default_factory=list)
    roles: dict[str, list[str]] = field(default_factory=dict)


def read_entities(doc: Doc, text: str | None = None) -> EntityReading:
    """Clean the Doc's NER spans into entities, merge aliases, collect the roles of people.

    ``text`` is ``doc.text`` when the caller already has it: spaCy rebuilds that string from the tokens on every read.
    """
    text = doc.text if text is None else text
    residue = bracketed_spans(text)
    mentions: list[Mention] = []
    mention_roles: list[list[str]] = []
    for ent in doc.ents[:MAX_ENTITIES]:
        name = clean_span(doc, text, ent.start_char, ent.end_char, ent.label_, residue=residue)
        if name is None:
            continue
        mentions.append(Mention(text[name.start:name.end], name.label, name.start, name.end))
        roles = [name.role] if name.role else []
        if name.label == "PER":
            roles += [r for r in (role_before(doc, name.start), role_after(doc, name.end)) if r]
        mention_roles.append(roles)
    entities = merge_aliases(mentions, text)
    roles: dict[str, list[str]] = {}
    for entity, found in zip(entities, mention_roles):
        if entity.label != "PER" or entity.canonical is None:
            continue
        known = roles.setdefault(entity.canonical, [])
        known.extend(r for r in found if r not in known)
    return EntityReading(entities=entities, roles={name: r for name, r in roles.items() if r})


def find_entities(doc: Doc, text: str | None = None) -> list[Entity]:
    """Named entities (PER, ORG, LOC, MISC) with clean text, offsets into ``doc.text``, canonical, id."""
    return read_entities(doc, text).entities


def find_roles(doc: Doc) -> dict[str, list[str]]:
    """Canonical person name -> the roles the article gives that person, in order, as written.

    "le vice-ministre des Affaires étrangères Sergueï Ryabkov" gives
    ``{"Sergueï Ryabkov": ["vice-ministre des Affaires étrangères"]}``. Honorifics
    ("M.", "Mme", "Me") count as roles: they carry gender and, for "Me", a profession,
    which is what speaker resolution needs from "il", "elle" or "l'avocat".
    """
    return read_entities(doc).roles
