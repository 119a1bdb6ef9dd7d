"""How an article is scored against a story, and how a story changes when it joins.

A story keeps the sum of its members' embeddings (its centroid: what it is about), the
terms of its latest members (story_terms.py), the days its members' titles name and lead
with (story_days.py) and the counts it shows (outlets, entities, copies). Scoring is in two
stages: the centroid cosine picks the candidates (same subject, a cheap dot product), then
the best term cosine between the article and one of a story's recent members, or all of
them together, decides (same development: single link, since a story's members need not
resemble each other, only each its predecessor).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from veille.link.story_days import leading_days
from veille.link.story_keys import StoryKeys
from veille.link.story_terms import MemberLogs, TermWeights, cosine, log_counts, unit_sum
from veille.store.base import StoryRow


@dataclass(frozen=True, slots=True, kw_only=True)
class ScoreConfig:
    threshold: float = 0.12
    """An article joins a story it has a term cosine above this with (``score``). OrangeSum dev week,
    pairwise F1 (B-cubed F1): 0.11 -> 0.533 (0.937), 0.12 -> 0.552 (0.944), 0.13 -> 0.524 (0.937)."""
    min_cosine: float = 0.2
    """Centroid cosine below which the subjects differ whatever words they share. It drops no pair of the
    OrangeSum dev week's gold (the lowest is 0.21): 0.1, or no gate at all, gives the same stories."""
    candidates: int = 20
    """Stories, closest centroids first, whose members are compared term by term: bounds the cost."""


def centroid(story: StoryRow) -> np.ndarray:
    vector = np.frombuffer(story.centroid, dtype=np.float32)
    norm = float(np.linalg.norm(vector))
    return vector / norm if norm else vector


def held_terms(story: StoryRow) -> frozenset[str]:
    """The terms the story's recent members hold: what the window's IDF counts."""
    return frozenset(t for _, terms in story.state.get("recent", []) for t in terms)


def days_agree(days: frozenset[str], story: StoryRow) -> bool:
    """False when both the article's title and the story's titles name days, and the article's title is
    not about a day the story is about (story_days.py).

    A title naming several days ("peu d'améliorations lundi et mardi") spans them: it continues a story
    naming any of them. A title naming one day ("trafic perturbé mardi") is about that day: it continues
    a story one of whose titles leads with it (story_days.leading_days), not one that reached it only as
    the end of a span, which would chain each day's forecast to the next. OrangeSum dev week, pairwise F1
    (B-cubed F1): any shared day 0.552 (0.944), this rule 0.622 (0.950); 5-8 December unchanged, 9-11
    December 0.500 (0.952) -> 0.526 (0.958). Asking leading days of multi-day titles too splits the
    weekend-and-Monday forecasts the gold keeps together: 0.447 (0.940).
    """
    named = story.state.get("days", {})
    if not days or not named:
        return True
    if len(days) > 1:
        return not days.isdisjoint(named)
    return not days.isdisjoint(story.state.get("leads", named))  # a story saved before leads were kept: any day


def score(vector: dict[str, float], weights: TermWeights, story: StoryRow) -> float:
    """Term cosine of the article (``vector``, weighted by ``weights``) to the story's closest recent member,
    or to its recent members together when that is closer.

    A follow-up resembles its predecessor; a round-up or a later report (the bus depots unblocked on the
    Monday of a forecast story) takes a little from each member and may resemble none enough on its own.
    OrangeSum dev week, pairwise F1 (B-cubed F1): closest member only 0.474 (0.933), either 0.533 (0.937);
    5-8 December unchanged, 9-11 December 0.476 (0.951) -> 0.500 (0.952).
    """
    return score_members(vector, weights, recent_logs(story))


def recent_logs(story: StoryRow) -> list[MemberLogs]:
    """The story's recent members as ``log_counts``: what ``score_members`` weighs, taken once per story read."""
    return [log_counts(terms) for _, terms in story.state.get("recent", [])]


def score_members(vector: dict[str, float], weights: TermWeights,
                  members_logs: Sequence[MemberLogs]) -> float:
    """``score``, the members' log counts taken beforehand (``recent_logs``)."""
    if len(members_logs) == 1:
        return weights.cosine_to(vector, members_logs[0])
    members = [weights.weigh(logs) for logs in members_logs]
    closest = max((cosine(vector, member) for member in members), default=0.0)
    if len(members) < 2:
        return closest
    return max(closest, cosine(vector, unit_sum(members)))


def grow(story: StoryRow | None, *, story_id: str, article_id: str, published: str, embedding: np.ndarray,
         keys: StoryKeys, terms: dict[str, int], days: frozenset[str], outlet: str | None, copy: bool,
         label: str, recent_members: int) -> StoryRow:
    """The story with one more member (a new story when ``story`` is None); ``terms`` are its stored top terms."""
    state = story.state if story else {}
    recent = list(state.get("recent", []))
    named = Counter(state.get("days", {}))
    leads = Counter(state.get("leads", named))  # a story saved before leads were kept: every day it names
    if not copy:  # a copy says nothing new about the development
        recent = [*recent, [article_id, terms]][-recent_members:]
        named.update(sorted(days))  # a set's order varies between runs; the stored state should not
        leads.update(leading_days(days))
    entities = Counter(state.get("entities", {}))
    entities.update(keys.spans)
    outlets = Counter(state.get("outlets", {}))
    if outlet:
        outlets[outlet] += 1
    vector = np.frombuffer(story.centroid, dtype=np.float32) if story else np.zeros_like(embedding)
    if not copy:
        vector = vector + embedding
    return StoryRow(
        story_id=story_id,
        label=label,
        first_date=min(story.first_date, published) if story else published,
        last_date=max(story.last_date, published) if story else published,
        article_count=(story.article_count if story else 0) + 1,
        centroid=vector.astype(np.float32).tobytes(),
        state={"recent": recent, "days": dict(named), "leads": dict(leads), "entities": dict(entities),
               "outlets": dict(outlets), "copies": int(state.get("copies", 0)) + int(copy)},
    )


def representative_title(titles: Sequence[str | None], embeddings: Sequence[np.ndarray], center: np.ndarray) -> str:
    """The title of the member closest to the centroid (the first member's on ties)."""
    best, best_sim = "", -2.0
    for title, vector in zip(titles, embeddings):
        if title and (sim := float(vector @ center)) > best_sim + 1e-6:
            best, best_sim = title, sim
    return best
