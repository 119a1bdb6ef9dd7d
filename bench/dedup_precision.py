"""Precision of near-duplicate links outside OrangeSum's own list: a sample to read, and the overlap figures.

Usage: python bench/dedup_precision.py [--n N] [--sample 200] [--shared DIR] [--out FILE]
Runs the dedup stage over the corpus (file order, as an ingest reads it), keeps the predicted
(copy, original) pairs whose two articles are not in one group of list_of_duplicates.txt, and
draws a fixed-seed sample. For each pair it prints Jaccard and containment of the 5-word
shingles and writes both texts' openings and endings to --out for a person to read and mark
(a pair is correct when both texts carry one dispatch: same facts, same sentences, whatever
the title, lead, cut or boilerplate). The last line sums the sample's overlap distribution.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import sys
import tempfile
from pathlib import Path

from veille.article import Article
from veille.link.dedup import NearDuplicateLinker
from veille.link.minhash import normalise, overlap, shingle_hashes
from veille.store.sqlite import SqliteStore

ROOT = Path(__file__).resolve().parent.parent


def read_corpus(shared: Path, n: int) -> list[Article]:
    articles = []
    with gzip.open(shared / "corpora/orangesum/orangesum_articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            text = "\n\n".join(p for p in (row.get("heading"), row.get("article")) if p)
            articles.append(Article(id=str(row["id"]), source_id=f"orangesum:{row['id']}", title=row.get("title"),
                                    published=row.get("published_time") or row.get("date"), text=text))
            if n and len(articles) >= n:
                break
    return articles


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=0, help="articles to read (0: all)")
    parser.add_argument("--sample", type=int, default=200)
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--out", type=Path, default=Path("dedup_precision_sample.txt"))
    args = parser.parse_args()
    articles = read_corpus(args.shared, args.n)
    listed = {}
    for number, line in enumerate((args.shared / "corpora/orangesum/list_of_duplicates.txt").read_text().splitlines()):
        for item in line.strip().split(","):
            if item:
                listed[item.split(".")[0]] = number
    with tempfile.TemporaryDirectory() as tmp, SqliteStore(Path(tmp) / "dedup.db") as store:
        stage = NearDuplicateLinker()
        stage.bind(store)
        for start in range(0, len(articles), 500):
            stage.process_batch(articles[start : start + 500])
        roots = {a.id: store.dedup_entry(a.id).root_id for a in articles if a.text.strip()}
    by_id = {a.id: a for a in articles}
    pairs = sorted((a, r) for a, r in roots.items() if a != r and not (a in listed and listed.get(r) == listed[a]))
    identical = sum(1 for a, r in pairs if normalise(by_id[a].text) == normalise(by_id[r].text))
    sample = random.Random(20250304).sample(pairs, min(args.sample, len(pairs)))
    bands = {"jaccard>=0.9": 0, "jaccard 0.5-0.9": 0, "containment>=0.7 only": 0}
    with args.out.open("w", encoding="utf-8") as out:
        for number, (copy, root) in enumerate(sample, 1):
            a, b = by_id[copy], by_id[root]
            jaccard, containment = overlap(shingle_hashes(normalise(a.text), 5), shingle_hashes(normalise(b.text), 5))
            bands["jaccard>=0.9" if jaccard >= 0.9 else "jaccard 0.5-0.9" if jaccard >= 0.5
                  else "containment>=0.7 only"] += 1
            out.write(f"#{number} copy={copy} original={root} jaccard={jaccard:.2f} containment={containment:.2f}\n")
            for article in (a, b):
                out.write(f"  [{article.id} {article.published}] {article.title}\n"
                          f"    {article.text[:300]!r}\n    ... {article.text[-200:]!r}\n")
    print(f"articles={len(articles)} predicted_pairs={len(roots) - len(set(roots.values()))} "
          f"outside_list={len(pairs)} (byte-identical bodies after normalising: {identical}) "
          f"sample={len(sample)} -> {args.out}")
    print("sample overlap: " + " ".join(f"{k}={v}" for k, v in bands.items()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
