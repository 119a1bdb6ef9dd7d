"""Search latency: p50/p95 of 100 queries on a store of OrangeSum, SQLite and/or PostgreSQL.

Usage: python bench/search_latency.py [--db URL ...] [--build N] [--queries 100]
  --db     an existing store to query (repeat for several; a path or a postgresql:// URL);
  --build  first ingest the first N OrangeSum articles (0 = all 36k) into every --db given,
           through the cleaning stages only (search needs no NLP), so both backends hold the same.
Queries are words and two-word phrases drawn with a fixed seed from the corpus titles, plus a
few filtered ones; each line prints one backend's p50/p95/max in milliseconds.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import statistics
import tempfile
import time
from pathlib import Path

from veille.config import Settings
from veille.registry import DEFAULT_STAGES
from veille.run.local import build_pipeline, ingest
from veille.store import open_store
from veille.store.base import SearchFilters

ROOT = Path(__file__).resolve().parent.parent
CLEAN_STAGES = DEFAULT_STAGES[: DEFAULT_STAGES.index("nlp")]


def corpus_slice(corpus: Path, n: int, out: Path) -> list[str]:
    titles = []
    with gzip.open(corpus, "rt", encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for count, line in enumerate(src):
            if n and count >= n:
                break
            dst.write(line)
            titles.append(json.loads(line).get("title") or "")
    return titles


def make_queries(titles: list[str], count: int) -> list[tuple[str, SearchFilters | None]]:
    rng = random.Random(20261122)
    words = [w.strip(".,:;!?«»\"'()") for t in titles for w in t.split()]
    words = [w for w in words if len(w) > 4]
    queries: list[tuple[str, SearchFilters | None]] = []
    for i in range(count):
        if i % 5 == 4:
            first = rng.choice(words)
            queries.append((f'"{first} {rng.choice(words)}" OR {first}', None))
        elif i % 5 == 3:
            queries.append((rng.choice(words), SearchFilters(date_from="2019-01-01", date_to="2019-12-31")))
        else:
            queries.append((rng.choice(words), None))
    return queries


def measure(url: str, queries: list[tuple[str, SearchFilters | None]]) -> list[float]:
    store = open_store(url)
    try:
        store.search("warmup", limit=20)
        times = []
        for query, filters in queries:
            started = time.perf_counter()
            store.search(query, limit=20, filters=filters)
            times.append((time.perf_counter() - started) * 1000)
        return times
    finally:
        store.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--db", action="append", default=[], help="store path or postgresql:// URL (repeatable)")
    parser.add_argument("--build", type=int, default=None, help="ingest the first N articles first (0 = all)")
    parser.add_argument("--queries", type=int, default=100)
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared")))
    args = parser.parse_args()
    corpus = args.shared / "corpora" / "orangesum" / "orangesum_articles.jsonl.gz"
    with tempfile.TemporaryDirectory() as tmp:
        urls = args.db or [str(Path(tmp) / "search.db")]
        source = Path(tmp) / "slice.jsonl"
        titles = corpus_slice(corpus, args.build or 0, source)
        if args.build is not None or not args.db:
            for url in urls:
                store = open_store(url)
                started = time.perf_counter()
                funnel = ingest([str(source)], settings=Settings(db=url), store=store,
                                pipeline=build_pipeline(store, CLEAN_STAGES))
                store.close()
                print(f"built {url.split('@')[-1]}: {funnel.new} articles in {time.perf_counter() - started:.0f} s")
        queries = make_queries(titles, args.queries)
        for url in urls:
            times = sorted(measure(url, queries))
            p50 = statistics.median(times)
            p95 = times[max(0, int(len(times) * 0.95) - 1)]
            backend = "postgres" if url.startswith("postgres") else "sqlite"
            print(f"{backend}: queries={len(times)} p50_ms={p50:.1f} p95_ms={p95:.1f} max_ms={times[-1]:.1f}")


if __name__ == "__main__":
    main()
