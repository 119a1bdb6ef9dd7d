"""`veille watch`: poll feeds on a schedule, one summary line per round, every failure on stderr."""
from __future__ import annotations

import sys

import click

from veille.run.watch import RoundReport, watch
from veille.serve.cli.main import EXIT_PARTIAL, db_option, open_from, resolve


def describe_round(report: RoundReport) -> str:
    log, funnel = report.log, report.funnel
    parts = [
        f"round {report.number}: {log.feeds} feeds ({log.not_modified} not modified)",
        f"{log.pages} pages fetched" + (f", {log.from_feed} entries from the feed's text" if log.from_feed else ""),
        f"new {funnel.new} · updated {funnel.updated} · unchanged {funnel.unchanged}"
        + "".join(f" · rejected {reason} {n}" for reason, n in sorted(funnel.rejected.items())),
        f"failed {funnel.failed}",
        f"{report.seconds:.1f} s",
    ]
    return " · ".join(parts)


@click.command("watch")
@click.argument("feeds_file", metavar="FEEDS_FILE")
@db_option
@click.option("--interval", type=float, default=None, metavar="SECONDS",
              help="Seconds from the start of one round to the next (default 900).")
@click.option("--once", is_flag=True, help="Run one round and exit (exit code 3 if anything failed).")
@click.option("--timeout", type=float, default=None, metavar="SECONDS",
              help="Seconds one fetch may take, redirects included (default 20).")
@click.option("--max-bytes", type=int, default=None, metavar="BYTES",
              help="Largest feed or page read (default 10485760); reading stops there.")
@click.option("--host-interval", type=float, default=None, metavar="SECONDS",
              help="Seconds between two requests to one host (default 2); robots.txt Crawl-delay can raise it.")
@click.option("--hosts", type=int, default=None, metavar="N",
              help="How many hosts to fetch from at once (default 8); each host still gets one request at a time.")
@click.option("--allow-private", is_flag=True, default=None,
              help="Also fetch loopback, private and link-local addresses (off by default: a feed could "
                   "otherwise make veille probe your own network).")
@click.option("--quiet", "-q", is_flag=True, help="No line per round (failures still go to stderr).")
def watch_command(feeds_file: str, db: str | None, interval: float | None, once: bool, timeout: float | None,
                  max_bytes: int | None, host_interval: float | None, hosts: int | None,
                  allow_private: bool | None, quiet: bool) -> None:
    """Poll the RSS/Atom feeds listed in FEEDS_FILE and ingest their new articles.

    \b
    FEEDS_FILE: one feed URL per line; '#' starts a comment; blank lines are ignored.
      # Politique
      https://www.example.fr/rss/politique.xml
      https://www.example.fr/atom.xml   # the whole site
    The file is read again every round: edit it without restarting.

    Each round fetches each feed (sending back its ETag / Last-Modified, so an unchanged
    feed costs one 304), then the page of every entry not fetched before, and ingests the
    pages as `veille ingest` would: a page fetched twice is stored once (identity is its URL).
    Fetching is polite and guarded: robots.txt is obeyed, one host gets one request every
    --host-interval seconds, each fetch stops at --timeout and --max-bytes, at most 5
    redirects, only http(s) URLs, and no private or loopback address unless --allow-private.
    Up to --hosts hosts are fetched from at once; what a round ingests comes in the order of
    the feeds file and of each feed's entries, whichever server answers first.
    A page that cannot be fetched is tried again in later rounds (3 tries) when the failure
    may pass; if it never can be and the feed carries the entry's full text, that text is
    ingested instead. A feed that times out, fails or answers garbage is reported on stderr
    as `failed WHERE: REASON`, and the round goes on. Ctrl-C stops the watcher.
    """
    settings = resolve(db=db, watch_interval=interval, fetch_timeout=timeout, fetch_max_bytes=max_bytes,
                       host_interval=host_interval, fetch_hosts=hosts, allow_private=allow_private)
    store = open_from(settings)

    def report(round_report: RoundReport) -> None:
        if not quiet:
            click.echo(describe_round(round_report), err=True)
        for failure in round_report.funnel.failures:
            click.echo(f"failed {failure.where}: {failure.reason}", err=True)

    try:
        last = watch(feeds_file, settings=settings, store=store, rounds=1 if once else None, on_round=report)
    except KeyboardInterrupt:
        click.echo("veille watch: stopped", err=True)
        return
    finally:
        store.close()
    if last is not None and last.funnel.failed:
        sys.exit(EXIT_PARTIAL)
