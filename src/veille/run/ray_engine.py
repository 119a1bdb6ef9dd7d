"""`--engine ray`: the per-article stages as a Ray Data pipeline, for corpora past one machine.

The stage list is the local engine's, cut by ``Pipeline.segments()``. Each per-article segment
(cleaning; then dating and NLP) is a ``map_batches`` over an actor pool of ``--workers`` actors
that build their stages once (ray_blocks.SegmentWorker). Each store-bound segment (site
boilerplate; then dedup and stories) runs here in the driver, over the results streamed back
in input order and cut into the local engine's batches, so the records and stories equal the
local engine's whatever ran where. Between the two per-article segments the corpus passes
once through the driver (site boilerplate needs every earlier page of a site): that pass is
cheap, the NLP after it is what the cluster is for.

The driver reads the inputs, skips what the store already has, and puts the rest into Ray's
object store block by block (spilled to disk when large). ``--ray-output parquet:DIR`` has the
workers write the per-article records to DIR as Parquet before the merge; the merged records
always go to the store (``--db``). Ray is imported only here, and only for this engine.
"""
from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from typing import Any

from veille.article import Article
from veille.config import Settings
from veille.errors import ConfigError
from veille.pipeline import Funnel, Pipeline
from veille.registry import DEFAULT_STAGES, build_stages
from veille.run.batch_steps import bound_segments, identified, process_and_save, unstored
from veille.run.local import Progress, batched, fetch_policy
from veille.run.ray_blocks import SegmentWorker, article_block, group_batches, read_block, record_block
from veille.source import read_inputs
from veille.store.base import Store

LOCAL_OBJECT_STORE_BYTES = 256 * 1024**2
"""A local instance's shared memory: blocks past it spill to disk, so it bounds memory, not size."""
BLOCK_BATCHES = 4
"""Local batches per block the driver puts into Ray: a few actor calls' worth per round trip."""


def ingest_ray(
    paths: Sequence[str], *, settings: Settings, store: Store, progress: Progress | None = None
) -> Funnel:
    """Ingest ``paths`` with Ray; same contract as ``veille.run.local.ingest``.

    Connects to ``settings.ray_address`` when set (a cluster), else starts a local instance of
    ``settings.workers`` CPUs; an instance already running in this process (``ray.init`` by the
    caller) is used as it is. Whatever this call started, it shuts down.
    """
    output_dir = parse_output(settings.ray_output)
    ray = _import_ray()
    started = _connect(ray, settings)
    try:
        return _RayIngest(ray, settings, store, progress).run(paths, output_dir)
    finally:
        if started:
            ray.shutdown()


def parse_output(spec: str) -> str | None:
    """``parquet:DIR`` -> DIR (any path or URL pyarrow can write to); empty -> no Parquet output."""
    if not spec:
        return None
    kind, _, target = spec.partition(":")
    if kind != "parquet" or not target:
        raise ConfigError(f"ray_output {spec!r}: give parquet:DIR")
    return target


def _import_ray() -> Any:
    try:
        import ray
        import ray.data
    except ImportError:
        raise ConfigError("--engine ray needs Ray: pip install 'veille[ray]'") from None
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True  # the driver's stages need input order
    context.enable_progress_bars = False
    context.print_on_execution_start = False
    logging.getLogger("ray.data").setLevel(logging.WARNING)
    return ray


def _connect(ray: Any, settings: Settings) -> bool:
    """Join the cluster or start a local instance; True when this call started the connection."""
    if ray.is_initialized():
        return False
    if settings.ray_address:
        ray.init(address=settings.ray_address, log_to_driver=False)
    else:
        ray.init(address="local", num_cpus=settings.workers, object_store_memory=LOCAL_OBJECT_STORE_BYTES,
                 include_dashboard=False, log_to_driver=False)
    return True


