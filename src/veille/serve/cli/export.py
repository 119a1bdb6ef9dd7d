"""`veille export`: the PRODUCT.md records, streamed to a file or stdout."""
from __future__ import annotations

import sys

import click

from veille.serve.cli.main import db_option, open_from, resolve
from veille.serve.export import export_articles, export_quotes, export_stories


@click.command("export")
@click.argument("kind", type=click.Choice(["articles", "stories", "quotes"]))
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl", show_default=True)
@click.option("--output", "-o", type=click.Path(dir_okay=False, writable=True), default=None,
              help="File to write (default: stdout; required for parquet).")
@db_option
def export_command(kind: str, fmt: str, output: str | None, db: str | None) -> None:
    """Export KIND records: articles (the record of PRODUCT.md), stories, or quotes with their provenance.

    In CSV, a text cell starting with = + - @ (or a tab or carriage return) is written with a
    leading ' so that a spreadsheet shows it as text instead of running it as a formula; JSONL and
    Parquet keep every value exactly as stored.
    """
    if fmt == "parquet" and output is None:
        raise click.UsageError("parquet is binary: give --output FILE")
    store = open_from(resolve(db=db))
    try:
        writer = {"articles": export_articles, "stories": export_stories, "quotes": export_quotes}[kind]
        if output is None:
            count = writer(store, sys.stdout.buffer, fmt)
        else:
            with open(output, "wb") as handle:
                count = writer(store, handle, fmt)
    finally:
        store.close()
    click.echo(f"exported {count} {kind}", err=True)
