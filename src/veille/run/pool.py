"""Parallel ingest on one machine: the per-article stages in N worker processes.

Each worker builds the stage list once (so spaCy loads once per worker) and runs the
stages that need nothing but the article. Stages that share state through the store
(site boilerplate, near-duplicates, stories) run in this process, on the whole batch in
input order, so the records and stories do not depend on the number of workers.

A batch runs in two calls, ``start`` then ``finish``: ``start`` leaves the last per-article
segment (spaCy) running in the workers, so the executor can link and save the batch before
while they work (run/local.py) instead of leaving both cores idle but one. This process asks a
worker for the stage versions and layout rather than importing the per-article stages itself.

Workers are forked from a fork server that imported the stages' modules once (``_context``), not
each started afresh: importing spaCy's French language data compiles its tokenizer's exception
pattern, seconds of CPU that every spawned worker paid again (bench/worker_startup.py). The server
loads the workers' models too, and this process its own in a thread while it waits for the server
(registry.WORKER_PRELOADS and EXECUTOR_PRELOADS, preloads.py).

A worker that dies (killed for its memory, or crashed in native code on some text) breaks the whole
process pool and fails every task it held. The run goes on: the pool is replaced and each lost task
runs again; a task that kills its worker a second time is run one article at a time, and an article
that kills a worker on its own is recorded as that article's failure (``_again``).
"""
from __future__ import annotations

import importlib
import multiprocessing
import multiprocessing.connection
import os
import threading
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass

from veille.article import Article
from veille.pipeline import Failure, Funnel, Pipeline
from veille.registry import EXECUTOR_PRELOADS, STAGES, WORKER_PRELOADS, build_stages
from veille.stage import IndexedStage
from veille.store.base import Store

#: Articles per task sent to the workers. Articles differ in length: with one chunk per worker, one
#: waits for the other at the end of every batch (about 8 % of the NLP time, estimated from OrangeSum
#: lengths in batches of 64); small tasks, taken by whichever worker is free, cut that to about 3 %.
#: spaCy costs the same per token in batches of 4 or 32 texts, and gives the same records.
TASK_ARTICLES = 4

Layout = list[tuple[bool, tuple[str, ...], frozenset[str]]]
"""Per segment: whether it is store-bound, its stage names, and the fields available before it."""

#: In a worker process only: the stage names it was started with, and what was built from them.
_WORKER_STAGES: tuple[str, ...] = ()
_WORKER_VERSIONS: dict[str, int] = {}
_WORKER_SEGMENTS: list[tuple[bool, Pipeline]] = []


