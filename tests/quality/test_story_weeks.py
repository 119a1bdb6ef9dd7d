"""Quality gate: stories on eleven more OrangeSum weeks that we annotated ourselves, figures printed per week.

The dev week (test_story_clusters.py) is the one the linker's rules were built on, so it flatters.
The gold here (tests/fixtures/gold/orangesum_weeks.jsonl) is ours: ten weeks of 2017–2019 and two dense days of
May 2020, each grouped into stories by a person working blind (no clustering tool, veille unseen) by
../shared/gold/story_guidelines.md and the dev week's notes. It holds ids only; the texts stay in
../shared (heading, a blank line, then the body). Each week was held out when it was annotated and
became work data once scored, so these figures are what the linker does on weeks of ordinary news,
not a fresh held-out measure; the closing notes give those.

Floors are pinned a little below what was measured, so that a change that loses stories on the
weeks shows here, while the issue's target (pairwise F1 >= 0.75 on a held-out week) is the goal.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

from veille.evaluate.stories import score_stories
from veille.serve.cli.evaluate import ingest_stories

pytestmark = [pytest.mark.quality, pytest.mark.model, pytest.mark.slow]

GOLD = Path(__file__).resolve().parent.parent / "fixtures" / "gold" / "orangesum_weeks.jsonl"
#: Mean over the weeks of pairwise F1, and the lowest B-cubed F1 any week may have.
FLOORS = {"mean_pairwise_f1": 0.65, "bcubed_f1": 0.91}


def _weeks() -> dict[str, dict[str, str]]:
    weeks: dict[str, dict[str, str]] = defaultdict(dict)
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        weeks[row["week"]].update(dict.fromkeys(row["doc_ids"], row["story"]))
    return dict(weeks)


def _input_row(key: str, record: dict) -> dict[str, str]:
    """The form the weeks were annotated in: the heading, a blank line, then the body."""
    text = "\n\n".join(part for part in (record.get("heading"), record.get("article")) if part)
    return {"id": key, "title": record.get("title") or "", "text": text, "published": record["published_time"],
            "url": record.get("url") or "", "section": record.get("section") or ""}


def test_stories_hold_on_our_annotated_weeks(orangesum_records: Callable[[set[str]], dict[str, dict]],
                                            tmp_path: Path) -> None:
    weeks = _weeks()
    records = orangesum_records({doc for gold in weeks.values() for doc in gold})
    articles = {key: _input_row(key, record) for key, record in records.items()}
    assert len(weeks) == 11 and len(articles) == sum(len(gold) for gold in weeks.values()) == 1619
    figures = {}
    for week, gold in weeks.items():
        path = tmp_path / f"week{week}.jsonl"
        rows = sorted((articles[doc] for doc in gold), key=lambda a: (a["published"], a["id"]))
        path.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows), encoding="utf-8")
        linked = ingest_stories(str(path), batch_size=64)
        figures[week] = score_stories({doc: story for doc, (story, _) in linked.items()}, gold).as_dict()
    mean_pairwise = sum(f["pairwise"]["f1"] for f in figures.values()) / len(figures)
    for week, f in figures.items():
        print(week, f["articles"], "articles", "pairwise", f["pairwise"], "B-cubed", f["bcubed"])
    print("mean pairwise F1", round(mean_pairwise, 3))
    assert mean_pairwise >= FLOORS["mean_pairwise_f1"]
    assert min(f["bcubed"]["f1"] for f in figures.values()) >= FLOORS["bcubed_f1"]
