"""Speed and memory of the link stages (dedup + stories) on OrangeSum, read straight from the corpus.

Usage: python bench/link_speed.py [--n N] [--batch 256] [--shared DIR (default ../shared or $VEILLE_SHARED)] [--db PATH]
  --n 0 (the default) reads all 36k articles. Each article is title + heading + body, as the
  corpus gives them, in file order, streamed batch by batch (nothing else is held in memory).
  Prints at checkpoints the rate so far, the rate and CPU milliseconds per article since the
  last checkpoint (whether the cost of an article grows with the store) and the peak RSS
  (whether memory stays flat); then the time spent in dedup, in the sentence embedder and in
  the whole stories stage (``stories_s`` includes ``embed_s``), and one last line:
  articles_per_s=… peak_rss_mb=… cpu_s=… embed_s=… dedup_s=… stories_s=…
  The stage times, like cpu_s, are CPU seconds of this process (all its threads, BLAS's
  included): on a shared machine wall time depends on the other processes, CPU time much less.
"""
from __future__ import annotations

import argparse
import gzip
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from veille.article import Article
from veille.link.dedup import NearDuplicateLinker
from veille.link.stories import StoryLinker
from veille.store.sqlite import SqliteStore

ROOT = Path(__file__).resolve().parent.parent


def read_articles(shared: Path, n: int) -> Iterator[Article]:
    with gzip.open(shared / "corpora/orangesum/orangesum_articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        for count, line in enumerate(handle):
            if n and count >= n:
                return
            row = json.loads(line)
            text = "\n\n".join(p for p in (row.get("heading"), row.get("article")) if p)
            yield Article(id=str(row["id"]), source_id=f"orangesum:{row['id']}", title=row.get("title"),
                          url=row.get("url"), published=row.get("published_time") or row.get("date"), text=text)


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=0, help="articles to read (0: all)")
    parser.add_argument("--batch", type=int, default=256)
    parser.add_argument("--shared", type=Path, default=Path(os.environ.get("VEILLE_SHARED", ROOT.parent / "shared")))
    parser.add_argument("--db", type=Path, default=None, help="store file (default: a temporary one)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = SqliteStore(args.db or Path(tmp) / "links.db")
        dedup, stories = NearDuplicateLinker(), StoryLinker()
        dedup.bind(store)
        stories.bind(store)
        embed = stories.embedder.embed
        spent = {"dedup": 0.0, "stories": 0.0, "embed": 0.0}

        def timed_embed(texts: list[str]):  # the embedder's share of the stories stage
            started = time.process_time()
            try:
                return embed(texts)
            finally:
                spent["embed"] += time.process_time() - started

        stories.embedder.embed = timed_embed
        done = failed = copies = 0
        started, cpu_started = time.perf_counter(), time.process_time()
        last = (0, started, cpu_started)
        batch: list[Article] = []
        for article in read_articles(args.shared, args.n):
            batch.append(article)
            if len(batch) == args.batch:
                d, f, c = run_batch(batch, dedup, stories, spent)
                done, failed, copies = done + d, failed + f, copies + c
                batch = []
                if done % (args.batch * 20) < args.batch:
                    now, cpu = time.perf_counter(), time.process_time()
                    print(f"{done:>6} articles  {done / (now - started):6.1f}/s  since last: "
                          f"{(done - last[0]) / (now - last[1]):6.1f}/s "
                          f"{1000 * (cpu - last[2]) / (done - last[0]):5.1f} cpu_ms/article  "
                          f"rss_peak={peak_rss_mb():.0f} MB", flush=True)
                    last = (done, now, cpu)
        if batch:
            d, f, c = run_batch(batch, dedup, stories, spent)
            done, failed, copies = done + d, failed + f, copies + c
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        n_stories = sum(1 for _ in store.iter_stories())
        store.close()
    print(f"articles={done} failed={failed} copies={copies} stories={n_stories} seconds={elapsed:.1f}")
    print(f"articles_per_s={done / elapsed:.1f} peak_rss_mb={peak_rss_mb():.0f} cpu_s={cpu:.1f} "
          f"embed_s={spent['embed']:.1f} dedup_s={spent['dedup']:.1f} stories_s={spent['stories']:.1f}")
    return 0


def run_batch(batch: list[Article], dedup: NearDuplicateLinker, stories: StoryLinker,
              spent: dict[str, float]) -> tuple[int, int, int]:
    started = time.process_time()
    results = dedup.process_batch(batch)
    spent["dedup"] += time.process_time() - started
    kept = [r for r in results if isinstance(r, Article)]
    started = time.process_time()
    linked = [r for r in stories.process_batch(kept) if isinstance(r, Article)]
    spent["stories"] += time.process_time() - started
    return len(linked), len(batch) - len(linked), sum(1 for a in linked if a.duplicate_of)


if __name__ == "__main__":
    sys.exit(main())
