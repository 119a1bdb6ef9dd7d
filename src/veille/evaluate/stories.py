"""Story scoring: predicted story ids against gold clusters, B-cubed and pairwise.

Most articles of a news week are singletons, so B-cubed alone flatters (every article alone
already scores high, which is why the all-singletons baseline is reported beside it);
pairwise precision/recall/F1 counts only the pairs of articles put together, the hard figure.
Both are computed over the gold's articles: an article the prediction lacks counts as its own
singleton, so a pipeline that rejects a page is scored as having left it alone.
"""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path


@dataclass(frozen=True, slots=True)
class Figures:
    precision: float
    recall: float

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float]:
        return {"precision": round(self.precision, 4), "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass(frozen=True, slots=True)
class StoryScores:
    articles: int
    gold_stories: int
    predicted_stories: int
    bcubed: Figures
    pairwise: Figures
    singletons_bcubed: Figures
    """All articles alone: the baseline B-cubed is read against."""

    def as_dict(self) -> dict[str, object]:
        return {"articles": self.articles, "gold_stories": self.gold_stories,
                "predicted_stories": self.predicted_stories, "bcubed": self.bcubed.as_dict(),
                "pairwise": self.pairwise.as_dict(), "singletons_bcubed": self.singletons_bcubed.as_dict()}


def load_gold(path: str | Path) -> dict[str, str]:
    """Article id -> gold story, from lines ``{"story": ..., "doc_ids": [...]}``; an id twice is an error."""
    gold: dict[str, str] = {}
    for number, line in enumerate(Path(path).read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        row = json.loads(line)
        for doc in row["doc_ids"]:
            if doc in gold:
                raise ValueError(f"{path}:{number}: {doc} is already in story {gold[doc]}")
            gold[doc] = str(row["story"])
    return gold


def bcubed(pred: Mapping[str, str], gold: Mapping[str, str]) -> Figures:
    by_pred: dict[str, set[str]] = defaultdict(set)
    by_gold: dict[str, set[str]] = defaultdict(set)
    for doc, story in pred.items():
        by_pred[story].add(doc)
    for doc, story in gold.items():
        by_gold[story].add(doc)
    shared = {doc: len(by_pred[pred[doc]] & by_gold[gold[doc]]) for doc in gold}
    p = sum(shared[doc] / len(by_pred[pred[doc]]) for doc in gold) / len(gold)
    r = sum(shared[doc] / len(by_gold[gold[doc]]) for doc in gold) / len(gold)
    return Figures(p, r)


def pairwise(pred: Mapping[str, str], gold: Mapping[str, str]) -> Figures:
    predicted, expected = _pairs(pred, gold), _pairs(gold, gold)
    tp = len(predicted & expected)
    return Figures(tp / len(predicted) if predicted else 0.0, tp / len(expected) if expected else 0.0)


def _pairs(assign: Mapping[str, str], docs: Mapping[str, str]) -> set[tuple[str, str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for doc in sorted(docs):
        groups[assign[doc]].append(doc)
    return {pair for members in groups.values() for pair in combinations(members, 2)}


def score_stories(predicted: Mapping[str, str | None], gold: Mapping[str, str]) -> StoryScores:
    """Scores over the gold's articles; one the prediction misses (or leaves unassigned) stands alone."""
    if not gold:
        raise ValueError("the gold holds no article")
    pred = {doc: story if (story := predicted.get(doc)) else f"\0alone:{doc}" for doc in gold}
    singletons = {doc: doc for doc in gold}
    return StoryScores(articles=len(gold), gold_stories=len(set(gold.values())),
                       predicted_stories=len(set(pred.values())), bcubed=bcubed(pred, gold),
                       pairwise=pairwise(pred, gold), singletons_bcubed=bcubed(singletons, gold))
