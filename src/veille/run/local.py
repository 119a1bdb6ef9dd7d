"""The local executor: source -> identify -> skip what the store already has -> stages -> store.

Only executors know about batching across the whole run; the pipeline sees one batch at
a time and the store sees only finished articles. What is already stored with the same
fingerprint never reaches the stages, so re-running an ingest costs little and adds nothing.
A batch's link state and its articles commit in one transaction (``Store.write_batch``), so
an ingest killed at any point is resumed by running it again (tests/run/test_crash.py).
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TypeVar

from veille.article import Article
from veille.config import Settings
from veille.pipeline import Failure, Funnel, Pipeline
from veille.registry import DEFAULT_STAGES, build_stages
from veille.run.batch_steps import identified, process_and_save, unstored
from veille.run.pool import PooledPipeline
from veille.source import read_inputs
from veille.stage import IndexedStage
from veille.store.base import Store

T = TypeVar("T")
Progress = Callable[[int, Funnel], None]


def batched(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def build_pipeline(store: Store, stage_names: Sequence[str] = DEFAULT_STAGES) -> Pipeline:
    stages = build_stages(tuple(stage_names))
    for stage in stages:
        if isinstance(stage, IndexedStage):
            stage.bind(store)
    return Pipeline(stages)


def ingest(
    paths: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    progress: Progress | None = None,
    pipeline: Pipeline | None = None,
    items: Iterable[Article | Failure] | None = None,
) -> Funnel:
    """Ingest every page under ``paths``; failures are recorded in the funnel, never raised.

    ``items`` replaces reading ``paths`` (``veille watch`` hands over the pages it fetches, and
    ``paths`` only names the run's inputs): fetched pages take the same way into the store.

    With ``settings.workers`` > 1 the per-article stages run in that many processes; the
    batch grows with the workers so each still gets a batch worth sending to spaCy. With
    ``settings.engine == "ray"`` the run goes to run/ray_engine.py (Ray is imported only then).
    """
    if pipeline is None and items is None and settings.engine == "ray":
        from veille.run.ray_engine import ingest_ray

        return ingest_ray(paths, settings=settings, store=store, progress=progress)
    if pipeline is None and settings.workers > 1:
        pooled = PooledPipeline(store, DEFAULT_STAGES, workers=settings.workers)
        try:
            return _ingest(paths, settings=settings, store=store, progress=progress, pipeline=pooled,
                           batch_size=settings.batch_size * settings.workers, items=items)
        finally:
            pooled.close()
    return _ingest(paths, settings=settings, store=store, progress=progress,
                   pipeline=pipeline or build_pipeline(store), batch_size=settings.batch_size, items=items)


def _ingest(
    paths: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    progress: Progress | None,
    pipeline: Pipeline | PooledPipeline,
    batch_size: int,
    items: Iterable[Article | Failure] | None,
) -> Funnel:
    run_id = store.begin_run(inputs=list(paths), settings=settings.as_dict(), stages=pipeline.versions)
    funnel = Funnel()
    for batch in batched(read_inputs(paths) if items is None else items, batch_size):
        step = Funnel()
        todo = unstored(store, identified(batch, step), step)
        process_and_save(store, todo, pipeline.run, run_id=run_id, funnel=step)
        funnel.merge(step)
        if progress is not None:
            progress(len(batch), funnel)
    store.finish_run(run_id, funnel=funnel.as_dict())
    return funnel
