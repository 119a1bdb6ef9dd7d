"""Crash safety: `veille ingest` killed with SIGKILL part-way, then run again, leaves the store a clean,
uninterrupted run leaves: nothing twice, nothing lost, the same records, stories and duplicate links.

The corpus is the demo pages and a slice of OrangeSum (one day of news, for stories, and a few of
the dataset's duplicate groups, for ``duplicate_of``), read in batches of 8 so a run commits often
enough to be killed between two commits. While a run goes on the test reads the store from outside:
every state it can see must pass the integrity check (a batch commits whole or not at all).
"""
from __future__ import annotations

import gzip
import json
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.serve.cli.main import cli
from veille.store import open_store
from veille.store.base import Store

pytestmark = [pytest.mark.slow, pytest.mark.model]

BATCH = "8"
DAY_ROWS = 32
"""The first rows of OrangeSum's file: one day of news, several stories."""
GROUPS = 4
"""Duplicate groups (list_of_duplicates.txt) whose members all sit in the first rows of the file."""
KILL_AT = (0.2, 0.55)
"""Kill a run once the store holds this share of the corpus; a last run then finishes it."""
RUN_TIMEOUT = 300.0


def write_slice(shared_dir: Path, path: Path) -> None:
    corpus = shared_dir / "corpora" / "orangesum"
    groups = [[int(item.split(".")[0]) for item in line.split(",")]
              for line in (corpus / "list_of_duplicates.txt").read_text().splitlines() if line.strip()]
    wanted = {i for group in [g for g in groups if max(g) < 3000][:GROUPS] for i in group}
    with gzip.open(corpus / "orangesum_articles.jsonl.gz", "rt", encoding="utf-8") as rows, \
            path.open("w", encoding="utf-8") as out:
        for number, line in enumerate(rows):
            row = json.loads(line)
            if number < DAY_ROWS or row["id"] in wanted:
                out.write(line)
            if number >= 3000:
                break


def snapshot(store: Store) -> dict[str, object]:
    """What a clean run must leave: every record, and the stories with their members."""
    return {"articles": {a.id: a.to_record() for a in store.iter_articles()}, "stories": list(store.iter_stories())}


@pytest.fixture(scope="module")
def corpus(shared_dir: Path, demo_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    path = tmp_path_factory.mktemp("corpus") / "orangesum-slice.jsonl"
    write_slice(shared_dir, path)
    return [str(demo_dir), str(path)]


@pytest.fixture(scope="module")
def clean_run(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    db = str(tmp_path_factory.mktemp("clean") / "clean.db")
    result = CliRunner().invoke(cli, ["ingest", *corpus, "--db", db, "--batch-size", BATCH, "-q"],
                                catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        found = snapshot(store)
    records = found["articles"]
    assert len(records) > 45
    assert sum(1 for r in records.values() if r["duplicate_of"]) >= 4  # links worth comparing
    assert len({r["story_id"] for r in records.values()}) < len(records)
    return found


def ingest(corpus: list[str], db: str, cwd: Path, workers: int) -> subprocess.Popen[str]:
    exe = Path(sys.executable).with_name("veille")
    return subprocess.Popen([str(exe), "ingest", *corpus, "--db", db, "--batch-size", BATCH, "--workers", str(workers),
                             "-q"],
                            cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def watch(proc: subprocess.Popen[str], store: Store, *, kill_at: int | None) -> tuple[int, list[list[str]]]:
    """Poll the store while ``proc`` runs (checking each state seen); SIGKILL it once ``kill_at``
    articles are stored. Returns the count at the end and every problem seen."""
    seen: list[list[str]] = []
    deadline = time.monotonic() + RUN_TIMEOUT
    while proc.poll() is None and time.monotonic() < deadline:
        count = store.count_articles()
        if problems := store.check_integrity():
            seen.append(problems)
        if kill_at is not None and count >= kill_at:
            proc.kill()
            break
        time.sleep(0.1)
    if proc.poll() is None and kill_at is None:
        proc.kill()
    _, err = proc.communicate(timeout=60)
    assert kill_at is not None or proc.returncode == 0, err
    return store.count_articles(), seen


def crash_and_resume(corpus: list[str], db: str, cwd: Path, total: int, *, workers: int = 1) -> None:
    with open_store(db) as store:  # created here, so it can be watched from the first commit
        before = 0
        for share in KILL_AT:
            proc = ingest(corpus, db, cwd, workers)
            count, seen = watch(proc, store, kill_at=int(total * share))
            assert proc.returncode == -9, "the run ended before it could be killed part-way"
            assert before < count < total, (before, count, total)
            assert seen == [], seen
            before = count
        count, seen = watch(ingest(corpus, db, cwd, workers), store, kill_at=None)
        assert seen == [], seen
        assert count == total


def assert_same_as_clean(db: str, clean: dict[str, object]) -> None:
    result = CliRunner().invoke(cli, ["check", "--db", db], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        resumed = snapshot(store)
        assert store.stats()["versions"] == len(clean["articles"])  # no article stored twice
        assert len(store.runs()) == len(KILL_AT) + 1
    expected, found = clean["articles"], resumed["articles"]
    assert set(found) == set(expected)
    assert {i: r["duplicate_of"] for i, r in found.items()} == {i: r["duplicate_of"] for i, r in expected.items()}
    assert {i: r["story_id"] for i, r in found.items()} == {i: r["story_id"] for i, r in expected.items()}
    differing = {i: sorted(k for k in r if r[k] != expected[i][k]) for i, r in found.items() if r != expected[i]}
    assert differing == {}  # every field: site boilerplate, quotes, entities too
    assert resumed["stories"] == clean["stories"]  # members and counts: nobody linked twice


def test_an_ingest_killed_twice_then_resumed_equals_a_clean_run_on_sqlite(corpus, clean_run, tmp_path):
    db = str(tmp_path / "crashed.db")
    crash_and_resume(corpus, db, tmp_path, len(clean_run["articles"]))
    assert_same_as_clean(db, clean_run)


def test_an_ingest_with_workers_killed_twice_then_resumed_equals_a_clean_run(corpus, clean_run, tmp_path):
    """With workers a batch's site lines commit with the batch before (run/local.py); a kill between
    the two commits must still resume to the store of the clean run, which had no workers."""
    db = str(tmp_path / "crashed.db")
    crash_and_resume(corpus, db, tmp_path, len(clean_run["articles"]), workers=2)
    assert_same_as_clean(db, clean_run)


@pytest.mark.postgres
def test_an_ingest_killed_twice_then_resumed_equals_a_clean_run_on_postgres(corpus, clean_run, pg_db_url, tmp_path):
    crash_and_resume(corpus, pg_db_url, tmp_path, len(clean_run["articles"]))
    assert_same_as_clean(pg_db_url, clean_run)
