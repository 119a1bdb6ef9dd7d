"""Quality gate: `veille eval quotes` on the 40-article dev gold (../shared/gold), figures printed.

Floors are pinned a little below what was measured (F1@0.3 0.941, F1@0.8 0.928, speaker accuracy 0.913);
issue #3's targets are F1@0.3 >= 0.90 and speaker accuracy >= 0.90, both reached on these 40. Since session 5
development is judged on blind hand-annotated silver sets of other OrangeSum articles, which stay outside the
repository (their text is not ours); see the closing notes for those figures.
"""
from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from veille.serve.cli.evaluate import eval_command

pytestmark = [pytest.mark.quality, pytest.mark.model, pytest.mark.slow]

FLOORS = {"f1@0.3": 0.932, "f1@0.8": 0.918, "speaker_accuracy": 0.903}


def test_quote_extraction_on_the_dev_gold(shared_dir: Path) -> None:
    gold = shared_dir / "gold" / "quotes_dev.jsonl"
    articles = shared_dir / "gold" / "quotes_dev_articles.jsonl"
    root = click.Group(commands={"eval": eval_command})
    result = CliRunner().invoke(root, ["eval", "quotes", "--gold", str(gold), "--articles", str(articles), "--json"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    print(json.dumps(figures, indent=1))
    assert figures["documents"] == 40
    assert figures["all@0.3"]["f1"] >= FLOORS["f1@0.3"]
    assert figures["all@0.8"]["f1"] >= FLOORS["f1@0.8"]
    assert figures["speaker_accuracy"]["all"] >= FLOORS["speaker_accuracy"]
