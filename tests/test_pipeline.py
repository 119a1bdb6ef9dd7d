from __future__ import annotations

import pytest

from veille.article import Article, RawPage
from veille.errors import PipelineError
from veille.pipeline import Pipeline, check_stage_order
from veille.stage import Reject, Stage


class Upper(Stage):
    name = "upper"
    version = 3
    requires = frozenset({"raw"})
    assigns = frozenset({"text"})

    def process(self, article: Article) -> Article:
        assert article.raw is not None
        if article.raw.content == "boom":
            raise ValueError("cannot shout")
        if not article.raw.content:
            raise Reject("empty_text")
        article.text = article.raw.content.upper()
        return article


class NeedsQuotes(Stage):
    name = "needs_quotes"
    requires = frozenset({"quotes"})


def make(content: str, source_id: str = "x") -> Article:
    return Article(source_id=source_id, raw=RawPage(format="text", content=content))


def test_pipeline_refuses_a_stage_whose_input_nothing_assigns() -> None:
    with pytest.raises(PipelineError, match="needs_quotes.*quotes"):
        check_stage_order([Upper(), NeedsQuotes()])


def test_pipeline_counts_rejects_and_failures_and_keeps_going() -> None:
    pipeline = Pipeline([Upper()])
    done, funnel = pipeline.run([make("a", "p1"), make("", "p2"), make("boom", "p3"), make("b", "p4")])
    assert [a.text for a in done] == ["A", "B"]
    assert funnel.rejected == {"empty_text": 1}
    assert [(f.where, f.reason) for f in funnel.failures] == [("p3", "upper: ValueError: cannot shout")]
    assert done[0].trace == {"upper": 3}
    assert funnel.stage_seconds["upper"] >= 0
