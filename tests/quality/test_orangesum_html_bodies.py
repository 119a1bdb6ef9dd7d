"""Boilerplate gate (issue #2): the 400 raw OrangeSum pages against the dataset's own parse.

Metric: token F1 between the extracted text and the reference, as bags of lowercased word
tokens (``\\w+``). The reference is the record's ``heading`` followed by its ``article``:
on the page the heading is the article's lead paragraph, printed above the body inside the
article, so a correct extraction contains it (body-only figures are printed too). Unicode
format characters (soft hyphens, zero-width spaces) are removed before tokenising: the
reference keeps some inside words ("Whist\\u00adler"), the page renders them invisibly.
Pages go through the real source (``read_file`` on the ``.html.gz``), no URL given.
"""
from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

from veille.article import Article
from veille.clean.html import HtmlExtractor
from veille.source import read_file
from veille.stage import Reject

pytestmark = pytest.mark.quality

TOKEN_F1_FLOOR = 0.9
SHARE_FLOOR = 0.95
_WORD = re.compile(r"\w+")


def _tokens(text: str) -> Counter[str]:
    visible = "".join(c for c in text if unicodedata.category(c) != "Cf")
    return Counter(_WORD.findall(visible.lower()))


def token_f1(predicted: str, reference: str) -> float:
    ours, theirs = _tokens(predicted), _tokens(reference)
    common = sum((ours & theirs).values())
    if not common:
        return 0.0
    precision, recall = common / sum(ours.values()), common / sum(theirs.values())
    return 2 * precision * recall / (precision + recall)


def test_token_f1_counts_shared_words_not_their_order() -> None:
    assert token_f1("Le ministre a parlé.", "parlé a le MINISTRE") == 1.0
    assert token_f1("un deux", "un trois") == 0.5
    assert token_f1("Whist\u00adler", "Whistler") == 1.0
    assert token_f1("", "quelque chose") == 0.0


def test_html_bodies_match_the_orangesum_reference(shared_dir: Path) -> None:
    root = shared_dir / "corpora" / "orangesum" / "html_sample"
    references = [json.loads(line) for line in (root / "reference.jsonl").read_text(encoding="utf-8").splitlines()]
    stage = HtmlExtractor()
    with_heading: dict[int, float] = {}
    body_only: dict[int, float] = {}
    outcomes: Counter[str] = Counter()
    started, cpu_started = time.perf_counter(), time.process_time()
    for ref in references:
        (page,) = read_file(str(root / f"{ref['id']}.html.gz"))
        assert isinstance(page, Article), page
        try:
            text = stage.process(page).text
            outcomes["extracted"] += 1
        except Reject as reject:
            text = ""
            outcomes[f"rejected:{reject.reason}"] += 1
        with_heading[ref["id"]] = token_f1(text, f"{ref['heading'] or ''}\n{ref['article'] or ''}")
        body_only[ref["id"]] = token_f1(text, ref["article"] or "")
    seconds, cpu_seconds = time.perf_counter() - started, time.process_time() - cpu_started

    share = sum(score >= TOKEN_F1_FLOOR for score in with_heading.values()) / len(with_heading)
    share_body = sum(score >= TOKEN_F1_FLOOR for score in body_only.values()) / len(body_only)
    mean = sum(with_heading.values()) / len(with_heading)
    worst = sorted(with_heading.items(), key=lambda item: item[1])[:5]
    summary = (f"{len(references)} pages in {seconds:.1f} s, {cpu_seconds:.1f} s CPU ({dict(outcomes)}); token F1 >= {TOKEN_F1_FLOOR}: "
               f"{share:.1%} against heading+body (mean {mean:.3f}), {share_body:.1%} against body only")
    print(f"\norangesum html_sample: {summary}")
    print("  lowest (id, F1):", ", ".join(f"{i} {score:.3f}" for i, score in worst))
    assert share >= SHARE_FLOOR, f"orangesum: {summary}; floor {SHARE_FLOOR:.0%}"
