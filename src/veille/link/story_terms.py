"""What an article says, as weighted terms: the words and word pairs of its opening.

Sentence embeddings of the title and lead tell topics apart (a strike from a car launch)
but not two developments of one topic: within a strike week every dispatch is close to
every other. What tells "Bayrou mis en examen" from "Philippe dévoilera le projet" is
the rarer vocabulary of the first paragraphs, names and deeds alike ("mise_examen",
"willy_bardon", "controle_technique"): word pairs carry most of it, since a pair is
rarer than either of its words. So an article is compared with a story's recent members
by the cosine of their term vectors, each term weighted by its log count and by how few
of the stories open around the article hold it (an IDF over the window itself, so
"grève" in a strike week weighs little, with no corpus statistics to ship).

A member is stored as its ``top_terms`` heaviest terms at the time it joined, and a story
keeps its ``recent_members`` latest members: the cost of a comparison is bounded, and a
story that drifts is judged on its latest developments. OrangeSum dev week (142 articles,
single link to members vs. the previous centroid-and-names score): pairwise F1 0.365 ->
0.474, B-cubed F1 0.894 -> 0.933 with the day rule of story_days.py.
"""
from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from veille.article import Article
from veille.link.minhash import fold
from veille.link.story_keys import not_names

_WORD = re.compile(r"\w+")


@dataclass(frozen=True, slots=True, kw_only=True)
class TermConfig:
    max_chars: int = 3000
    """Title and the body's first paragraphs, where a dispatch says who did what. OrangeSum dev week, single
    link without the day rule: 1,500 characters of single words reached pairwise F1 0.33, 3,000 with pairs 0.41."""
    min_word_chars: int = 4
    top_terms: int = 125
    """Terms kept per stored member: what a comparison costs, and what the story state weighs. OrangeSum dev
    week, pairwise F1 (B-cubed F1): 60 -> 0.508 (0.924), 100 -> 0.533 (0.937), 125 or 150 -> 0.552 (0.944),
    200 -> 0.538 (0.941), 300 -> 0.479 (0.937): a member's longer tail blurs its shape in the sum of members."""
    recent_members: int = 10
    """Members a story keeps terms for, the latest ones."""


def opening_terms(article: Article, config: TermConfig) -> Counter[str]:
    """Content words of the title and opening, and each pair of consecutive ones ("mise_examen")."""
    text = fold(f"{article.title or ''}\n{article.text[: config.max_chars]}")
    words = [w for w in _WORD.findall(text)
             if len(w) >= config.min_word_chars and not w.isdigit() and w not in not_names()]
    terms = Counter(words)
    terms.update(f"{a}_{b}" for a, b in zip(words, words[1:]))
    return terms


class TermWeights:
    """Term weights for one article: IDF over the stories open in its window.

    Only the article's own terms are counted; a member's term the article lacks weighs as
    the rarest would, since it only lengthens the member's vector (and a member full of
    things the article does not say is further from it).
    """

    __slots__ = ("_idf", "_rarest")

    def __init__(self, terms: Mapping[str, int], held: Iterable[frozenset[str]]) -> None:
        keys = terms.keys()
        df: Counter[str] = Counter()
        n = 0
        for story_terms in held:
            n += 1
            df.update(story_terms & keys)
        self._weigh(keys, df, n)

    @classmethod
    def counted(cls, terms: Mapping[str, int], window: WindowTerms) -> TermWeights:
        """The same weights from the window's running counts: no pass over every open story's terms."""
        weights = cls.__new__(cls)
        weights._weigh(terms.keys(), window.df, window.stories)
        return weights

    def _weigh(self, keys: Iterable[str], df: Mapping[str, int], n: int) -> None:
        self._rarest = math.log(1.0 + (n + 1))
        self._idf = {t: math.log(1.0 + (n + 1) / (df.get(t, 0) + 1)) for t in keys}

    def vector(self, terms: Mapping[str, int]) -> dict[str, float]:
        """Unit vector of log counts times IDF."""
        return self.weigh(log_counts(terms))

    def weigh(self, member: MemberLogs) -> dict[str, float]:
        """``vector`` of terms whose log counts (``log_counts``) were taken once, for a member scored many times."""
        raw, norm = self._weighted(member.logs.items())
        return {t: v / norm for t, v in raw.items()}

    def cosine_to(self, vector: Mapping[str, float], member: MemberLogs) -> float:
        """``cosine(vector, self.weigh(member))`` for ``vector`` = ``self.vector`` of the terms these weights were
        made for, reading only the terms the member shares with them: each other term weighs ``rarest``, so
        they add ``rarest² × (member.squares - the shared terms' squared logs)`` to the squared norm. Most
        stories are scored on one member, whose 125 terms share a few with the article. Equal to the cosine
        up to float rounding (about 1e-16), not bit for bit (1,000 OrangeSum articles and the dev week: the
        same stories)."""
        idf, rarest, logs = self._idf, self._rarest, member.logs
        shared = [t for t in idf if t in logs] if len(idf) <= len(logs) else [t for t in logs if t in idf]
        weighted = [(t, logs[t] * idf[t]) for t in shared]
        plain = max(member.squares - sum(logs[t] * logs[t] for t in shared), 0.0)
        norm = math.sqrt(sum(w * w for _, w in weighted) + rarest * rarest * plain) or 1.0
        return sum((vector[t] * (w / norm) for t, w in weighted), 0.0)

    def _weighted(self, logs: Iterable[tuple[str, float]]) -> tuple[dict[str, float], float]:
        """Log counts times IDF, not yet divided by their norm, and that norm."""
        idf, rarest = self._idf, self._rarest
        raw = {t: log * idf.get(t, rarest) for t, log in logs}
        return raw, math.sqrt(sum(v * v for v in raw.values())) or 1.0


