"""`veille check`: is the store sound? For after a crash, a restore or a hand edit, and for scripts
(exit 1 when anything is wrong, with one problem a line)."""
from __future__ import annotations

import sys

import click

from veille.serve.cli.main import EXIT_ERROR, db_option, open_from, resolve


@click.command("check")
@db_option
def check_command(db: str | None) -> None:
    """Check the store: the database's own checks (SQLite: integrity_check, foreign_key_check), then
    veille's invariants: no article twice; every near-duplicate entry, story member and duplicate_of
    names a stored article; stories count their members; the search index holds each article once.

    Exit 0 when sound; 1 with each problem on its own line (what, how many, a few keys).
    """
    store = open_from(resolve(db=db))
    try:
        problems = store.check_integrity()
        articles = store.count_articles()
    finally:
        store.close()
    for problem in problems:
        click.echo(problem)
    if problems:
        click.echo(f"veille check: {len(problems)} problem(s) in a store of {articles} articles", err=True)
        sys.exit(EXIT_ERROR)
    click.echo(f"ok: {articles} articles, no problem found")
