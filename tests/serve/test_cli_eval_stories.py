"""`veille eval stories` on a few invented dispatches: the whole pipeline runs, then the scores."""
from __future__ import annotations

import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner, Result
from rich.console import Console

from veille.evaluate.stories import score_stories
from veille.serve.cli.evaluate import eval_command, published_between, render_stories


ARTICLES = [
    {"id": "t:1", "published": "2024-03-12T08:00:00+01:00", "title": "Incendie dans une usine de papier à Montauban",
     "text": "Un violent incendie a ravagé mardi matin l'usine de papier Cartonnerie Garonne à Montauban. Les pompiers "
             "du Tarn-et-Garonne ont mobilisé quatre-vingts hommes pour circonscrire les flammes dans l'entrepôt de "
             "stockage. Aucun blessé n'est à déplorer, selon la préfecture."},
    {"id": "t:2", "published": "2024-03-12T15:30:00+01:00",
     "title": "Montauban : l'incendie de la Cartonnerie Garonne maîtrisé",
     "text": "Les pompiers du Tarn-et-Garonne ont maîtrisé l'incendie de l'usine de papier Cartonnerie Garonne à "
             "Montauban en début d'après-midi. L'entrepôt de stockage est détruit et cent vingt salariés sont au "
             "chômage technique, a indiqué la préfecture."},
    {"id": "t:3", "published": "2024-03-12T18:00:00+01:00", "title": "Cyclisme : Julie Marchand remporte la Route d'Armor",
     "text": "La Bretonne Julie Marchand a remporté au sprint la Route d'Armor, devant l'Italienne Sara Conti. "
             "La coureuse de vingt-trois ans signe la première victoire professionnelle de sa carrière sur les "
             "routes des Côtes-d'Armor."},
]


def run_eval(tmp_path: Path, gold: list[dict[str, object]], *options: str) -> Result:
    articles, gold_path = tmp_path / "articles.jsonl", tmp_path / "gold.jsonl"
    articles.write_text("".join(json.dumps(a, ensure_ascii=False) + "\n" for a in ARTICLES), encoding="utf-8")
    gold_path.write_text("".join(json.dumps(g) + "\n" for g in gold), encoding="utf-8")
    root = click.Group(commands={"eval": eval_command})
    return CliRunner().invoke(root, ["eval", "stories", "--gold", str(gold_path), "--articles", str(articles), *options])


@pytest.mark.model
@pytest.mark.slow
def test_eval_stories_scores_the_stories_the_pipeline_forms(tmp_path: Path) -> None:
    gold = [{"story": "fire", "doc_ids": ["t:1", "t:2"]}, {"story": "race", "doc_ids": ["t:3"]}]
    result = run_eval(tmp_path, gold, "--json")
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output.strip().splitlines()[-1])
    assert figures["articles"] == 3 and figures["gold_stories"] == 2 and figures["predicted_stories"] == 2
    assert figures["pairwise"]["f1"] == 1.0 and figures["bcubed"]["f1"] == 1.0
    assert figures["singletons_bcubed"]["recall"] < 1.0


def test_the_table_shows_each_measure_with_its_figures() -> None:
    scores = score_stories({"a": "x", "b": "x", "c": "x"}, {"a": "g", "b": "g", "c": "h"})
    console = Console(record=True, width=120)
    render_stories(console, scores)
    lines = console.export_text().splitlines()
    assert "3 articles, 2 gold stories, 1 predicted" in lines[0]
    pairwise_row = next(line for line in lines if "pairwise" in line)
    assert "0.333" in pairwise_row and "1.000" in pairwise_row  # precision 1/3, recall 1
    assert any("B-cubed, all singletons" in line for line in lines)


def test_from_and_to_keep_the_gold_articles_published_in_between() -> None:
    gold = {"a": "g", "b": "g", "c": "h", "d": "h"}
    linked = {"a": ("s1", "2024-03-10T23:30:00+01:00"), "b": ("s1", "2024-03-11T08:00:00+01:00"),
              "c": ("s2", "2024-03-12T12:00:00+01:00"), "d": ("s3", None)}
    assert published_between(gold, linked, "2024-03-11", None) == {"b": "g", "c": "h"}
    assert published_between(gold, linked, None, "2024-03-11") == {"a": "g", "b": "g"}
    assert published_between(gold, linked, "2024-03-11", "2024-03-11") == {"b": "g"}
    assert published_between(gold, linked, None, None) == gold
