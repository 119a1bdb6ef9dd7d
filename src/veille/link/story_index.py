"""How an article is scored against a story, and how a story changes when it joins.

A story keeps the sum of its members' embeddings (its centroid: what it is about), how
many members name each name token, and the counts it shows (outlets, entities, copies).
The score mixes the two signals: the cosine to the centroid says "same subject", the
share of the article's names the story already holds says "same development". Names are
weighted by how few of the stories open in the window hold them, an IDF computed over
the window itself, so "Macron" or "SNCF" in a strike week weighs little and "Kulik" a lot,
with no corpus statistics to ship or to keep up to date.
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from veille.link.story_keys import StoryKeys
from veille.store.base import StoryRow


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoreConfig:
    cosine_weight: float = 0.2
    name_weight: float = 1.0
    threshold: float = 0.28
    """An article joins a story at 0.2 x cosine + word share >= 0.28: with the cosine of two articles
    on one subject (about 0.5), the story's members must hold on average 18 % of the IDF weight of
    the article's names and opening words; nearly a fifth of the rare words, not just the topic."""
    min_cosine: float = 0.2
    """Below this the subjects differ whatever words they share (a minister in two unrelated stories)."""


def centroid(story: StoryRow) -> np.ndarray:
    vector = np.frombuffer(story.centroid, dtype=np.float32)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def name_weights(tokens: frozenset[str], stories: Sequence[StoryRow]) -> dict[str, float]:
    """IDF of each of the article's name tokens over the stories open in the window."""
    df = Counter(t for story in stories for t in tokens & story.state.get("names", {}).keys())
    n = len(stories)
    return {t: math.log(1.0 + (n + 1) / (df[t] + 1)) for t in tokens}


def score(embedding: np.ndarray, weights: dict[str, float], story: StoryRow, center: np.ndarray,
          config: ScoreConfig) -> float:
    """``weights`` are the article's name weights (name_weights), ``center`` the story's unit centroid."""
    cosine = float(embedding @ center)
    if cosine < config.min_cosine:
        return 0.0
    total = sum(weights.values())
    names = story.state.get("names", {})
    members = max(1, story.article_count - int(story.state.get("copies", 0)))
    shared = sum(w * names.get(t, 0) / members for t, w in weights.items()) / total if total else 0.0
    return config.cosine_weight * cosine + config.name_weight * shared


def grow(story: StoryRow | None, *, story_id: str, published: str, embedding: np.ndarray, keys: StoryKeys,
         outlet: str | None, copy: bool, label: str) -> StoryRow:
    """The story with one more member (a new story when ``story`` is None)."""
    state = story.state if story else {}
    names = Counter(state.get("names", {}))
    if not copy:
        names.update(keys.tokens)
    entities = Counter(state.get("entities", {}))
    entities.update(keys.spans)
    outlets = Counter(state.get("outlets", {}))
    if outlet:
        outlets[outlet] += 1
    vector = np.frombuffer(story.centroid, dtype=np.float32) if story else np.zeros_like(embedding)
    if not copy:  # a copy says nothing new about the subject
        vector = vector + embedding
    return StoryRow(
        story_id=story_id,
        label=label,
        first_date=min(story.first_date, published) if story else published,
        last_date=max(story.last_date, published) if story else published,
        article_count=(story.article_count if story else 0) + 1,
        centroid=vector.astype(np.float32).tobytes(),
        state={"names": dict(names), "entities": dict(entities), "outlets": dict(outlets),
               "copies": int(state.get("copies", 0)) + int(copy)},
    )


def representative_title(titles: Sequence[str | None], embeddings: Sequence[np.ndarray], center: np.ndarray) -> str:
    """The title of the member closest to the centroid (the first member's on ties)."""
    best, best_sim = "", -2.0
    for title, vector in zip(titles, embeddings):
        if title and (sim := float(vector @ center)) > best_sim + 1e-6:
            best, best_sim = title, sim
    return best
