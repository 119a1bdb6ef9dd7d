"""The Stage base class and Reject, the one way a stage drops an article on purpose."""
from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from veille.article import Article


class Reject(Exception):
    """Raised by a stage to drop an article for a stated reason (counted as ``rejected:<reason>``)."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class Stage:
    """One step of the pipeline.

    ``requires``/``assigns`` name Article fields so the pipeline can refuse a stage
    list where something is read before anything writes it. ``version`` is recorded
    in ``article.trace`` so a changed heuristic never mixes silently with old data.
    """

    name: ClassVar[str]
    version: ClassVar[int] = 1
    requires: ClassVar[frozenset[str]] = frozenset()
    assigns: ClassVar[frozenset[str]] = frozenset()

    def setup(self) -> None:
        """Load what is expensive (models, rule files) once per worker."""

    def process(self, article: Article) -> Article:
        raise NotImplementedError

    def process_batch(self, articles: Sequence[Article]) -> list[Article | Exception]:
        """Process a batch; a failing article becomes its exception so the others go on."""
        results: list[Article | Exception] = []
        for article in articles:
            try:
                results.append(self.process(article))
            except Exception as exc:  # noqa: BLE001 - recorded per article by the pipeline
                results.append(exc)
        return results


class BatchStage(Stage):
    """A stage whose work is done per batch (a model over many texts, index writes in one
    transaction); a single article is a batch of one."""

    def process(self, article: Article) -> Article:
        result = self.process_batch([article])[0]
        if isinstance(result, Exception):
            raise result
        return result

    def process_batch(self, articles: Sequence[Article]) -> list[Article | Exception]:
        raise NotImplementedError


class IndexedStage(Stage):
    """A stage that reads or updates state shared across articles through the store's index.

    Executors run these in the one process that holds the store, after the parallel stages
    of a batch, in input order, so results never depend on which worker saw what first.
    """

    def bind(self, index: object) -> None:
        self.index = index
