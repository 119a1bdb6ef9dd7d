"""`veille eval quotes` and `veille eval stories`: score veille's output against gold annotations.

`eval quotes` scores quotes, from an export or by extracting the articles here.

The articles file is either veille's export (records with ``source_id`` and ``quotes``, scored
as they are) or veille's JSONL input form (``id``, ``text``, ``published``...), on which the NLP
stage runs in this process. Input texts are not cleaned first: the gold's quotes are substrings of
the text as given, and cleaning could move them.

`eval stories` ingests the articles with the whole ingest pipeline (clean, NLP, dedup, stories)
into a throwaway store, as `veille ingest` would, and scores the stories it forms: the linker is
measured with the entities, dates and events it sees in real use.
"""
from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path

import click
from rich.console import Console
from rich.table import Table

from veille.article import Article
from veille.config import Settings
from veille.errors import VeilleError
from veille.evaluate.quotes import (
    GROUPS, THRESHOLDS, QuoteScores, Span, export_spans, is_export, load_gold, read_jsonl, score_corpus,
)
from veille.evaluate.stories import StoryScores, score_stories
from veille.evaluate.stories import load_gold as load_story_gold


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


def ingest_stories(articles_path: str, batch_size: int) -> dict[str, tuple[str | None, str | None]]:
    """Source id -> (story id, publication date), after ingesting the file into a temporary store
    with the default stages."""
    from veille.run.local import ingest  # the pipeline (and spaCy) load only for this command
    from veille.store.sqlite import SqliteStore

    with tempfile.TemporaryDirectory(prefix="veille-eval-") as folder:
        settings = Settings(db=str(Path(folder) / "eval.db"), batch_size=batch_size)
        with SqliteStore(settings.db) as store:
            funnel = ingest([articles_path], settings=settings, store=store)
            if funnel.failures:
                first = funnel.failures[0]
                raise VeilleError(f"{funnel.failed} article(s) failed, first {first.where}: {first.reason}")
            return {article.source_id: (article.story_id, article.published) for article in store.iter_articles()}


def published_between(gold: dict[str, str], linked: dict[str, tuple[str | None, str | None]],
                      since: str | None, until: str | None) -> dict[str, str]:
    """The gold restricted to the articles published from ``since`` to ``until`` (ISO days, both included)."""
    if since is None and until is None:
        return gold
    kept = {}
    for doc, story in gold.items():
        day = (linked.get(doc, (None, None))[1] or "")[:10]
        if day and (since is None or day >= since) and (until is None or day <= until):
            kept[doc] = story
    return kept


def render_stories(console: Console, scores: StoryScores) -> None:
    table = Table(title=f"Stories ({scores.articles} articles, {scores.gold_stories} gold stories, "
                        f"{scores.predicted_stories} predicted)", title_justify="left")
    for column in ("measure", "precision", "recall", "F1"):
        table.add_column(column, justify="left" if column == "measure" else "right")
    for name, figures in (("B-cubed", scores.bcubed), ("pairwise", scores.pairwise),
                          ("B-cubed, all singletons", scores.singletons_bcubed)):
        table.add_row(name, f"{figures.precision:.3f}", f"{figures.recall:.3f}", f"{figures.f1:.3f}")
    console.print(table)


@eval_command.command("stories")
@click.option("--gold", "gold_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help='Gold clusters JSONL: {"story": ..., "doc_ids": [...]} per line.')
@click.option("--articles", "articles_path", required=True, type=click.Path(exists=True, dir_okay=False),
              help="Input JSONL (id, title, text, published...) to ingest here.")
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
@click.option("--batch-size", type=int, default=64, show_default=True, help="Articles per pipeline batch.")
@click.option("--from", "since", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Score only the gold articles published on or after this day (all are still linked).")
@click.option("--to", "until", type=click.DateTime(["%Y-%m-%d"]), default=None,
              help="Score only the gold articles published on or before this day (all are still linked).")
def stories_command(gold_path: str, articles_path: str, as_json: bool, batch_size: int,
                    since: datetime | None, until: datetime | None) -> None:
    """Story clusters against gold: B-cubed and pairwise precision, recall, F1, and the all-singletons baseline.

    --from/--to score part of the gold (one half of a week, say) from the one run over the whole file,
    so a part is judged on the stories it really gets, neighbours included."""
    try:
        gold = load_story_gold(gold_path)
        linked = ingest_stories(articles_path, max(1, batch_size))
        gold = published_between(gold, linked, since and since.date().isoformat(), until and until.date().isoformat())
        scores = score_stories({doc: story for doc, (story, _) in linked.items()}, gold)
    except ValueError as exc:
        raise VeilleError(str(exc)) from None
    if as_json:
        click.echo(json.dumps(scores.as_dict(), ensure_ascii=False))
    else:
        render_stories(Console(), scores)
