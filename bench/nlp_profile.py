"""CPU milliseconds per article of each part of the NLP stage, on the first N OrangeSum articles.

The parts are those of parsing.parse_texts and NlpExtractor.read, run one after the other in this
one process with the model already loaded; the last of ``--rounds`` rounds is printed. Pass two is
split into its three pipes, each run over all distinct candidate sentences before the next (the parser and
the morphologizer read tok2vec's output from ``Doc.tensor``: the same analysis as one ``nlp.pipe``).
Process time, not wall-clock: the figures stay comparable when other work shares the machine.
Prints numbers only.

    python bench/nlp_profile.py [--n 300] [--rounds 2] [--corpus PATH]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from collections import defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy
from spacy.language import Language

from veille.blas_threads import one_blas_thread
from veille.extract.cues import QuoteRules, load_rules
from veille.extract.dates import find_dates
from veille.extract.entities import find_entities
from veille.extract.events import find_events
from veille.extract.name_sentences import tag_names
from veille.extract.parsing import (_MERGED, _PARSE_PIPES, MAX_CHARS, _candidate_sentences, load_pipeline,
                                    merge_parses, sentence_doc, split_sentences)
from veille.extract.quotes import find_quotes
from veille.extract.repeats import Repeats
from veille.extract.speakers import resolve_speakers

DEFAULT_CORPUS = Path(os.environ.get("VEILLE_SHARED", Path(__file__).resolve().parents[2] / "shared")) / (
    "corpora/orangesum/orangesum_articles.jsonl.gz"
)


def read_texts(path: Path, n: int) -> list[str]:
    """Heading and body, as the throughput bench and the ingest give them to the stage."""
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.append("\n\n".join(p for p in (record.get("heading"), record.get("article")) if p)[:MAX_CHARS])
            if len(texts) >= n:
                break
    return texts


def profile(nlp: Language, rules: QuoteRules, texts: list[str], batch_size: int = 32) -> dict[str, float]:
    """Seconds of process time spent in each part over all ``texts``."""
    spent: dict[str, float] = defaultdict(float)

    @contextmanager
    def part(name: str) -> Iterator[None]:
        started = time.process_time()
        yield
        spent[name] += time.process_time() - started

    repeats = Repeats()  # each round afresh, as a worker starts: only the repeats within the texts are skipped
    with one_blas_thread():
        with part("tokens+sentences"):
            docs = split_sentences(nlp, texts, batch_size=batch_size)
        with part("ner"):
            tag_names(nlp, docs, batch_size=batch_size, memo=repeats.names)
        with part("candidates"):
            wanted = [(d, start, rows) for d, doc in enumerate(docs) for start, rows in _candidate_sentences(
                doc, texts[d], rules)]
            distinct = {rows.tobytes(): rows for _, _, rows in wanted}  # a repeated sentence is parsed once
            parsed = [sentence_doc(nlp.vocab, rows) for rows in distinct.values()]
        for name in _PARSE_PIPES:
            with part(name):
                parsed = list(nlp.get_pipe(name).pipe(parsed, batch_size=batch_size * 4))
    columns = {key: sub.to_array(list(_MERGED)) for key, sub in zip(distinct, parsed, strict=True)}
    by_doc: dict[int, list[tuple[int, numpy.ndarray]]] = defaultdict(list)
    for d, start, rows in wanted:
        by_doc[d].append((start, columns[rows.tobytes()]))
    with part("merge"):
        docs = [merge_parses(doc, by_doc[d]) for d, doc in enumerate(docs)]
    for doc, text in zip(docs, texts, strict=True):  # each Doc's own text, as NlpExtractor.read is given it
        with part("quotes"):
            quotes = find_quotes(doc, rules, text)
        with part("speakers"):
            if quotes:  # as NlpExtractor.read
                resolve_speakers(doc, quotes, rules, text)
        with part("entities"):
            find_entities(doc, text)
        with part("dates"):
            dates = find_dates(doc, None, text)
        with part("events"):
            find_events(doc, dates, text)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--rounds", type=int, default=2, help="The first rounds warm caches; the last one is printed.")
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = parser.parse_args()
    texts = read_texts(args.corpus, args.n)
    nlp, rules = load_pipeline(), load_rules()
    for _ in range(args.rounds):
        spent = profile(nlp, rules, texts)
    for name, seconds in spent.items():
        print(f"{name:18s} {1000 * seconds / len(texts):7.2f} ms/article")
    print(f"{'total':18s} {1000 * sum(spent.values()) / len(texts):7.2f} ms/article  ({len(texts)} articles)")


if __name__ == "__main__":
    main()
