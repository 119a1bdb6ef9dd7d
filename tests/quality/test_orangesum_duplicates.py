"""Quality gate: OrangeSum's own duplicate groups (../shared/corpora/orangesum/list_of_duplicates.txt).

The dataset's list groups articles that share a title; it is a noisy reference for body
duplicates. Rule, stated once: a reference pair counts as a copy of one dispatch when its two
bodies share at least half of the shorter body's 5-word shingles. Under that they share a
title ("actualité automobile" series, "Qui a dit... ?"), a heading or a generic lead, or one
is a rewritten update of the other (OrangeSum: 1,853 of 2,032 groups are byte-identical
bodies; 3,937 of the 7,681 listed pairs share no shingle at all, most of them in two series
groups of 55 and 83 articles). Recall is measured over the counted pairs: both members must
land in one duplicate group (same root); the 0.2-0.5 band is printed, not asserted.

To stay fast, the dedup stage sees every article of the reference groups plus every
article of a slice of the corpus as distractors, in file order (as an ingest reads them: older copies
arriving late re-point their group, so roots are read back from the store).
Precision on pairs outside the list is the job of bench/dedup_precision.py (a reading sample).
"""
from __future__ import annotations

import gzip
import json
from itertools import combinations
from pathlib import Path

import pytest

from veille.article import Article
from veille.link.dedup import NearDuplicateLinker
from veille.link.minhash import normalise, overlap, shingle_hashes
from veille.store.sqlite import SqliteStore

pytestmark = [pytest.mark.quality, pytest.mark.slow]

RECALL_FLOOR = 0.98
REAL_DUPLICATE_CONTAINMENT = 0.5
BORDERLINE_CONTAINMENT = 0.2
DISTRACTOR_IDS = range(20_000, 22_000)


def orangesum_article(row: dict) -> Article:
    """Title, heading and body, as the bench reads them (the heading is the page's lead paragraph)."""
    text = "\n\n".join(part for part in (row.get("heading"), row.get("article")) if part)
    return Article(id=f"orangesum:{row['id']}", source_id=f"orangesum:{row['id']}", title=row.get("title"),
                   published=row.get("published_time") or row.get("date"), text=text)


def read_groups(path: Path) -> list[list[int]]:
    return [[int(item.split(".")[0]) for item in line.strip().split(",")]
            for line in path.read_text().splitlines() if line.strip()]


def test_orangesum_reference_duplicates_are_found(shared_dir, tmp_path):
    corpus = shared_dir / "corpora" / "orangesum"
    groups = read_groups(corpus / "list_of_duplicates.txt")
    wanted = {i for group in groups for i in group} | set(DISTRACTOR_IDS)
    with gzip.open(corpus / "orangesum_articles.jsonl.gz", "rt", encoding="utf-8") as handle:
        articles = {row["id"]: orangesum_article(row) for line in handle
                    for row in [json.loads(line)] if row["id"] in wanted}
    real, borderline, noisy = [], [], []
    for group in groups:
        for a, b in combinations(group, 2):
            containment = overlap(shingle_hashes(normalise(articles[a].text), 5),
                                  shingle_hashes(normalise(articles[b].text), 5))[1]
            if containment >= REAL_DUPLICATE_CONTAINMENT:
                real.append((a, b))
            else:
                (borderline if containment >= BORDERLINE_CONTAINMENT else noisy).append((a, b))
    stage = NearDuplicateLinker()
    with SqliteStore(tmp_path / "orangesum.db") as store:
        stage.bind(store)
        ordered = list(articles.values())
        for start in range(0, len(ordered), 500):
            results = stage.process_batch(ordered[start : start + 500])
            assert not [r for r in results if isinstance(r, Exception)]
        root = {i: store.dedup_entry(a.id).root_id for i, a in articles.items() if a.text}
    found = sum(1 for a, b in real if root.get(a, a) == root.get(b, b))
    recall = found / len(real)
    found_borderline = sum(1 for a, b in borderline if root.get(a, a) == root.get(b, b))
    print(f"\nOrangeSum reference: {len(groups)} groups, {len(real)} pairs counted, {len(noisy)} pairs excluded "
          f"(bodies share < {BORDERLINE_CONTAINMENT:.0%} of the shorter's shingles); recall={recall:.4f} "
          f"({found}/{len(real)}); borderline pairs (0.2-0.5) found {found_borderline}/{len(borderline)}; missed: {[p for p in real if root.get(p[0], p[0]) != root.get(p[1], p[1])][:10]}")
    assert recall >= RECALL_FLOOR
