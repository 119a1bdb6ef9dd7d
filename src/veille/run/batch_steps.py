"""The steps every engine takes around the stages, written once so that every engine counts alike.

run/local.py (one process or a pool, run/pool.py) and run/ray_engine.py cut the work in
different places, but each identifies what it read, skips what the store has unchanged,
binds the store-bound stages to the store, and saves a batch in one transaction with the
link state its stages wrote; the funnel they show must not depend on the engine.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence

from veille.article import Article
from veille.identity import identify
from veille.pipeline import Failure, Funnel, Pipeline
from veille.stage import IndexedStage
from veille.store.base import Store

RunStages = Callable[[list[Article]], tuple[list[Article], Funnel]]
"""``Pipeline.run`` or its like: the survivors in input order, and their funnel."""


def bound_segments(pipeline: Pipeline, store: Store) -> list[tuple[bool, Pipeline]]:
    """The pipeline's segments, the store-bound ones (which run in this process) given the store."""
    segments = pipeline.segments()
    for indexed, segment in segments:
        for stage in segment.stages if indexed else ():
            assert isinstance(stage, IndexedStage)
            stage.bind(store)
    return segments


def identified(items: Sequence[Article | Failure], funnel: Funnel) -> list[Article]:
    """The articles read, identified; failures to read go to ``funnel``, and so does the count."""
    articles = []
    for item in items:
        if isinstance(item, Failure):
            funnel.failures.append(item)
        else:
            articles.append(identify(item))
    funnel.read += len(articles)
    return articles


def unstored(store: Store, articles: list[Article], funnel: Funnel) -> list[Article]:
    """The articles the store does not hold with the same fingerprint; the others count as unchanged."""
    statuses = store.classify(articles)
    todo = [a for a, status in zip(articles, statuses, strict=True) if status != "unchanged"]
    funnel.unchanged += len(articles) - len(todo)
    return todo


def process_and_save(store: Store, articles: list[Article], stages: RunStages | None, *, run_id: int,
                     funnel: Funnel) -> None:
    """Run ``stages`` (if any) over the batch and save what survives, counted in ``funnel``.

    The link state the stages write and the articles commit together: a crash leaves neither.
    """
    with store.write_batch():
        if stages is not None:
            articles, processed = stages(articles)
            funnel.merge(processed)
        save_survivors(store, articles, run_id=run_id, funnel=funnel)


def save_survivors(store: Store, articles: list[Article], *, run_id: int, funnel: Funnel) -> None:
    """Save what came out of the stages, counted in ``funnel``; call it inside the batch's ``write_batch``."""
    for article in articles:
        article.raw = None
    for article, status in zip(articles, store.save(articles, run_id=run_id), strict=True):
        if status == "new":
            funnel.new += 1
            if article.duplicate_of:
                funnel.copies += 1
        elif status == "changed":
            funnel.updated += 1
        else:
            funnel.unchanged += 1
