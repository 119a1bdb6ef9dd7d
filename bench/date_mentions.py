"""Date mentions on real French news: how many are found, and a sample to judge by eye.

    python bench/date_mentions.py [--n 300] [--sample 30] [--seed 7]

Reads the first N OrangeSum bodies (../shared/corpora/orangesum, or $VEILLE_SHARED),
parses them as the NLP stage does (``parsing.parse_texts``), values their dates against each article's ``date``, and prints counts, then a random
sample of mentions with their context so a person can judge precision. Prints numbers;
never passes or fails.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import time
from collections import Counter
from pathlib import Path

from veille.extract.cues import load_rules
from veille.extract.dates import find_dates
from veille.extract.events import find_events
from veille.extract.parsing import load_pipeline, parse_texts

CONTEXT = 60


def _corpus() -> Path:
    shared = Path(os.environ.get("VEILLE_SHARED", Path(__file__).resolve().parent.parent.parent / "shared"))
    return shared / "corpora" / "orangesum" / "orangesum_articles.jsonl.gz"


def _records(n: int) -> list[dict]:
    records = []
    with gzip.open(_corpus(), "rt", encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            if record.get("article"):
                records.append(record)
            if len(records) >= n:
                break
    return records


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--sample", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    records = _records(args.n)
    nlp = load_pipeline()
    mentions, kinds, events = [], Counter(), 0
    started = time.perf_counter()
    docs = parse_texts(nlp, [r["article"] for r in records], load_rules())
    for record, doc in zip(records, docs):
        dates = find_dates(doc, record["date"])
        events += len(find_events(doc, dates))
        for d in dates:
            mentions.append((record, d))
            kinds["valued" if d.value else "unvalued"] += 1
    elapsed = time.perf_counter() - started
    rng = random.Random(args.seed)
    for record, d in rng.sample(mentions, min(args.sample, len(mentions))):
        text = record["article"]
        left = text[max(0, d.start - CONTEXT):d.start].replace("\n", " ")
        right = text[d.end:d.end + CONTEXT].replace("\n", " ")
        print(f"{record['id']:>6} pub={record['date']} value={d.value!s:<24} …{left}[[{d.text}]]{right}…")
    print(f"articles={len(records)} date_mentions={len(mentions)} per_article={len(mentions) / max(1, len(records)):.2f} "
          f"valued={kinds['valued']} unvalued={kinds['unvalued']} events={events} seconds={elapsed:.1f}")


if __name__ == "__main__":
    main()
