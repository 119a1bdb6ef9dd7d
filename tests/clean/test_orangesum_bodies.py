"""Real bodies (the first 300 OrangeSum records) come out of cleaning with nothing lost.

OrangeSum bodies are prose with their paragraph breaks lost ("jeudi.Le gouvernement"):
cleaning must put the breaks back and leave every word and quotation mark where it was.
"""
from __future__ import annotations

import gzip
import json
import re
from collections.abc import Iterator
from itertools import islice
from pathlib import Path
from typing import Any

import pytest

from veille.article import Article, RawPage
from veille.clean.boilerplate import BoilerplateCleaner
from veille.clean.dateline import DatelineParser
from veille.clean.dump import DumpHeaderParser
from veille.clean.lang import LanguageIdentifier
from veille.clean.mt_residue import ResidueDetector
from veille.clean.published import PublishedDateResolver
from veille.clean.repair import TextRepairer, repair_text
from veille.pipeline import Pipeline

SAMPLE = 300
GLUED = re.compile(r"[a-zé]\.[A-Z]")
QUOTE_MARKS = re.compile(r"[\"«»“”]")


def _records(path: Path) -> Iterator[dict[str, Any]]:
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in islice(lines, SAMPLE):
            yield json.loads(line)


@pytest.fixture(scope="module")
def records(shared_dir: Path) -> list[dict[str, Any]]:
    return list(_records(shared_dir / "corpora" / "orangesum" / "orangesum_articles.jsonl.gz"))


@pytest.fixture(scope="module")
def cleaned(records: list[dict[str, Any]]) -> dict[str, Article]:
    articles = [
        Article(
            source_id=f"orangesum:{r['id']}",
            title=r["title"],
            section=r["section"],
            published=r["published_time"],
            raw=RawPage(format="text", content=r["article"] or ""),
        )
        for r in records
    ]
    stages = [
        DumpHeaderParser(), TextRepairer(), BoilerplateCleaner(), DatelineParser(), ResidueDetector(),
        LanguageIdentifier(), PublishedDateResolver(),
    ]
    done, funnel = Pipeline(stages).run(articles)
    empty = sum(1 for r in records if not (r["article"] or "").strip())
    assert funnel.failed == 0 and dict(funnel.rejected) == ({"empty_text": empty} if empty else {})
    return {a.source_id: a for a in done}


def test_orangesum_boilerplate_removes_almost_nothing(records: list[dict[str, Any]], cleaned: dict[str, Article]) -> None:
    removed = sum(len(line) for a in cleaned.values() for line in a.boilerplate)
    total = sum(len(r["article"] or "") for r in records)
    print(f"orangesum[:{SAMPLE}] boilerplate removed: {removed} of {total} chars")
    assert removed <= 0.001 * total


def test_orangesum_repair_keeps_every_quotation_mark(records: list[dict[str, Any]]) -> None:
    changed = [r["id"] for r in records if len(QUOTE_MARKS.findall(repair_text(r["article"] or ""))) != len(
        QUOTE_MARKS.findall(r["article"] or ""))]
    assert changed == []


def test_orangesum_glued_sentences_are_split(records: list[dict[str, Any]], cleaned: dict[str, Article]) -> None:
    before = sum(len(GLUED.findall(r["article"] or "")) for r in records)
    after = sum(len(GLUED.findall(a.text)) for a in cleaned.values())
    print(f"orangesum[:{SAMPLE}] glued sentences: {before} before, {after} after")
    assert before > 100
    assert after <= 0.02 * before


def test_orangesum_bodies_keep_every_letter_and_digit(records: list[dict[str, Any]], cleaned: dict[str, Article]) -> None:
    for r in records:
        article = cleaned.get(f"orangesum:{r['id']}")
        if article is not None:
            assert re.sub(r"\W", "", article.text) == re.sub(r"\W", "", r["article"]), r["id"]


def test_orangesum_language_and_date_come_out_right(records: list[dict[str, Any]], cleaned: dict[str, Article]) -> None:
    langs = [a.lang for a in cleaned.values()]
    assert langs.count("fr") >= 0.99 * len(langs)
    for r in records:
        article = cleaned.get(f"orangesum:{r['id']}")
        if article is not None:
            assert article.published is not None and article.published[:10] == r["date"]
