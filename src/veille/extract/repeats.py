"""Word sequences a worker has analysed already: each analysed once, its result kept by its words.

News repeats itself: copies and updates of a dispatch, a paragraph recalled in the next day's
follow-up. Among the first 1,000 OrangeSum articles, 13 % of the tokens the NER reads (its windows,
name_sentences.py) and 14 % of those the parser reads (the candidate sentences, parsing.py) are in
a window or a sentence read before, word for word. Each of those is its own small Doc, made from
its words and spaces alone, and spaCy's layers see nothing of the other Docs of a batch (tok2vec
pads between them): its entities, or its tags and tree, are a function of those words, which
``analyse_once`` looks up before running the model. The exports of 1,000 OrangeSum articles are
byte-identical with and without it, with one worker or two.

The key is the words' ORTH hashes and spaces as bytes (spaCy's string hashes name a word in the
vocab); the memo keeps the latest ``capacity`` results, so a worker's memory stays bounded over an
ingest of any length.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

from spacy.tokens import Doc

V = TypeVar("V")

#: Windows, and sentences, a worker keeps the results of. A parsed sentence's key and columns take some 2 kB,
#: a window's key and entities under 1 kB: some 60 MB per worker at most. A worker reads some 12 windows and
#: 9 candidate sentences per OrangeSum article, so this covers the last 1,500 to 2,000 articles it read.
CAPACITY = 20_000


class RepeatMemo(Generic[V]):
    """Results by key, the oldest dropped once ``capacity`` are held."""

    __slots__ = ("capacity", "_found")

    def __init__(self, capacity: int) -> None:
        self.capacity = capacity
        self._found: dict[bytes, V] = {}

    def __len__(self) -> int:
        return len(self._found)

    def get(self, key: bytes) -> V | None:
        return self._found.get(key)

    def put(self, key: bytes, value: V) -> None:
        if key not in self._found and len(self._found) >= self.capacity:
            del self._found[next(iter(self._found))]
        self._found[key] = value


@dataclass(frozen=True, slots=True)
class Repeats:
    """What one NLP stage keeps: the NER's entities by window, the parser's columns by sentence."""

    names: RepeatMemo[Any] = field(default_factory=lambda: RepeatMemo(CAPACITY))
    parses: RepeatMemo[Any] = field(default_factory=lambda: RepeatMemo(CAPACITY))


def analyse_once(keys: list[bytes], make: Callable[[int], Doc], run: Callable[[Iterator[Doc]], Iterable[Doc]],
                 read: Callable[[Doc], V], memo: RepeatMemo[V] | None) -> list[V]:
    """``read`` of each item's Doc after ``run``, in order; ``make(i)`` builds item i's Doc, made and run only for
    the first item of each key that ``memo`` does not hold (a repeat within the batch is run once too)."""
    results: dict[bytes, V] = {}
    todo: dict[bytes, int] = {}
    for i, key in enumerate(keys):
        if key in results or key in todo:
            continue
        known = memo.get(key) if memo is not None else None
        if known is not None:
            results[key] = known
        else:
            todo[key] = i
    for key, doc in zip(todo, run(make(i) for i in todo.values()), strict=True):
        results[key] = value = read(doc)
        if memo is not None:
            memo.put(key, value)
    return [results[key] for key in keys]
