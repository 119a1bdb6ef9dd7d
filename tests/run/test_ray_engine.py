"""`--engine ray` on a local Ray instance: the same records and stories as the local engine.

One Ray session for the module (starting Ray takes seconds); one actor per per-article
segment, so spaCy loads once. The corpus is the demo folder, a 40-article OrangeSum slice
(with two of its duplicate pairs), a page with no text and a file that cannot be read.
"""
from __future__ import annotations

import gzip
import itertools
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from veille.article import Article
from veille.clean.dateline import DatelineParser
from veille.config import Settings, load_settings
from veille.errors import ConfigError
from veille.pipeline import SOURCE_FIELDS, Funnel
from veille.run.ray_blocks import SegmentWorker, article_block, read_block
from veille.run.ray_engine import ingest_ray, parse_output
from veille.serve.cli.main import EXIT_PARTIAL, cli
from veille.store.sqlite import SqliteStore

ORANGESUM_SLICE = 40


@pytest.fixture(scope="module")
def corpus(demo_dir: Path, shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    folder = tmp_path_factory.mktemp("corpus")
    source = shared_dir / "corpora" / "orangesum" / "orangesum_articles.jsonl.gz"
    with gzip.open(source, "rt", encoding="utf-8") as handle:
        (folder / "orangesum.jsonl").write_text("".join(itertools.islice(handle, ORANGESUM_SLICE)), encoding="utf-8")
    (folder / "broken.jsonl.gz").write_bytes(b"not gzip at all")
    (folder / "empty.html").write_text("<html><head><title>Vide</title></head><body></body></html>", encoding="utf-8")
    return [str(demo_dir), str(folder)]


def _contents(db: Path) -> tuple[dict[str, dict], list[dict]]:
    with SqliteStore(db) as store:
        records = {a.id: {**a.to_record(), "trace": a.trace} for a in store.iter_articles()}
        return records, list(store.iter_stories())


@dataclass
class LocalRun:
    process: subprocess.Popen[str]
    db: Path

    def contents(self) -> tuple[dict[str, dict], list[dict]]:
        _, stderr = self.process.communicate(timeout=300)
        assert self.process.returncode == EXIT_PARTIAL, stderr
        return _contents(self.db)


@pytest.fixture(scope="module")
def local_process(corpus: list[str], tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalRun]:
    """The local engine's ingest, in a process of its own started before the Ray run: the two
    overlap, one core each, instead of adding up."""
    db = tmp_path_factory.mktemp("local") / "local.db"
    command = [sys.executable, "-c", "from veille.serve.cli.main import cli; cli()", "ingest", "--quiet",
               "--engine", "local", "--workers", "1", "--batch-size", "16", "--db", str(db), *corpus]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        yield LocalRun(process, db)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()


@pytest.fixture(scope="module")
def ray_session():
    import ray

    ray.init(address="local", num_cpus=1, object_store_memory=256 * 1024**2, include_dashboard=False,
             log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def ray_run(local_process: LocalRun, ray_session, corpus: list[str], tmp_path_factory: pytest.TempPathFactory):
    """The CLI with --engine ray, into SQLite, with the per-article records written as Parquet."""
    folder = tmp_path_factory.mktemp("ray")
    db, out = folder / "ray.db", folder / "records"
    result = CliRunner().invoke(cli, ["ingest", "--db", str(db), "--engine", "ray", "--workers", "1",
                                      "--batch-size", "16", "--ray-output", f"parquet:{out}", *corpus])
    return result, db, out


@pytest.mark.ray
@pytest.mark.model
@pytest.mark.slow
def test_ray_engine_stores_what_the_local_engine_stores(local_process: LocalRun, ray_run) -> None:
    local_records, local_stories = local_process.contents()
    result, db, _ = ray_run
    assert result.exit_code == EXIT_PARTIAL, result.output
    records, stories = _contents(db)
    assert len(records) >= 12 + ORANGESUM_SLICE - 2
    assert records == local_records
    assert stories == local_stories
    assert any(r["duplicate_of"] for r in records.values())


@pytest.mark.ray
@pytest.mark.model
@pytest.mark.slow
def test_ray_engine_reports_a_broken_file_and_stores_the_rest(ray_run) -> None:
    result, db, _ = ray_run
    assert "broken.jsonl.gz: not a gzip file" in result.output
    assert "rejected: empty_text" in result.output
    with SqliteStore(db) as store:
        assert store.count_articles() > ORANGESUM_SLICE


@pytest.mark.ray
@pytest.mark.model
@pytest.mark.slow
def test_ray_output_holds_the_records_before_the_merge(ray_run) -> None:
    _, db, out = ray_run
    table = pq.read_table(out)
    with SqliteStore(db) as store:
        assert sorted(table.column("id").to_pylist()) == sorted(a.id for a in store.iter_articles())
    assert not any(table.column("duplicate_of").to_pylist())
    assert not any(table.column("story_id").to_pylist())


@pytest.mark.ray
@pytest.mark.model
@pytest.mark.slow
def test_ray_engine_rerun_adds_nothing(ray_run, corpus: list[str]) -> None:
    _, db, _ = ray_run
    before = _contents(db)
    with SqliteStore(db) as store:
        funnel = ingest_ray(corpus, settings=Settings(db=str(db), engine="ray", batch_size=16), store=store)
    assert funnel.new == 0 and funnel.updated == 0 and funnel.failed == 1
    assert funnel.unchanged == funnel.read - 1 > ORANGESUM_SLICE  # the empty page is read, and rejected, again
    assert funnel.rejected == {"empty_text": 1}
    assert _contents(db) == before


def test_segment_worker_turns_a_failing_article_into_a_failure() -> None:
    good = Article(id="a", source_id="good.txt", text="PARIS, 3 mars (AFP) - Le texte.")
    bad = Article(id="b", source_id="bad.txt", text=None)  # type: ignore[arg-type]  # a stage bug's input
    worker = SegmentWorker(["dateline"], SOURCE_FIELDS | {"text"})
    rows = list(read_block(worker(article_block([(0, good), (0, bad)]))))
    (done,) = [item for _, item in rows if isinstance(item, Article)]
    (funnel,) = [item for _, item in rows if isinstance(item, Funnel)]
    assert done.source_id == "good.txt" and done.trace == {"dateline": DatelineParser.version}
    assert [f.where for f in funnel.failures] == ["bad.txt"]


def test_ray_output_and_engine_are_checked() -> None:
    assert parse_output("") is None
    assert parse_output("parquet:/data/out") == "/data/out"
    with pytest.raises(ConfigError):
        parse_output("csv:/data/out")
    with pytest.raises(ConfigError):
        load_settings(cli={"engine": "spark"}, environ={})


def test_ray_address_comes_from_ray_address_unless_veille_names_one() -> None:
    assert load_settings(environ={"RAY_ADDRESS": "10.0.0.1:6379"}).ray_address == "10.0.0.1:6379"
    both = {"RAY_ADDRESS": "10.0.0.1:6379", "VEILLE_RAY_ADDRESS": "head:6379"}
    assert load_settings(environ=both).ray_address == "head:6379"
    assert load_settings(cli={"ray_address": "cli:6379"}, environ=both).ray_address == "cli:6379"
