from __future__ import annotations

import json
from pathlib import Path

import pytest

from veille.evaluate.stories import bcubed, load_gold, pairwise, score_stories


def test_a_perfect_prediction_scores_one_whatever_the_story_names() -> None:
    gold = {"a": "g1", "b": "g1", "c": "g2"}
    scores = score_stories({"a": "x", "b": "x", "c": "y"}, gold)
    assert (scores.bcubed.f1, scores.pairwise.f1) == (1.0, 1.0)
    assert (scores.gold_stories, scores.predicted_stories) == (2, 2)


def test_bcubed_and_pairwise_on_a_wrong_merge_and_a_missed_pair() -> None:
    gold = {"a": "g1", "b": "g1", "c": "g2"}
    pred = {"a": "x", "b": "y", "c": "y"}  # a and b split, b and c merged
    assert pairwise(pred, gold).precision == 0.0 and pairwise(pred, gold).recall == 0.0
    b3 = bcubed(pred, gold)
    assert b3.precision == pytest.approx(2 / 3) and b3.recall == pytest.approx(2 / 3)


def test_pairwise_counts_pairs_not_articles() -> None:
    gold = {"a": "g", "b": "g", "c": "g", "d": "h"}
    pred = {"a": "x", "b": "x", "c": "y", "d": "y"}  # one of the three gold pairs, one wrong pair
    figures = pairwise(pred, gold)
    assert figures.precision == pytest.approx(1 / 2) and figures.recall == pytest.approx(1 / 3)
    assert figures.f1 == pytest.approx(0.4)


def test_an_article_missing_from_the_prediction_stands_alone() -> None:
    gold = {"a": "g", "b": "g"}
    scores = score_stories({"a": "x", "b": None}, gold)
    assert scores.pairwise.recall == 0.0 and scores.predicted_stories == 2
    assert score_stories({"a": "x"}, gold).bcubed == scores.bcubed


def test_the_all_singletons_baseline_has_full_precision() -> None:
    gold = {"a": "g", "b": "g", "c": "h"}
    baseline = score_stories({"a": "x", "b": "x", "c": "y"}, gold).singletons_bcubed
    assert baseline.precision == 1.0 and baseline.recall == pytest.approx((0.5 + 0.5 + 1) / 3)


def test_load_gold_reads_story_lines_and_refuses_an_article_in_two_stories(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    lines = [{"story": "s1", "doc_ids": ["a", "b"]}, {"story": "s2", "doc_ids": ["c"]}]
    path.write_text("\n\n".join(json.dumps(line) for line in lines) + "\n")
    assert load_gold(path) == {"a": "s1", "b": "s1", "c": "s2"}
    path.write_text(json.dumps({"story": "s1", "doc_ids": ["a"]}) + "\n" + json.dumps({"story": "s2", "doc_ids": ["a"]}) + "\n")
    with pytest.raises(ValueError, match="already in story s1"):
        load_gold(path)
