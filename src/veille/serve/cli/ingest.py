"""`veille ingest`: progress on a terminal, and a funnel summary with every failure at the end."""
from __future__ import annotations

import sys
import time

import click
from rich.console import Console
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from veille.pipeline import Funnel
from veille.run.local import ingest
from veille.serve.cli.main import EXIT_PARTIAL, db_option, open_from, resolve


def render_summary(console: Console, funnel: Funnel, seconds: float) -> None:
    table = Table(title="Ingest summary", show_header=False, title_justify="left")
    rate = funnel.read / seconds if seconds > 0 else 0.0
    table.add_row("read", str(funnel.read))
    table.add_row("new", str(funnel.new))
    table.add_row("  of which copies (near-duplicates)", str(funnel.copies))
    table.add_row("updated (new version)", str(funnel.updated))
    table.add_row("unchanged", str(funnel.unchanged))
    for reason, count in sorted(funnel.rejected.items()):
        table.add_row(f"rejected: {reason}", str(count))
    table.add_row("failed", str(funnel.failed))
    table.add_row("time", f"{seconds:.1f} s ({rate:.1f} pages/s)")
    console.print(table)


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True)
@db_option
@click.option("--workers", type=int, default=None,
              help="Processes for cleaning and NLP (default 1); results do not depend on it.")
@click.option("--batch-size", type=int, default=None, help="Pages per batch (default 64).")
@click.option("--engine", type=click.Choice(["local", "ray"]), default=None,
              help="local (processes on this machine, default) or ray (a Ray cluster, or a local Ray instance).")
@click.option("--ray-address", default=None, metavar="HOST:PORT",
              help="Ray cluster for --engine ray (also $RAY_ADDRESS); default: start Ray here with --workers CPUs.")
@click.option("--ray-output", default=None, metavar="parquet:DIR",
              help="With --engine ray, also write the per-article records (before dedup and stories) to DIR.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Also fetch URLs on loopback, private and link-local addresses (off by default).")
@click.option("--quiet", "-q", is_flag=True, help="No progress bar and no summary table (failures still go to stderr).")
def ingest_command(paths: tuple[str, ...], db: str | None, workers: int | None, batch_size: int | None,
                   engine: str | None, ray_address: str | None, ray_output: str | None, allow_private: bool | None,
                   quiet: bool) -> None:
    """Read PATHS (files, folders, .gz, http(s) URLs) into the store.

    Formats: page-text dumps (.txt, pages separated by a `----` line), HTML, JSONL/CSV
    records, WARC/WARC.gz, RSS/Atom. Re-running never duplicates: identical content is
    skipped, a changed page at the same URL becomes a new version of its article.
    A URL is fetched once, as `veille watch` fetches (robots.txt, timeout, size cap, no
    private address unless --allow-private) and read by its media type: a page is the
    article at the URL the fetch ended on; a feed gives its entries' own text (to fetch
    each entry's page, use `veille watch`); a JSONL, WARC or .gz reads as the file would.
    Each input that fails is reported on stderr as `failed WHERE: REASON`, and each page left
    out (no text; too large or too deeply nested to read safely) as `rejected WHERE: REASON`;
    the rest goes on.
    """
    settings = resolve(db=db, workers=workers, batch_size=batch_size, engine=engine, ray_address=ray_address,
                       ray_output=ray_output, allow_private=allow_private)
    store = open_from(settings)
    console = Console(stderr=True)
    started = time.perf_counter()
    try:
        if quiet or not console.is_terminal:
            funnel = ingest(list(paths), settings=settings, store=store)
        else:
            with Progress(
                SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=console, transient=True
            ) as bar:
                task = bar.add_task("reading", total=None)

                def advance(count: int, so_far: Funnel) -> None:
                    bar.update(
                        task,
                        advance=count,
                        description=f"read {so_far.read} · new {so_far.new} · unchanged {so_far.unchanged}"
                        f" · failed {so_far.failed}",
                    )

                funnel = ingest(list(paths), settings=settings, store=store, progress=advance)
    finally:
        store.close()
    seconds = time.perf_counter() - started
    if not quiet:
        render_summary(Console(), funnel, seconds)
    for failure in funnel.failures:
        click.echo(f"failed {failure.where}: {failure.reason}", err=True)
    for reject in funnel.rejects:
        click.echo(f"rejected {reject.where}: {reject.reason}", err=True)
    if funnel.failed:
        sys.exit(EXIT_PARTIAL)
