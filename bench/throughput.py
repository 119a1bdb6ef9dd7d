"""Ingest throughput and memory on OrangeSum: end-to-end articles/s, time per stage, RSS over the run,
and, in the same run, spaCy fr_core_news_md's full pipeline alone on the same texts (what a naive
pipeline pays).

Usage: python bench/throughput.py [--n N] [--workers W] [--shared DIR] [--db PATH] [--no-spacy]
  --n 0 ingests the whole corpus (36k articles). Prints RSS at checkpoints so a reader can
  see whether memory stays flat, then one last line:
  articles_per_s=… ratio_to_spacy_full=… peak_rss_mb=…
  (peak_rss_mb adds this process's peak and, with workers, each worker's peak.) The CPU time over
  all processes, printed before it, is the figure to compare A/B when the machine is not quiet; with
  workers it is split between this process (reading, linking, saving) and the workers (cleaning, NLP).
  Workers are forked from a fork server (run/pool.py), which reaps them and outlives the run, so both
  figures are read from /proc over every process below this one, the fork server included.
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


def _descendants() -> list[int]:
    """Every live (or not yet reaped) process below this one."""
    parents: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue  # ended while we read
            parents.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [os.getpid()]
    while todo:
        children = parents.get(todo.pop(), [])
        found.extend(children)
        todo.extend(children)
    return found


def peak_descendant_rss_mb() -> float:
    """The largest peak RSS of a process below this one (the workers, while they run)."""
    peak = 0
    for pid in _descendants():
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        peak = max([peak, *(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))])
    return peak / 1024


def cpu_seconds() -> tuple[float, float]:
    """CPU time of this process, and of every process below it, ended or not: the workers are the fork
    server's children, whose CPU reaches this process's RUSAGE_CHILDREN only when the server ends."""
    own, reaped = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    below = reaped.ru_utime + reaped.ru_stime
    ticks = os.sysconf("SC_CLK_TCK")
    for pid in _descendants():  # each one's own CPU, and that of the processes it reaped
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        below += sum(int(f) for f in fields[11:15]) / ticks  # utime, stime, cutime, cstime
    return own.ru_utime + own.ru_stime, below


def spacy_full_rate(source: Path, processes: int) -> float:
    """Articles/s of spaCy's whole fr_core_news_md pipeline over the slice's lead and body, given
    as many processes as veille had workers (a fair naive baseline)."""
    import spacy

    texts = []
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            texts.append("\n\n".join(p for p in (record.get("heading"), record.get("article")) if p))
    nlp = spacy.load("fr_core_news_md")
    started = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32, n_process=processes):
        pass
    return len(texts) / (time.perf_counter() - started)


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
    parser.add_argument("--workers", type=int, default=1, help="processes for cleaning and NLP")
    parser.add_argument("--no-spacy", action="store_true", help="skip the spaCy-alone comparison")
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
        seen, workers_peak = 0, 0.0

        def progress(count: int, funnel: Funnel) -> None:
            nonlocal seen, workers_peak
            workers_peak = max(workers_peak, peak_descendant_rss_mb())
            before, seen = seen, seen + count
            for mark in sorted(checkpoints):
                if before < mark <= seen:
                    print(f"  after {seen:>6} articles: rss_mb={rss_mb():.0f}", flush=True)

        print(f"ingesting {total} OrangeSum articles into {db}", flush=True)
        started, cpu_started = time.perf_counter(), cpu_seconds()
        funnel = ingest([str(source)], settings=Settings(db=db, workers=args.workers), store=store,
                        progress=progress)
        cpu_ended = cpu_seconds()
        seconds = time.perf_counter() - started
        main_cpu, workers_cpu = (end - begin for end, begin in zip(cpu_ended, cpu_started, strict=True))
        print(f"  after {seen:>6} articles: rss_mb={rss_mb():.0f}")
        store.close()
        peak = peak_rss_mb() + (args.workers * workers_peak if args.workers > 1 else 0)
        spacy_rate = None if args.no_spacy else spacy_full_rate(source, args.workers)
    print(f"read={funnel.read} new={funnel.new} unchanged={funnel.unchanged} failed={funnel.failed} "
          f"rejected={dict(funnel.rejected)}")
    for stage, spent in funnel.stage_seconds.most_common():
        print(f"  stage {stage:<18} {spent:8.2f} s  {1000 * spent / max(funnel.read, 1):7.2f} ms/article")
    rate = funnel.read / seconds
    cpu, per_article = main_cpu + workers_cpu, 1000 / max(funnel.read, 1)
    print(f"total {seconds:.1f} s with {args.workers} worker(s); CPU over all processes {cpu:.1f} s, "
          f"{cpu * per_article:.1f} ms/article (steadier than wall time on a busy machine)")
    if args.workers > 1:
        print(f"  CPU of this process (reading, linking, saving) {main_cpu * per_article:.1f} ms/article, "
              f"of the workers {workers_cpu * per_article:.1f} ms/article")
    if spacy_rate is not None:
        print(f"spaCy fr_core_news_md full pipeline alone, {args.workers} process(es): {spacy_rate:.1f} articles/s")
    ratio = f"{rate / spacy_rate:.2f}" if spacy_rate else "n/a"
    print(f"articles_per_s={rate:.1f} ratio_to_spacy_full={ratio} peak_rss_mb={peak:.0f}")


if __name__ == "__main__":
    main()
