"""`veille eval quotes`: score quotes against gold, from an export or by extracting the articles here.

The articles file is either veille's export (records with ``source_id`` and ``quotes``, scored
as they are) or veille's JSONL input form (``id``, ``text``, ``published``...), on which the NLP
stage runs in this process. Input texts are not cleaned first: the gold's quotes are substrings of
the text as given, and cleaning could move them.
"""
from __future__ import annotations

import json

import click
from rich.console import Console
from rich.table import Table

from veille.article import Article
from veille.errors import VeilleError
from veille.evaluate.quotes import (
    GROUPS, THRESHOLDS, QuoteScores, Span, export_spans, is_export, load_gold, read_jsonl, score_corpus,
)


def _extract(records: list[dict[str, object]], batch_size: int) -> dict[str, list[Span]]:
    from veille.extract.nlp import NlpExtractor  # spaCy loads only when there is something to extract

    stage = NlpExtractor()
    articles = [
        Article(source_id=str(r.get("id", "")), text=str(r.get("text") or ""), published=r.get("published"))  # type: ignore[arg-type]
        for r in records
    ]
    predicted: dict[str, list[Span]] = {}
    for begin in range(0, len(articles), batch_size):
        batch = articles[begin: begin + batch_size]
        for article, result in zip(batch, stage.process_batch(batch), strict=True):
            if isinstance(result, Exception):
                raise VeilleError(f"extraction failed on {article.source_id}: {result}")
            predicted[article.source_id] = [Span(q.type, q.start, q.end, q.speaker) for q in result.quotes]
    return predicted


def render(console: Console, scores: QuoteScores) -> None:
    table = Table(title=f"Quotes ({scores.documents} articles)", title_justify="left")
    for column in ("group", "threshold", "gold", "predicted", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "group" else "right")
    for group in GROUPS:
        for threshold in THRESHOLDS:
            c = scores.counts[(threshold, group)]
            table.add_row(group, f"> {threshold:.0%}", str(c.gold), str(c.predicted),
                          f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}")
    console.print(table)
    for group in GROUPS:
        console.print(f"speaker accuracy ({group}, matched at > {THRESHOLDS[0]:.0%}): {scores.speaker_accuracy(group):.3f}")


@click.group("eval")
def eval_command() -> None:
    """Measure veille against gold annotations."""


@eval_command.command("quotes")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False), help="Gold JSONL.")
@click.option("--articles", "articles_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="veille export JSONL, or input JSONL (id, text, published) to extract here.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--batch-size", type=int, default=32, show_default=True, help="Articles per spaCy batch.")
def quotes_command(gold_path: str, articles_path: str, as_json: bool, batch_size: int) -> None:
    """Quote precision, recall, F1 (> 30 % and > 80 % of the gold words covered) and speaker accuracy."""
    try:
        gold = load_gold(gold_path)
        records = read_jsonl(articles_path)
    except ValueError as exc:
        raise VeilleError(str(exc)) from None
    wanted = [r for r in records if str(r.get("source_id") if is_export(r) else r.get("id")) in gold]
    texts = {str(r.get("source_id") if is_export(r) else r.get("id")): str(r.get("text") or "") for r in wanted}
    exported = [r for r in wanted if is_export(r)]
    predicted = {str(r["source_id"]): export_spans(r) for r in exported}
    predicted.update(_extract([r for r in wanted if not is_export(r)], max(1, batch_size)))
    try:
        scores = score_corpus(gold, texts, predicted)
    except ValueError as exc:
        raise VeilleError(str(exc)) from None
    if as_json:
        click.echo(json.dumps(scores.as_dict(), ensure_ascii=False))
    else:
        render(Console(), scores)
