"""Ingest throughput and memory on OrangeSum: end-to-end articles/s, time per stage, RSS over the run.

Usage: python bench/throughput.py [--n N] [--shared DIR] [--db PATH]
  --n 0 ingests the whole corpus (36k articles). Prints RSS at checkpoints so a reader can
  see whether memory stays flat, then one last line: articles_per_s=… peak_rss_mb=…
"""
from __future__ import annotations

import argparse
import gzip
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from veille.config import Settings
from veille.pipeline import Funnel
from veille.run.local import ingest
from veille.store import open_store

ROOT = Path(__file__).resolve().parent.parent


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def write_slice(corpus: Path, n: int, out: Path) -> int:
    """The first n lines of the corpus, streamed to a plain JSONL (n=0: all of it)."""
    count = 0
    with gzip.open(corpus, "rt", encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for line in src:
            if n and count >= n:
                break
            dst.write(line)
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=5000, help="articles to ingest (0 = all)")
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--db", default=None, help="SQLite file to write (default: a temp file)")
    args = parser.parse_args()
    corpus = args.shared / "corpora" / "orangesum" / "orangesum_articles.jsonl.gz"
    if not corpus.exists():
        sys.exit(f"corpus not found: {corpus} (give --shared)")
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "orangesum_slice.jsonl"
        total = write_slice(corpus, args.n, source)
        db = args.db or str(Path(tmp) / "bench.db")
        store = open_store(db)
        checkpoints = {int(total * f) for f in (0.1, 0.25, 0.5, 0.75)}
        seen = 0

        def progress(count: int, funnel: Funnel) -> None:
            nonlocal seen
            before, seen = seen, seen + count
            for mark in sorted(checkpoints):
                if before < mark <= seen:
                    print(f"  after {seen:>6} articles: rss_mb={rss_mb():.0f}", flush=True)

        print(f"ingesting {total} OrangeSum articles into {db}", flush=True)
        started = time.perf_counter()
        funnel = ingest([str(source)], settings=Settings(db=db), store=store, progress=progress)
        seconds = time.perf_counter() - started
        print(f"  after {seen:>6} articles: rss_mb={rss_mb():.0f}")
        store.close()
    print(f"read={funnel.read} new={funnel.new} unchanged={funnel.unchanged} failed={funnel.failed} "
          f"rejected={dict(funnel.rejected)}")
    for stage, spent in funnel.stage_seconds.most_common():
        print(f"  stage {stage:<18} {spent:8.2f} s  {1000 * spent / max(funnel.read, 1):7.2f} ms/article")
    print(f"total {seconds:.1f} s")
    print(f"articles_per_s={funnel.read / seconds:.1f} peak_rss_mb={peak_rss_mb():.0f}")


if __name__ == "__main__":
    main()