@dataclass(frozen=True, slots=True)
class MemberLogs:
    """A member's terms with 1 + the log of their count, the part of their weight that does not depend on the
    window, and the sum of those logs' squares, for ``TermWeights.cosine_to``."""

    logs: dict[str, float]
    squares: float


def log_counts(terms: Mapping[str, int]) -> MemberLogs:
    logs = {t: 1.0 + math.log(count) for t, count in terms.items()}
    return MemberLogs(logs, sum(v * v for v in logs.values()))


class WindowTerms:
    """How many of the stories open around an article hold each term, kept up to date as the window moves.

    Consecutive articles (in publication order) see nearly the same open stories: counting
    only the stories that entered the window, left it or grew since the last article costs a
    few stories' terms instead of every open story's (OrangeSum's first 3,000 articles: 83 open
    stories per article on average); a story that grew is recounted by the terms it gained and
    lost, not by all it holds (a member's terms against ten members'). The counts are those
    ``TermWeights`` would make from the stories' terms, and hold only the terms of the stories open now.
    """

    __slots__ = ("_held", "df")

    def __init__(self) -> None:
        self._held: dict[str, frozenset[str]] = {}
        self.df: dict[str, int] = {}

    @property
    def stories(self) -> int:
        return len(self._held)

    def move(self, held: Mapping[str, frozenset[str]]) -> None:
        """Count exactly the stories of ``held`` (story id -> its terms)."""
        for story_id, terms in list(self._held.items()):
            now = held.get(story_id)
            if now is None:
                self._count(terms, -1)
                del self._held[story_id]
            elif now is not terms:
                self._count(terms - now, -1)
                self._count(now - terms, 1)
                self._held[story_id] = now
        for story_id, terms in held.items():
            if story_id not in self._held:
                self._count(terms, 1)
                self._held[story_id] = terms

    def _count(self, terms: Iterable[str], step: int) -> None:
        """Add ``step`` to each term's count; a term no story holds any more is dropped, so the counts
        stay the window's size."""
        df = self.df
        for t in terms:
            if count := df.get(t, 0) + step:
                df[t] = count
            else:
                del df[t]


def cosine(article: Mapping[str, float], member: Mapping[str, float]) -> float:
    small, large = (article, member) if len(article) <= len(member) else (member, article)
    return sum((v * large[t] for t, v in small.items() if t in large), 0.0)


def unit_sum(vectors: Iterable[Mapping[str, float]]) -> dict[str, float]:
    """The unit vector of a sum: several members read as one text, each counting alike."""
    total: dict[str, float] = {}
    for vector in vectors:
        for t, v in vector.items():
            total[t] = total.get(t, 0.0) + v
    norm = math.sqrt(sum(v * v for v in total.values())) or 1.0
    return {t: v / norm for t, v in total.items()}


def top_terms(terms: Mapping[str, int], vector: Mapping[str, float], limit: int) -> dict[str, int]:
    """The ``limit`` heaviest terms with their counts, what a story stores of a member."""
    kept = sorted(vector, key=lambda t: (-vector[t], t))[:limit]
    return {t: terms[t] for t in kept}
