"""The local executor: source -> identify -> skip what the store already has -> stages -> store.

Only executors know about batching across the whole run; the pipeline sees one batch at
a time and the store sees only finished articles. What is already stored with the same
fingerprint never reaches the stages, so re-running an ingest costs little and adds nothing.
A batch's link state and its articles commit in one transaction (``Store.write_batch``), so
an ingest killed at any point is resumed by running it again (tests/run/test_crash.py).
With workers, a batch is linked and saved while the workers run the next one's spaCy
(``_ingest_overlapped``), so the cores are not left idle while this process links.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from typing import TypeVar

from veille.article import Article
from veille.config import Settings
from veille.pipeline import Failure, Funnel, Pipeline
from veille.registry import DEFAULT_STAGES, build_stages
from veille.run.batch_steps import identified, process_and_save, save_survivors, unstored
from veille.run.pool import PooledPipeline, Started
from veille.source import read_inputs
from veille.source.web.fetch import FetchPolicy
from veille.stage import IndexedStage
from veille.store.base import Store

T = TypeVar("T")
Progress = Callable[[int, Funnel], None]


def fetch_policy(settings: Settings) -> FetchPolicy:
    """How URL inputs and watched feeds are fetched."""
    return FetchPolicy(timeout=settings.fetch_timeout, max_bytes=settings.fetch_max_bytes,
                       host_interval=settings.host_interval, allow_private=settings.allow_private)


def _inputs(paths: Sequence[str], settings: Settings,
            items: Iterable[Article | Failure] | None) -> Iterable[Article | Failure]:
    return read_inputs(paths, web=fetch_policy(settings)) if items is None else items


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

    With ``settings.workers`` > 1 the per-article stages run in that many processes, on batches
    of the same size (they share it out in small tasks, run/pool.py): stories are linked a batch
    at a time, so a batch that grew with the workers would change them. With
    ``settings.engine == "ray"`` the run goes to run/ray_engine.py (Ray is imported only then).
    """
    if pipeline is None and items is None and settings.engine == "ray":
        from veille.run.ray_engine import ingest_ray

        return ingest_ray(paths, settings=settings, store=store, progress=progress)
    if pipeline is None and settings.workers > 1:
        pooled = PooledPipeline(store, DEFAULT_STAGES, workers=settings.workers)
        try:
            return _ingest_overlapped(paths, settings=settings, store=store, progress=progress, pipeline=pooled,
                                      items=items)
        finally:
            pooled.close()
    return _ingest(paths, settings=settings, store=store, progress=progress,
                   pipeline=pipeline or build_pipeline(store), items=items)


def _ingest(
    paths: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    progress: Progress | None,
    pipeline: Pipeline,
    items: Iterable[Article | Failure] | None,
) -> Funnel:
    run_id = store.begin_run(inputs=list(paths), settings=settings.as_dict(), stages=pipeline.versions)
    funnel = Funnel()
    for batch in batched(_inputs(paths, settings, items), settings.batch_size):
        step = Funnel()
        todo = unstored(store, identified(batch, step), step)
        process_and_save(store, todo, pipeline.run, run_id=run_id, funnel=step)
        funnel.merge(step)
        if progress is not None:
            progress(len(batch), funnel)
    store.finish_run(run_id, funnel=funnel.as_dict())
    return funnel


@dataclass(slots=True)
class _InFlight:
    """A batch whose spaCy runs in the workers, not yet linked nor saved."""

    started: Started
    funnel: Funnel
    read: int
    """Pages of the batch as read, for ``progress``."""
    ids: set[str]
    fingerprints: set[str]

    def shares_a_page(self, articles: Sequence[Article]) -> bool:
        return any(a.id in self.ids or a.fingerprint in self.fingerprints for a in articles)


def _ingest_overlapped(
    paths: Sequence[str],
    *,
    settings: Settings,
    store: Store,
    progress: Progress | None,
    pipeline: PooledPipeline,
    items: Iterable[Article | Failure] | None,
) -> Funnel:
    """``_ingest`` with batch k linked and saved while the workers run batch k+1's spaCy.

    Batch k+1 is classified before batch k is saved, so when one holds a page of the other (same
    id or content) batch k is saved first, as ``_ingest`` would. Batch k+1's site-boilerplate
    lines commit with batch k: a page is counted once whatever happens (by fingerprint), so a run
    killed between the two commits and resumed leaves what an uninterrupted run leaves.
    """
    run_id = store.begin_run(inputs=list(paths), settings=settings.as_dict(), stages=pipeline.versions)
    funnel = Funnel()

    def land(flight: _InFlight) -> None:
        articles, processed = pipeline.finish(flight.started)
        flight.funnel.merge(processed)
        save_survivors(store, articles, run_id=run_id, funnel=flight.funnel)
        funnel.merge(flight.funnel)
        if progress is not None:
            progress(flight.read, funnel)

    flight: _InFlight | None = None
    for batch in batched(_inputs(paths, settings, items), settings.batch_size):
        step = Funnel()
        articles = identified(batch, step)
        if flight is not None and flight.shares_a_page(articles):
            with store.write_batch():
                land(flight)
            flight = None
        with store.write_batch():
            todo = unstored(store, articles, step)
            started = pipeline.start(todo)
            if flight is not None:
                land(flight)
        flight = _InFlight(started, step, len(batch), {a.id for a in todo}, {a.fingerprint for a in todo})
    if flight is not None:
        with store.write_batch():
            land(flight)
    store.finish_run(run_id, funnel=funnel.as_dict())
    return funnel
