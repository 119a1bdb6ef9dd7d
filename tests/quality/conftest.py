"""Fixtures of the quality gates: OrangeSum records read from ../shared by the ids our gold files name."""
from __future__ import annotations

import gzip
import json
from collections.abc import Callable, Collection
from pathlib import Path

import pytest

Records = Callable[[Collection[str]], dict[str, dict]]


@pytest.fixture(scope="session")
def orangesum_records(shared_dir: Path) -> Records:
    """Raw corpus records keyed "orangesum:N": our gold holds ids and offsets, the texts stay in ../shared."""
    corpus = shared_dir / "corpora" / "orangesum" / "orangesum_articles.jsonl.gz"

    def read(ids: Collection[str]) -> dict[str, dict]:
        wanted, found = set(ids), {}
        with gzip.open(corpus, "rt", encoding="utf-8") as f:
            for line in f:
                record = json.loads(line)
                if (key := f"orangesum:{record['id']}") in wanted:
                    found[key] = record
        return found

    return read
