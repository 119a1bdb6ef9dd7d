"""The two seed pages through the whole clean stage list, against shared/gold/seeds.json."""
from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from veille.article import Article
from veille.identity import identify
from veille.pipeline import Pipeline
from veille.registry import DEFAULT_STAGES, build_stages
from veille.source import read_inputs
from veille.stage import IndexedStage
from veille.store.sqlite import SqliteStore


def _fold(line: str) -> str:
    """The gold keeps the seeds' no-break spaces; repair makes them plain spaces."""
    return " ".join(line.split())


@pytest.fixture(scope="module")
def gold(shared_dir: Path) -> list[dict[str, Any]]:
    return json.loads((shared_dir / "gold" / "seeds.json").read_text(encoding="utf-8"))["documents"]


@pytest.fixture(scope="module")
def cleaned(shared_dir: Path, gold: list[dict[str, Any]], tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Article]]:
    paths = [str(shared_dir / doc["file"]) for doc in gold]
    articles = [identify(item) for item in read_inputs(paths)]
    assert all(isinstance(a, Article) for a in articles)
    with SqliteStore(tmp_path_factory.mktemp("seeds") / "veille.db") as store:
        stages = build_stages(DEFAULT_STAGES)
        for stage in stages:
            if isinstance(stage, IndexedStage):
                stage.bind(store)
        done, funnel = Pipeline(stages).run(articles)
        assert funnel.failed == 0 and not funnel.rejected, funnel.as_dict()
        yield {Path(a.source_id).name: a for a in done}


@pytest.fixture(params=[0, 1], ids=["seed000", "seed004"])
def pair(request: pytest.FixtureRequest, gold: list[dict[str, Any]], cleaned: dict[str, Article]) -> tuple[dict[str, Any], Article]:
    doc = gold[request.param]
    return doc, cleaned[Path(doc["file"]).name]


def test_seed_header_fields_match_gold(pair: tuple[dict[str, Any], Article]) -> None:
    doc, article = pair
    assert article.title == doc["title"]
    assert article.section == doc["section"]
    assert article.site == doc.get("site")


def test_seed_dateline_published_and_lang_match_gold(pair: tuple[dict[str, Any], Article]) -> None:
    doc, article = pair
    assert article.dateline is not None
    assert {"raw": article.dateline.raw, "place": article.dateline.place, "agency": article.dateline.agency,
            "date": article.dateline.date} == doc["dateline"]
    assert article.published == doc["published"]
    assert article.lang == doc["lang"]


def test_seed_body_starts_and_ends_as_gold_says(pair: tuple[dict[str, Any], Article]) -> None:
    doc, article = pair
    assert article.text.startswith(doc["body_first_words"])
    assert article.text.endswith(doc["body_last_words"])
    assert doc["dateline"]["raw"] not in article.text


def test_seed_boilerplate_lines_match_gold_in_order(pair: tuple[dict[str, Any], Article]) -> None:
    doc, article = pair
    assert [_fold(line) for line in article.boilerplate] == [_fold(line) for line in doc["boilerplate_lines"]]
    for line in article.boilerplate:
        assert line not in article.text.split("\n")


def test_seed_flags_match_gold(pair: tuple[dict[str, Any], Article]) -> None:
    doc, article = pair
    assert list(article.flags.mt_residue) == doc.get("machine_translation_residue", [])
    assert list(article.flags.damaged) == doc.get("damaged_characters", [])
    assert article.flags.damaged_chars == article.text.count("\ufffd")


def test_seed_gold_quotes_are_verbatim_in_the_clean_text(pair: tuple[dict[str, Any], Article]) -> None:
    doc, article = pair
    for quote in doc["quotes"]:
        assert quote["text"] in article.text
