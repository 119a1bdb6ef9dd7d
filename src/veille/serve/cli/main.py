"""The `veille` command: a click group whose commands are thin adapters over the store and the executor."""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from veille import __version__
from veille.config import Settings, load_settings
from veille.errors import VeilleError
from veille.store import open_store
from veille.store.base import Store

F = TypeVar("F", bound=Callable[..., Any])
T = TypeVar("T")

EXIT_ERROR = 1
EXIT_PARTIAL = 3


def db_option(func: F) -> F:
    return click.option(
        "--db",
        default=None,
        metavar="PATH|URL",
        help="Store: a SQLite file (default ./veille.db) or a postgresql:// URL. Also $VEILLE_DB.",
    )(func)


def resolve(**cli: Any) -> Settings:
    return load_settings(cli=cli)


def open_from(settings: Settings) -> Store:
    return open_store(settings.db)


def read_store(db: str | None, read: Callable[[Store], T]) -> T:
    """What ``read`` finds in the store ``--db`` names, closed again before the command prints:
    a long listing piped into ``less`` then holds no connection."""
    store = open_from(resolve(db=db))
    try:
        return read(store)
    finally:
        store.close()


def found(value: T | None, missing: str) -> T:
    """``value``, or exit 1 with ``veille: <missing>`` on stderr when the store had nothing to show."""
    if value is None:
        click.echo(f"veille: {missing}", err=True)
        raise SystemExit(EXIT_ERROR)
    return value


class VeilleGroup(click.Group):
    """Turns veille's own errors into one clear line on stderr instead of a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except VeilleError as exc:
            click.echo(f"veille: error: {exc}", err=True)
            sys.exit(EXIT_ERROR)


@click.group(cls=VeilleGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="veille")
def cli() -> None:
    """veille — media monitoring: who said what, when, where, and how the story developed.

    Every command takes --db (a SQLite file, default ./veille.db, or a postgresql:// URL; or $VEILLE_DB).
    Exit codes: 0 success, 1 error, 2 bad usage, 3 ingest finished but some inputs failed.
    """


def _register() -> None:
    from veille.serve.cli import browse, check, evaluate, export, ingest, serve, stories, watch

    cli.add_command(ingest.ingest_command)
    cli.add_command(browse.search_command)
    cli.add_command(browse.show_command)
    cli.add_command(browse.stats_command)
    cli.add_command(check.check_command)
    cli.add_command(export.export_command)
    cli.add_command(serve.serve_command)
    cli.add_command(evaluate.eval_command)
    cli.add_command(stories.stories_command)
    cli.add_command(stories.timeline_command)
    cli.add_command(stories.quotes_command)
    cli.add_command(watch.watch_command)


_register()
