"""Terminal views over the store: `veille search`, `veille show`, `veille stats`."""
from __future__ import annotations

import json

import click
from rich.console import Console
from rich.markup import escape
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from veille.serve.cli.main import db_option, found, read_store
from veille.store.base import MARK_END, MARK_START, SearchFilters


def highlighted(snippet: str) -> Text:
    """A snippet with the store's match marks turned into bold; everything else stays literal text."""
    text = Text()
    rest = snippet
    while MARK_START in rest:
        before, _, after = rest.partition(MARK_START)
        match, _, rest = after.partition(MARK_END)
        text.append(before)
        text.append(match, style="bold yellow")
    text.append(rest)
    return text


@click.command("search")
@click.argument("query")
@db_option
@click.option("--limit", type=click.IntRange(1, 1000), default=20, show_default=True)
@click.option("--offset", type=click.IntRange(0), default=0)
@click.option("--from", "date_from", metavar="YYYY-MM-DD", help="Published on or after this date.")
@click.option("--to", "date_to", metavar="YYYY-MM-DD", help="Published on or before this date.")
@click.option("--site", help="Only this outlet.")
@click.option("--lang", help="Only this language (ISO 639-1, e.g. fr).")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit instead of a table.")
def search_command(query: str, db: str | None, limit: int, offset: int, date_from: str | None,
                   date_to: str | None, site: str | None, lang: str | None, as_json: bool) -> None:
    """Full-text search, ranked, ignoring case and accents ("securite" finds "sécurité")."""
    filters = SearchFilters(date_from=date_from, date_to=date_to, site=site, lang=lang)
    page = read_store(db, lambda store: store.search(query, limit=limit, offset=offset, filters=filters))
    if as_json:
        for hit in page.hits:
            record = {"id": hit.id, "title": hit.title, "site": hit.site, "published": hit.published,
                      "score": hit.score, "snippet": hit.snippet.replace(MARK_START, "").replace(MARK_END, "")}
            click.echo(json.dumps(record, ensure_ascii=False))
        return
    console = Console()
    console.print(f"{page.total} result(s) for {query!r}", highlight=False, markup=False)
    for rank, hit in enumerate(page.hits, start=offset + 1):
        head = Text(f"{rank}. ", style="bold")
        head.append(hit.title or "(untitled)", style="bold")
        head.append(f"  {hit.site or '?'} · {hit.published or 'undated'} · {hit.id}", style="dim")
        console.print(head)
        console.print(Text("   ").append(highlighted(hit.snippet)))


@click.command("show")
@click.argument("article_id")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The full export record as JSON.")
def show_command(article_id: str, db: str | None, as_json: bool) -> None:
    """Show one article: metadata, clean text, removed boilerplate and flags."""
    article = found(read_store(db, lambda store: store.get(article_id)), f"no article with id {article_id!r}")
    if as_json:
        click.echo(json.dumps(article.to_record(), ensure_ascii=False, indent=2))
        return
    console = Console()
    meta = Table.grid(padding=(0, 2))
    for name, value in (("id", article.id), ("source", article.source_id), ("url", article.url),
                        ("site", article.site), ("section", article.section), ("published", article.published),
                        ("lang", article.lang),
                        ("dateline", article.dateline.raw if article.dateline else None)):
        meta.add_row(Text(name, style="dim"), Text(str(value) if value is not None else "—"))
    console.print(Panel(meta, title=Text(article.title or "(untitled)"), title_align="left"))
    console.print(Text(article.text))
    if article.boilerplate:
        console.print(Text("\nRemoved boilerplate:", style="dim"))
        for line in article.boilerplate:
            console.print(Text(f"  · {line}", style="dim"))
    flags = article.flags
    if flags.mt_residue or flags.damaged_chars:
        console.print(f"\nflags: mt_residue={escape(str(list(flags.mt_residue)))} damaged_chars={flags.damaged_chars}")


@click.command("stats")
@db_option
@click.option("--json", "as_json", is_flag=True)
def stats_command(db: str | None, as_json: bool) -> None:
    """What the store holds: articles, versions, outlets, languages, dates, runs."""
    stats = read_store(db, lambda store: store.stats())
    if as_json:
        click.echo(json.dumps(stats, ensure_ascii=False, indent=2, default=str))
        return
    table = Table(title="veille store", show_header=False, title_justify="left")
    for key, value in stats.items():
        if isinstance(value, dict):
            value = ", ".join(f"{k}: {v}" for k, v in value.items())
        table.add_row(key, Text(str(value)))
    Console().print(table)
