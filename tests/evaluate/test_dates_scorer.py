from __future__ import annotations

import pytest

from veille.evaluate.dates import DateScores, DateSpan


def test_an_overlapping_span_finds_the_date_and_the_value_is_judged_apart() -> None:
    scores = DateScores()
    scores.add([DateSpan(10, 15, "2020-03-03"), DateSpan(40, 48, "2020-03")],
               [DateSpan(10, 20, "2020-03-03"), DateSpan(42, 48, "2020-03-31")])
    assert (scores.found, scores.valued) == (2, 1)
    assert scores.f1 == 1.0 and scores.value_accuracy == 0.5 and scores.end_to_end == 0.5


def test_a_prediction_finds_one_gold_date_only() -> None:
    scores = DateScores()
    scores.add([DateSpan(0, 5, "2021"), DateSpan(6, 12, "2022")], [DateSpan(0, 12, "2021")])
    assert scores.found == 1 and scores.recall == 0.5 and scores.precision == 1.0


def test_missed_and_spurious_dates_lower_recall_and_precision() -> None:
    scores = DateScores()
    scores.add([DateSpan(0, 5, "2021")], [DateSpan(30, 35, "2019-01-01")])
    scores.add([], [DateSpan(0, 4, None)])
    assert (scores.gold, scores.predicted, scores.found) == (1, 2, 0)
    assert scores.f1 == 0.0 and scores.value_accuracy == 0.0
    assert scores.as_dict()["precision"] == pytest.approx(0.0)
