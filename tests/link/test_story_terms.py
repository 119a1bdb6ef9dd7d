"""A story's single member scored from the terms it shares with the article (story_terms.TermWeights.cosine_to)."""
from __future__ import annotations

import math

import pytest

from veille.link.story_terms import MemberLogs, TermWeights, cosine, log_counts


class _SharedOnly(dict):
    """A member's log counts that refuse a walk over all of them: only the shared terms may be read."""

    def items(self):  # type: ignore[override]
        raise AssertionError("every member term was read")

    def values(self):  # type: ignore[override]
        raise AssertionError("every member term was read")


def test_a_member_keeps_the_sum_of_its_squared_logs() -> None:
    member = log_counts({"tramway": 3, "limoges": 1})
    assert member.squares == pytest.approx((1 + math.log(3)) ** 2 + 1.0)


def test_one_member_is_scored_from_the_terms_it_shares_with_the_article() -> None:
    window = [frozenset({"tramway", "limoges"}), frozenset({"greve", "tramway"})]
    article = {"tramway": 2, "limoges": 1, "greve": 3}
    member_terms = {"tramway": 1, "greve": 2, **{f"terme_{n}": 1 + n % 3 for n in range(120)}}
    weights = TermWeights(article, window)
    vector = weights.vector(article)
    full = log_counts(member_terms)
    expected = cosine(vector, weights.weigh(full))
    shared_only = MemberLogs(_SharedOnly(full.logs), full.squares)
    assert weights.cosine_to(vector, shared_only) == pytest.approx(expected, rel=1e-12)
    assert 0.0 < expected < 1.0


def test_a_member_sharing_nothing_scores_zero() -> None:
    weights = TermWeights({"tramway": 1}, [frozenset({"tramway"})])
    assert weights.cosine_to(weights.vector({"tramway": 1}), log_counts({"perpignan": 2})) == 0.0
