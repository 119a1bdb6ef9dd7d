"""Quality gate: the seeds' 11 quotes, with their speakers, and nothing else (../shared/gold/seeds.json).

The seed pages go through the cleaning stages first (the body veille would really read);
the store-bound stages (IndexedStage) are left out since no store is open here.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from veille.article import Article, RawPage
from veille.extract.nlp import NlpExtractor
from veille.pipeline import Pipeline
from veille.registry import DEFAULT_STAGES, build_stages
from veille.stage import IndexedStage

pytestmark = [pytest.mark.quality, pytest.mark.model]


@pytest.fixture(scope="module")
def seeds(shared_dir: Path) -> tuple[dict, list[Article]]:
    gold = json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))
    pages = [
        Article(source_id=doc["file"], raw=RawPage(format="dump", content=(shared_dir / doc["file"]).read_text(encoding="utf-8")))
        for doc in gold["documents"]
    ]
    stages = [s for s in build_stages(DEFAULT_STAGES) if not isinstance(s, IndexedStage)] + [NlpExtractor()]
    articles, funnel = Pipeline(stages).run(pages)
    assert not funnel.failures, funnel.failures
    return gold, articles


def test_seed_quotes_are_the_gold_quotes_with_their_speakers(seeds) -> None:
    gold, articles = seeds
    for doc, article in zip(gold["documents"], articles, strict=True):
        assert doc["body_first_words"] in article.text
        got = [(q.type, q.speaker) for q in article.quotes]
        print(doc["file"], got)
        assert len(article.quotes) == len(doc["quotes"])
        for expected, quote in zip(doc["quotes"], article.quotes, strict=True):
            assert quote.speaker == expected["speaker"]
            expected_words = set(expected["text"].split())
            assert len(expected_words & set(quote.text.split())) > 0.8 * len(expected_words)
            assert article.text[quote.start: quote.end] == quote.text


def test_seed_speakers_have_one_id_each_and_the_gold_counts(seeds) -> None:
    gold, articles = seeds
    counts = Counter(q.speaker for a in articles for q in a.quotes)
    assert dict(counts) == gold["across_documents"]["speakers"]
    assert len({q.speaker_id for a in articles for q in a.quotes}) == 2
