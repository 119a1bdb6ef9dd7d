"""Who and where an article names, as a story shows them: its top entities.

When ``article.entities`` is filled (extract/nlp.py), PER, ORG and LOC entities are the
names; until then, and for pages it misses, capitalised words that do not open a sentence
stand in for them (French capitalises little else). Scoring no longer reads them: the
opening's word pairs (story_terms.py) hold the names and what happened to them, and within a
news run every development names the same actors. Measured with the NLP stage's entities
(`veille eval stories`, OrangeSum dev week, pairwise F1 0.552): canonical PER entities added as
terms 0.514, PER+ORG+LOC 0.528, a bonus per shared entity 0.533 or less, a lower threshold for
stories sharing a person 0.500 or less.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cache
from importlib import resources

from veille.article import Article
from veille.link.minhash import fold

_NAME_LABELS = frozenset({"PER", "ORG", "LOC"})
_CAPITALISED = re.compile(r"[A-ZÀ-ÖØ-Ý][\w'’-]*")
_OPENERS = frozenset(".!?:;\n«\"“—–-(")


@dataclass(frozen=True, slots=True, kw_only=True)
class KeyConfig:
    max_chars: int = 1500
    """Title, lead and the body's first paragraphs: where a dispatch names who and where."""


@dataclass(frozen=True, slots=True)
class StoryKeys:
    spans: Counter[str]
    """Names as written (entity canonical forms when known), what a story shows as top entities."""


@cache
def not_names() -> frozenset[str]:
    text = resources.files("veille.link").joinpath("rules", "not_names.txt").read_text(encoding="utf-8")
    return frozenset(w for line in text.splitlines() if not line.startswith("#") for w in fold(line).split())


def capitalised_names(text: str) -> list[str]:
    """Runs of capitalised words that do not open a sentence or a quote, stop words dropped."""
    names: list[str] = []
    run: list[str] = []
    last_end = -1
    for match in _CAPITALISED.finditer(text):
        word = match.group().rstrip("'’-")
        start = match.start()
        while start and text[start - 1].isspace():  # the last character before the word, spaces skipped
            start -= 1
        opens = not start or text[start - 1] in _OPENERS
        stop = fold(word) in not_names() or (opens and not word.isupper())
        if run and (stop or text[last_end : match.start()].strip()):
            names.append(" ".join(run))
            run = []
        if not stop and len(word) > 1:
            run.append(word)
            last_end = match.end()
    if run:
        names.append(" ".join(run))
    return names


def story_keys(article: Article, config: KeyConfig | None = None) -> StoryKeys:
    config = config or KeyConfig()
    entities = [e for e in article.entities if e.label in _NAME_LABELS]
    if entities:
        spans = Counter((e.canonical or e.text).strip() for e in entities)
    else:
        head = f"{article.title or ''}\n{article.text[: config.max_chars]}"
        spans = Counter(capitalised_names(head))
    return StoryKeys(spans)
