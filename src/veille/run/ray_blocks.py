"""What travels between the driver and Ray's workers, and the actor that runs a segment over it.

A block is an Arrow table with one pickled Article per row, not the Article's fields as typed
columns: Arrow would have to guess a type for ``extra`` (whatever an input carried) and for
empty lists, and two blocks could guess differently. An Article is plain data (article.py), so
it pickles whole, ``raw`` and ``trace`` included. Columns:

- ``batch``: the local engine's batch the article was read in, so the driver hands the
  store-bound stages exactly the batches ``veille.run.local`` would (dedup orders by date
  within a batch);
- ``article``: the pickled Article, empty on a funnel row;
- ``funnel``: the pickled Funnel (rejects, failures, timings) of one batch a worker ran, on a
  row of its own, empty on an article row.

Nothing here imports Ray: the actor is a plain class that Ray Data instantiates on a worker.
"""
from __future__ import annotations

import json
import pickle
from collections.abc import Iterable, Iterator, Sequence
from itertools import groupby

import pyarrow as pa

from veille.article import Article
from veille.pipeline import Funnel, Pipeline
from veille.registry import build_stages
from veille.serve.export import ARTICLE_SCHEMA

BLOCK_SCHEMA = pa.schema([("batch", pa.int64()), ("article", pa.binary()), ("funnel", pa.binary())])


def article_block(rows: Iterable[tuple[int, Article]]) -> pa.Table:
    """A block of (batch number, article) rows."""
    batches, articles = [], []
    for batch, article in rows:
        batches.append(batch)
        articles.append(pickle.dumps(article, protocol=pickle.HIGHEST_PROTOCOL))
    return pa.table({"batch": batches, "article": articles, "funnel": [b""] * len(articles)}, schema=BLOCK_SCHEMA)


def _funnel_block(batch: int, funnel: Funnel) -> pa.Table:
    return pa.table({"batch": [batch], "article": [b""], "funnel": [pickle.dumps(funnel)]}, schema=BLOCK_SCHEMA)


def read_block(block: pa.Table) -> Iterator[tuple[int, Article | Funnel]]:
    """The rows of a block in order: (batch number, the Article or a batch's Funnel)."""
    columns = block.select(["batch", "article", "funnel"]).to_pydict()
    for batch, article, funnel in zip(columns["batch"], columns["article"], columns["funnel"], strict=True):
        yield batch, pickle.loads(article if article else funnel)


def group_batches(rows: Iterable[tuple[int, Article | Funnel]], funnel: Funnel) -> Iterator[tuple[int, list[Article]]]:
    """Consecutive articles of one batch number, in order; funnel rows are merged into ``funnel``.

    A batch may reach the driver cut across blocks, so a group ends only when the number changes.
    """
    group: list[Article] = []
    current = -1
    for batch, item in rows:
        if isinstance(item, Funnel):
            funnel.merge(item)
            continue
        if batch != current and group:
            yield current, group
            group = []
        current = batch
        group.append(item)
    if group:
        yield current, group


def record_block(block: pa.Table) -> pa.Table:
    """The export records of a block's articles (funnel rows dropped) for ``--ray-output``: the schema of
    `veille export articles --format parquet`, before dedup and stories fill ``duplicate_of`` and ``story_id``."""
    records = []
    for _, item in read_block(block):
        if isinstance(item, Article):
            record = item.to_record()
            record["extra"] = json.dumps(record["extra"], ensure_ascii=False)
            records.append(record)
    return pa.Table.from_pylist(records, schema=ARTICLE_SCHEMA)


class SegmentWorker:
    """Ray Data's actor: builds its segment's stages once (so spaCy loads once per actor, as in
    ``veille.run.pool``) and runs them over each block it is sent.

    Only the segment's own stages are built, so the cleaning actors never import spaCy;
    ``available`` is what the stages before the segment assign (``Pipeline.segments()``).
    """

    def __init__(self, stage_names: Sequence[str], available: frozenset[str]) -> None:
        self.segment = Pipeline(build_stages(tuple(stage_names)), available=available)
        self.segment.setup()

    def __call__(self, block: pa.Table) -> pa.Table:
        """Run each batch of the block apart, so every survivor keeps its batch number."""
        parts = []
        for batch, rows in groupby(read_block(block), key=lambda row: row[0]):
            done, funnel = self.segment.run([article for _, article in rows if isinstance(article, Article)])
            parts.append(article_block((batch, article) for article in done))
            parts.append(_funnel_block(batch, funnel))
        return pa.concat_tables(parts) if parts else block.slice(0, 0)
