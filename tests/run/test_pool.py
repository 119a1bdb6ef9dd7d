"""Parallel ingest: the same corpus with 1 or 2 workers gives the same records and stories."""
from __future__ import annotations

from pathlib import Path

import pytest

from veille.config import Settings
from veille.pipeline import Pipeline
from veille.registry import DEFAULT_STAGES, build_stages
from veille.run.local import ingest
from veille.run.pool import _split
from veille.store.sqlite import SqliteStore

pytestmark = [pytest.mark.model, pytest.mark.slow]


def _records(db: Path, workers: int, inputs: list[str]) -> dict[str, dict]:
    with SqliteStore(db) as store:
        funnel = ingest(inputs, settings=Settings(db=str(db), workers=workers, batch_size=4), store=store)
        assert funnel.failed == 0
        return {a.id: a.to_record() for a in store.iter_articles()}


def test_one_or_two_workers_give_the_same_records_and_stories(demo_dir: Path, tmp_path: Path) -> None:
    inputs = [str(demo_dir)]
    serial = _records(tmp_path / "one.db", 1, inputs)
    parallel = _records(tmp_path / "two.db", 2, inputs)
    assert len(serial) >= 12
    assert serial == parallel
    assert any(r["duplicate_of"] for r in parallel.values())


def test_segments_keep_store_stages_apart_and_cover_every_stage() -> None:
    segments = Pipeline(build_stages(DEFAULT_STAGES)).segments()
    names = [[s.name for s in p.stages] for _, p in segments]
    assert [n for part in names for n in part] == list(DEFAULT_STAGES)
    indexed = {n for flag, p in segments if flag for n in (s.name for s in p.stages)}
    assert indexed == {"site_boilerplate", "dedup", "stories"}


def test_split_keeps_order_and_drops_empty_chunks() -> None:
    items = list(range(5))
    assert _split(items, 2) == [[0, 1, 2], [3, 4]]
    assert _split(items[:1], 3) == [[0]]
