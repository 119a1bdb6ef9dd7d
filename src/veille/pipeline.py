"""Runs a stage list over batches: the requires/assigns check, counters, failures and timing.

The pipeline knows nothing of files or of the store; executors in ``veille.run`` feed it
batches and write what comes out. A failing article is recorded with its reason and the
batch goes on (house rule: one broken page never aborts a run).
"""
from __future__ import annotations

import time
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

from veille.article import Article
from veille.errors import PipelineError
from veille.stage import IndexedStage, Reject, Stage

#: Fields a source fills before any stage runs.
SOURCE_FIELDS = frozenset(
    {"id", "source_id", "url", "site", "section", "title", "published", "raw", "extra", "fingerprint"}
)


@dataclass(frozen=True, slots=True)
class Failure:
    """Something that could not be read or processed: where, and why, in words a user can act on."""

    where: str
    reason: str


@dataclass(slots=True)
class Funnel:
    """What happened to every page of a run; the summary printed at the end of an ingest."""

    read: int = 0
    new: int = 0
    updated: int = 0
    unchanged: int = 0
    copies: int = 0
    """Of the new articles, how many are near-duplicates of an earlier one (``duplicate_of``)."""
    rejected: Counter[str] = field(default_factory=Counter)
    rejects: list[Failure] = field(default_factory=list)
    """Which page each rejection was, so a user can find the page behind a count."""
    failures: list[Failure] = field(default_factory=list)
    stage_seconds: Counter[str] = field(default_factory=Counter)

    @property
    def failed(self) -> int:
        return len(self.failures)

    def merge(self, other: Funnel) -> None:
        self.read += other.read
        self.new += other.new
        self.updated += other.updated
        self.unchanged += other.unchanged
        self.copies += other.copies
        self.rejected.update(other.rejected)
        self.rejects.extend(other.rejects)
        self.failures.extend(other.failures)
        self.stage_seconds.update(other.stage_seconds)

    def as_dict(self) -> dict[str, object]:
        return {
            "read": self.read,
            "new": self.new,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "copies": self.copies,
            "failed": self.failed,
            "rejected": dict(self.rejected),
            "rejects": [{"where": r.where, "reason": r.reason} for r in self.rejects],
            "failures": [{"where": f.where, "reason": f.reason} for f in self.failures],
            "stage_seconds": {k: round(v, 3) for k, v in self.stage_seconds.items()},
        }


def check_stage_order(stages: Sequence[Stage], available: frozenset[str] = SOURCE_FIELDS) -> None:
    """Refuse a stage list in which a stage reads a field nothing earlier assigns."""
    have = set(available)
    for stage in stages:
        missing = stage.requires - have
        if missing:
            raise PipelineError(f"stage {stage.name!r} requires {sorted(missing)}, which no earlier stage assigns")
        have |= stage.assigns


def describe_failure(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text if isinstance(exc, Reject) else f"{exc.__class__.__name__}: {text}"


class Pipeline:
    def __init__(self, stages: Sequence[Stage], *, available: frozenset[str] = SOURCE_FIELDS) -> None:
        check_stage_order(stages, available)
        self.stages = list(stages)
        self.available = available
        self._ready = False

    def segments(self) -> list[tuple[bool, Pipeline]]:
        """Contiguous runs of stages, each flagged True when its stages share state through the
        store (IndexedStage) and so must run in the process that holds it, in input order."""
        runs: list[tuple[bool, list[Stage]]] = []
        for stage in self.stages:
            indexed = isinstance(stage, IndexedStage)
            if runs and runs[-1][0] == indexed:
                runs[-1][1].append(stage)
            else:
                runs.append((indexed, [stage]))
        have, result = set(self.available), []
        for indexed, stages in runs:
            result.append((indexed, Pipeline(stages, available=frozenset(have))))
            for stage in stages:
                have |= stage.assigns
        return result

    def setup(self) -> None:
        if not self._ready:
            for stage in self.stages:
                stage.setup()
            self._ready = True

    @property
    def versions(self) -> dict[str, int]:
        return {stage.name: stage.version for stage in self.stages}

    def run(self, articles: Sequence[Article]) -> tuple[list[Article], Funnel]:
        """Pass a batch through every stage; return the survivors and what happened to the rest."""
        funnel = Funnel()
        batch = list(articles)
        if batch:  # an empty batch (a watch round with nothing new) need not load the models
            self.setup()
        for stage in self.stages:
            if not batch:
                break
            started = time.perf_counter()
            results = stage.process_batch(batch)
            funnel.stage_seconds[stage.name] += time.perf_counter() - started
            survivors: list[Article] = []
            for article, result in zip(batch, results, strict=True):
                if isinstance(result, Reject):
                    funnel.rejected[result.reason] += 1
                    funnel.rejects.append(Failure(where=article.source_id, reason=result.reason))
                elif isinstance(result, Exception):
                    funnel.failures.append(
                        Failure(where=article.source_id, reason=f"{stage.name}: {describe_failure(result)}")
                    )
                else:
                    result.trace[stage.name] = stage.version
                    survivors.append(result)
            batch = survivors
        return batch, funnel