def _context(stage_names: Sequence[str]) -> multiprocessing.context.BaseContext:
    """A fork server that imports the stages' modules, then their preload modules (which load their models),
    before it forks any worker, where the platform has one.

    The server is this process's one fork server, started with the first pool: later pools fork from it
    too, whatever modules it imported (a module it lacks is imported by the worker, as with spawn).
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    modules = sorted({STAGES[n].partition(":")[0] for n in stage_names if n in STAGES})
    context.set_forkserver_preload(modules + [WORKER_PRELOADS[n] for n in stage_names if n in WORKER_PRELOADS])
    return context


def _preload_here(stage_names: Sequence[str]) -> None:
    """Load this process's stages' models in threads, while it waits for the workers' fork server (on one core
    for seconds) rather than on its first batch, when the workers hold every core."""
    for name in stage_names:
        if name in EXECUTOR_PRELOADS:
            module, _, function = EXECUTOR_PRELOADS[name].partition(":")
            threading.Thread(target=getattr(importlib.import_module(module), function), daemon=True).start()


def _start_worker(stage_names: tuple[str, ...]) -> None:
    global _WORKER_STAGES
    _WORKER_STAGES = stage_names
    parent = multiprocessing.parent_process()
    if parent is not None:
        threading.Thread(target=_exit_with, args=(parent.sentinel,), daemon=True).start()


def _exit_with(parent_sentinel: int) -> None:
    """End this worker when the executor's process ends. Killed (SIGKILL: no chance to shut the pool
    down), it would leave its workers waiting for tasks forever, holding their memory and its output."""
    multiprocessing.connection.wait([parent_sentinel])
    os._exit(1)


def _worker_segments() -> list[tuple[bool, Pipeline]]:
    """Built on the first task rather than in the initializer, so that a stage failing to build
    reaches the executor as its own error, not as a broken pool."""
    if not _WORKER_SEGMENTS:
        pipeline = Pipeline(build_stages(_WORKER_STAGES))
        _WORKER_VERSIONS.update(pipeline.versions)
        _WORKER_SEGMENTS.extend(pipeline.segments())
    return _WORKER_SEGMENTS


def _describe() -> tuple[dict[str, int], Layout]:
    """The stage versions and the segment layout, for the executor, which then need not import the
    per-article stages (spaCy alone takes seconds of CPU to import)."""
    segments = _worker_segments()
    return _WORKER_VERSIONS, [
        (indexed, tuple(stage.name for stage in segment.stages), segment.available) for indexed, segment in segments
    ]


def _run_in_worker(number: int, articles: list[Article]) -> tuple[list[Article], Funnel]:
    """Run one segment; the page as read goes back only if a later stage reads it (it is the
    largest field, and every article crosses between processes twice per segment)."""
    segments = _worker_segments()
    done, funnel = segments[number][1].run(articles)
    if not any("raw" in stage.requires for _, later in segments[number + 1 :] for stage in later.stages):
        for article in done:
            article.raw = None
    return done, funnel


def _start_all_workers_first(pool: ProcessPoolExecutor) -> None:
    """Have the pool start all its workers with its first task, before the thread that watches them.

    Left to itself, a pool not using fork starts a worker inside ``submit`` when none is idle, after
    waking its manager thread. That thread takes the list of workers whose death it watches when it
    starts waiting: a worker started just after that is not on it. If that worker dies, the death goes
    unseen, its task's future never ends, and the ingest hangs for good (seen in tests/run/
    test_worker_death.py, CPython 3.11). Starting a worker there can also fail with an OSError when
    another worker's death has just closed the pool's queues. The pool's own path for fork contexts
    (every worker started before its manager thread, none later) has neither race; it is safe with a
    fork server or spawn too, since the workers are not forked from this threaded process.
    """
    pool._safe_to_dynamically_spawn_children = False  # type: ignore[attr-defined]


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


def _bound(segment: Pipeline, store: Store) -> Pipeline:
    for stage in segment.stages:
        assert isinstance(stage, IndexedStage)
        stage.bind(store)
    return segment


@dataclass(slots=True)
class Task:
    """Articles handed to the workers, kept until their result is in: a dead worker loses the task."""

    number: int
    articles: list[Article]
    future: Future[tuple[list[Article], Funnel]]


@dataclass(slots=True)
class Started:
    """A batch between ``start`` and ``finish``: its last per-article segment running in the workers."""

    funnel: Funnel
    tasks: list[Task]
    waiting: list[Article]
    """The batch itself when no stage runs in the workers (``finish`` runs them all)."""


class PooledPipeline:
    """``Pipeline.run`` over N processes, in two calls: ``finish(start(batch))`` gives what ``run``
    gives (the survivors in input order, and a funnel).

    The store-bound stages before the last per-article segment (site boilerplate) run in
    ``start``, so a batch's may run before the previous batch's later ones (dedup, stories) and
    its save: they must read nothing those write.
    """

    def __init__(self, store: Store, stage_names: Sequence[str], *, workers: int) -> None:
        self.workers = workers
        self.stage_names = tuple(stage_names)
        self.pool = self._new_pool()
        _preload_here(self.stage_names)
        try:
            self.versions, layout = self.pool.submit(_describe).result()
        except BaseException:
            self.close()
            raise
        self.names = [names for _, names, _ in layout]
        self.segments: list[Pipeline | None] = [
            _bound(Pipeline(build_stages(names), available=available), store) if indexed else None
            for indexed, names, available in layout
        ]
        """The store-bound segments, run here; None for those the workers run."""
        parallel = [number for number, segment in enumerate(self.segments) if segment is None]
        self.cut = parallel[-1] if parallel else -1
        """The last per-article segment, which ``start`` leaves running in the workers (-1: none)."""

    def start(self, articles: Sequence[Article]) -> Started:
        """Run the segments before the last per-article one, and hand that one to the workers."""
        funnel = Funnel()
        batch = list(articles)
        for number, segment in enumerate(self.segments[: max(self.cut, 0)]):
            if not batch:
                break
            if segment is None:
                batch = self._collect(self._submit(number, batch), funnel)
            else:
                batch, step = segment.run(batch)
                funnel.merge(step)
        if self.cut < 0:
            return Started(funnel, [], batch)
        return Started(funnel, self._submit(self.cut, batch) if batch else [], [])

    def finish(self, started: Started) -> tuple[list[Article], Funnel]:
        """Wait for the workers, then run the store-bound segments after theirs."""
        funnel = started.funnel
        batch = started.waiting or self._collect(started.tasks, funnel)
        for segment in self.segments[self.cut + 1 :]:
            if not batch:
                break
            assert segment is not None  # ``cut`` is the last segment the workers run
            batch, step = segment.run(batch)
            funnel.merge(step)
        return batch, funnel

    def _submit(self, number: int, batch: list[Article]) -> list[Task]:
        chunks = _split(batch, max(self.workers, -(-len(batch) // TASK_ARTICLES)))
        return [Task(number, chunk, self._task(number, chunk)) for chunk in chunks]

    def _task(self, number: int, articles: list[Article]) -> Future[tuple[list[Article], Funnel]]:
        """A pool that lost a worker refuses new tasks: it is replaced then."""
        try:
            return self.pool.submit(_run_in_worker, number, articles)
        except BrokenProcessPool:
            self._replace_pool()
            return self.pool.submit(_run_in_worker, number, articles)

    def _collect(self, tasks: list[Task], funnel: Funnel) -> list[Article]:
        """The tasks' survivors in submission order (which is input order), their funnels merged."""
        batch: list[Article] = []
        for task in tasks:
            try:
                done, step = task.future.result()
            except BrokenProcessPool:
                done, step = self._again(task)
            batch.extend(done)
            funnel.merge(step)
        return batch

    def _again(self, task: Task) -> tuple[list[Article], Funnel]:
        """A task lost with a dead worker, run again in a fresh pool; if it kills that one too, one article at
        a time, so that only the article that kills a worker on its own fails.

        Every task the pool held fails with the worker, whichever article killed it: most come here only to
        be run again. The lost tasks of a batch run one after the other (a rare event, it need not be fast).
        """
        try:
            return self._task(task.number, task.articles).result()
        except BrokenProcessPool:
            pass
        done: list[Article] = []
        funnel = Funnel()
        for article in task.articles:
            try:
                survivors, step = self._task(task.number, [article]).result()
            except BrokenProcessPool:
                stages = "+".join(self.names[task.number])
                funnel.failures.append(Failure(where=article.source_id, reason=(
                    f"{stages}: the worker process died on this article (killed, perhaps for its memory, or "
                    "crashed in native code); the other articles went on")))
                continue
            done.extend(survivors)
            funnel.merge(step)
        return done, funnel

    def _new_pool(self) -> ProcessPoolExecutor:
        pool = ProcessPoolExecutor(
            max_workers=self.workers,
            mp_context=_context(self.stage_names),
            initializer=_start_worker,
            initargs=(self.stage_names,),
        )
        _start_all_workers_first(pool)
        return pool

    def _replace_pool(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)
        self.pool = self._new_pool()

    def close(self) -> None:
        self.pool.shutdown(wait=True, cancel_futures=True)
