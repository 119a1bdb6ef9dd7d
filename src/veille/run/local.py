"""The local executor: source -> identify -> skip what the store already has -> stages -> store.

Only executors know about batching across the whole run; the pipeline sees one batch at
a time and the store sees only finished articles. What is already stored with the same
fingerprint never reaches the stages, so re-running an ingest costs little and adds nothing.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from itertools import islice
from typing import TypeVar

from veille.article import Article
from veille.config import Settings
from veille.identity import identify
from veille.pipeline import Failure, Funnel, Pipeline
from veille.registry import DEFAULT_STAGES, build_stages
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
) -> Funnel:
    """Ingest every page under ``paths``; failures are recorded in the funnel, never raised.

    With ``settings.workers`` > 1 the per-article stages run in that many processes; the
    batch grows with the workers so each still gets a batch worth sending to spaCy.
    """
    if pipeline is None and settings.workers > 1:
        pooled = PooledPipeline(store, DEFAULT_STAGES, workers=settings.workers)
        try:
            return _ingest(paths, settings=settings, store=store, progress=progress, pipeline=pooled,
                           batch_size=settings.batch_size * settings.workers)
        finally:
            pooled.close()
    return _ingest(paths, settings=settings, store=store, progress=progress,
                   pipeline=pipeline or build_pipeline(store), batch_size=settings.batch_size)


def _ingest(
    paths: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    progress: Progress | None,
    pipeline: Pipeline | PooledPipeline,
    batch_size: int,
) -> Funnel:
    run_id = store.begin_run(inputs=list(paths), settings=settings.as_dict(), stages=pipeline.versions)
    funnel = Funnel()
    for batch in batched(read_inputs(paths), batch_size):
        step = Funnel()
        articles: list[Article] = []
        for item in batch:
            if isinstance(item, Failure):
                step.failures.append(item)
            else:
                articles.append(identify(item))
        step.read = len(articles)
        statuses = store.classify(articles)
        todo = [a for a, status in zip(articles, statuses, strict=True) if status != "unchanged"]
        step.unchanged = len(articles) - len(todo)
        done, processed = pipeline.run(todo)
        step.merge(processed)
        for article in done:
            article.raw = None
        for status in store.save(done, run_id=run_id):
            if status == "new":
                step.new += 1
            elif status == "changed":
                step.updated += 1
            else:
                step.unchanged += 1
        funnel.merge(step)
        if progress is not None:
            progress(len(batch), funnel)
    store.finish_run(run_id, funnel=funnel.as_dict())
    return funnel
