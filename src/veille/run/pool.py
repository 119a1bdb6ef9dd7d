"""Parallel ingest on one machine: the per-article stages in N worker processes.

Each worker builds the stage list once (so spaCy loads once per worker) and runs the
stages that need nothing but the article. Stages that share state through the store
(site boilerplate, near-duplicates, stories) run in this process, on the whole batch in
input order, so the records and stories do not depend on the number of workers.
"""
from __future__ import annotations

import multiprocessing
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor

from veille.article import Article
from veille.pipeline import Funnel, Pipeline
from veille.registry import build_stages
from veille.run.batch_steps import bound_segments
from veille.store.base import Store

#: Articles per task sent to the workers. Articles differ in length: with one chunk per worker, one
#: waits for the other at the end of every batch (about 8 % of the NLP time, estimated from OrangeSum
#: lengths in batches of 64); small tasks, taken by whichever worker is free, cut that to about 3 %.
#: spaCy costs the same per token in batches of 4 or 32 texts, and gives the same records.
TASK_ARTICLES = 4

#: In a worker process only: its own pipelines, one per parallel segment, built by ``_start_worker``.
_WORKER_SEGMENTS: dict[int, Pipeline] = {}


def _start_worker(stage_names: tuple[str, ...]) -> None:
    pipeline = Pipeline(build_stages(stage_names))
    for number, (indexed, segment) in enumerate(pipeline.segments()):
        if not indexed:
            _WORKER_SEGMENTS[number] = segment


def _run_in_worker(number: int, articles: list[Article]) -> tuple[list[Article], Funnel]:
    return _WORKER_SEGMENTS[number].run(articles)


def _split(items: Sequence[Article], parts: int) -> list[list[Article]]:
    """Consecutive, near-equal chunks, so concatenating the results keeps input order."""
    size, extra = divmod(len(items), parts)
    chunks, start = [], 0
    for part in range(parts):
        end = start + size + (1 if part < extra else 0)
        if end > start:
            chunks.append(list(items[start:end]))
        start = end
    return chunks


class PooledPipeline:
    """Same contract as ``Pipeline.run`` (survivors in input order, and a funnel), over N processes."""

    def __init__(self, store: Store, stage_names: Sequence[str], *, workers: int) -> None:
        pipeline = Pipeline(build_stages(tuple(stage_names)))
        self.versions = pipeline.versions
        self.segments = bound_segments(pipeline, store)
        self.workers = workers
        self.pool = ProcessPoolExecutor(
            max_workers=workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_start_worker,
            initargs=(tuple(stage_names),),
        )

    def run(self, articles: Sequence[Article]) -> tuple[list[Article], Funnel]:
        funnel = Funnel()
        batch = list(articles)
        for number, (indexed, segment) in enumerate(self.segments):
            if not batch:
                break
            if indexed:
                batch, step = segment.run(batch)
                funnel.merge(step)
                continue
            chunks = _split(batch, max(self.workers, -(-len(batch) // TASK_ARTICLES)))
            batch = []
            for done, step in self.pool.map(_run_in_worker, [number] * len(chunks), chunks):
                batch.extend(done)
                funnel.merge(step)
        return batch, funnel

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