class _RayIngest:
    """One run: read and skip in the driver, per-article segments on Ray, store-bound ones here."""

    def __init__(self, ray: Any, settings: Settings, store: Store, progress: Progress | None) -> None:
        self.ray, self.settings, self.store, self.progress = ray, settings, store, progress
        pipeline = Pipeline(build_stages(DEFAULT_STAGES))
        self.versions = pipeline.versions
        self.segments = bound_segments(pipeline, store)
        self.funnel = Funnel()

    def run(self, paths: Sequence[str], output_dir: str | None) -> Funnel:
        run_id = self.store.begin_run(inputs=list(paths), settings=self.settings.as_dict(), stages=self.versions)
        refs = self._read(paths)
        if refs:
            dataset = self.ray.data.from_arrow_refs(refs)
            final = self.segments[-1][1] if self.segments[-1][0] else None
            for indexed, segment in self.segments:
                if not indexed:
                    dataset = self._on_workers(dataset, segment)
                elif segment is not final:
                    dataset = self.ray.data.from_arrow_refs(list(self._in_driver(dataset, segment)))
            if output_dir is not None:
                dataset = dataset.materialize()  # written and merged without running the stages twice
                dataset.map_batches(record_block, batch_format="pyarrow").write_parquet(output_dir)
            self._merge(dataset, final, run_id)
        self.store.finish_run(run_id, funnel=self.funnel.as_dict())
        return self.funnel

    def _read(self, paths: Sequence[str]) -> list[Any]:
        """Read every input, skip what is stored unchanged, and put the rest into Ray block by block."""
        size = self.settings.batch_size
        refs: list[Any] = []
        rows: list[tuple[int, Article]] = []
        for number, batch in enumerate(batched(read_inputs(paths, web=fetch_policy(self.settings)), size)):
            todo = unstored(self.store, identified(batch, self.funnel), self.funnel)
            rows.extend((number, article) for article in todo)
            if len(rows) >= size * BLOCK_BATCHES:
                refs.append(self.ray.put(article_block(rows)))
                rows = []
        if rows:
            refs.append(self.ray.put(article_block(rows)))
        return refs

    def _on_workers(self, dataset: Any, segment: Pipeline) -> Any:
        return dataset.map_batches(
            SegmentWorker,
            fn_constructor_kwargs={"stage_names": [stage.name for stage in segment.stages],
                                   "available": segment.available},
            compute=self.ray.data.ActorPoolStrategy(size=self.settings.workers),
            batch_size=self.settings.batch_size,
            batch_format="pyarrow",
        )

    def _batches(self, dataset: Any) -> Iterator[tuple[int, list[Article]]]:
        rows = (row for block in dataset.iter_batches(batch_size=None, batch_format="pyarrow")
                for row in read_block(block))
        return group_batches(rows, self.funnel)

    def _in_driver(self, dataset: Any, segment: Pipeline) -> Iterator[Any]:
        """A store-bound segment between two per-article ones: its output goes back into Ray."""
        rows: list[tuple[int, Article]] = []
        for number, articles in self._batches(dataset):
            done, step = segment.run(articles)
            self.funnel.merge(step)
            rows.extend((number, article) for article in done)
            if len(rows) >= self.settings.batch_size * BLOCK_BATCHES:
                yield self.ray.put(article_block(rows))
                rows = []
        if rows:
            yield self.ray.put(article_block(rows))

    def _merge(self, dataset: Any, segment: Pipeline | None, run_id: int) -> None:
        """The last store-bound segment and the save, batch by batch as the local engine runs them.

        Classified again here: a page read twice in one run was new when read, and is skipped
        now if an earlier batch saved it, as the local engine (which classifies each batch just
        before its stages) skips it. A run killed midway is resumed by running it again: what a
        batch links and saves commits together, and site boilerplate counts a page once.
        """
        for _, articles in self._batches(dataset):
            step = Funnel()
            todo = unstored(self.store, articles, step)
            process_and_save(self.store, todo, None if segment is None else segment.run, run_id=run_id, funnel=step)
            self.funnel.merge(step)
            if self.progress is not None:
                self.progress(len(articles), self.funnel)
