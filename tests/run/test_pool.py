"""Parallel ingest: the same corpus with 1 or 2 workers gives the same records and stories."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from veille.article import Article, RawPage
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


def _page(name: str, title: str, body: str) -> Article:
    return Article(source_id=f"essai/{name}", site="Le Courrier du Test", title=title, published="2025-05-12",
                   raw=RawPage(format="text", content=body, own_id=True))


PAGES = [
    _page("pont", "Le pont de la Vienne rouvre",
          "Le pont de la Vienne a rouvert lundi matin après six mois de travaux.\n\n"
          "« Nous avons tenu les délais », a déclaré Claire Dumoulin, adjointe au maire de Limoges."),
    _page("marche", "Le marché couvert fête ses cent ans",
          "Le marché couvert de la place Carnot fête ses cent ans ce week-end.\n\n"
          "Les commerçants proposeront des dégustations gratuites samedi et dimanche."),
    _page("pont", "Le pont de la Vienne rouvre",  # the same page again, in the next batch
          "Le pont de la Vienne a rouvert lundi matin après six mois de travaux.\n\n"
          "« Nous avons tenu les délais », a déclaré Claire Dumoulin, adjointe au maire de Limoges."),
    _page("bus", "Les bus changent d'horaires",
          "Les bus de la ligne 4 changeront d'horaires à partir du 2 juin, a annoncé la régie des transports."),
]


def test_a_page_read_again_in_the_next_batch_is_skipped_as_with_one_worker(tmp_path: Path) -> None:
    """With workers the next batch is classified before this one is saved; a page in both must
    still count as unchanged, and link nothing twice."""
    results = []
    for workers in (1, 2):  # batches of two pages: the repeated page is in the batch after its first
        db = tmp_path / f"{workers}.db"
        with SqliteStore(db) as store:
            items = [Article(**{f: getattr(p, f) for f in ("source_id", "site", "title", "published", "raw")})
                     for p in PAGES]
            funnel = ingest([], settings=Settings(db=str(db), workers=workers, batch_size=2), store=store,
                            items=items)
            counts = {k: v for k, v in funnel.as_dict().items() if k != "stage_seconds"}
            results.append((counts, {a.id: a.to_record() for a in store.iter_articles()}, list(store.iter_stories())))
    assert results[0][0]["unchanged"] == 1 and results[0][0]["new"] == 3
    assert results[1] == results[0]


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


EXECUTOR = """
import sys, tempfile, time
from veille.registry import DEFAULT_STAGES
from veille.run.pool import PooledPipeline
from veille.store.sqlite import SqliteStore

if __name__ == "__main__":
    pooled = PooledPipeline(SqliteStore(sys.argv[1]), DEFAULT_STAGES, workers=2)
    print(*(process.pid for process in pooled.pool._processes.values()), flush=True)
    time.sleep(600)
"""


def _running(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except FileNotFoundError:
        return False


def test_workers_end_when_the_executor_is_killed(tmp_path: Path) -> None:
    """SIGKILL gives the pool no chance to shut down; its workers must not wait for tasks forever."""
    script = tmp_path / "executor.py"
    script.write_text(EXECUTOR, encoding="utf-8")
    executor = subprocess.Popen([sys.executable, str(script), str(tmp_path / "pool.db")], stdout=subprocess.PIPE,
                                text=True)
    assert executor.stdout is not None
    workers = [int(pid) for pid in executor.stdout.readline().split()]
    assert workers and all(_running(pid) for pid in workers)
    executor.kill()
    executor.wait()
    deadline = time.monotonic() + 30
    while any(_running(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not any(_running(pid) for pid in workers)
