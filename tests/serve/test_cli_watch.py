"""`veille watch` from the command line, against a real feed on 127.0.0.1, through the whole pipeline."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from veille.serve.cli.main import EXIT_ERROR, EXIT_PARTIAL, cli
from veille.store.sqlite import SqliteStore

FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Le Courrier des Plaines</title><link>https://plaines.example/</link>
<item><title>La médiathèque de Vierzon rouvre ses portes</title><link>/2025/mediatheque</link>
<guid isPermaLink="false">cp-101</guid><pubDate>Tue, 04 Mar 2025 10:00:00 +0100</pubDate></item>
<item><title>Crue du Cher : vigilance orange</title><link>/2025/crue</link>
<guid isPermaLink="false">cp-102</guid><pubDate>Sat, 08 Mar 2025 07:30:00 +0100</pubDate></item>
</channel></rss>"""
PAGES = {
    "/2025/mediatheque": "La médiathèque a rouvert mardi après huit mois de chantier. « Nous avons doublé la surface "
                         "de lecture », a déclaré la directrice, Anne Morel. Les horaires du samedi sont élargis.",
    "/2025/crue": "Météo-France a placé le département en vigilance orange pour les crues samedi. Les habitants "
                  "des bords du Cher sont invités à la prudence, a indiqué la préfecture dans un communiqué.",
}


def serve_feed(site, tmp_path: Path) -> Path:
    for path, text in PAGES.items():
        site.add(path, f"<html><head><meta charset='utf-8'></head><body><article><p>{text}</p></article></body></html>",
                 headers={"Content-Type": "text/html; charset=utf-8"})
    feed = site.add("/rss.xml", FEED, headers={"Content-Type": "application/rss+xml", "ETag": '"c1"'})
    feeds_file = tmp_path / "flux.txt"
    feeds_file.write_text(f"# Presse du Centre\n{feed}  # tout le journal\n", encoding="utf-8")
    return feeds_file


def run(*args: str):
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def test_watch_once_stores_the_new_pages_and_says_what_the_round_did(loopback_site, tmp_path: Path) -> None:
    feeds_file = serve_feed(loopback_site, tmp_path)
    db = str(tmp_path / "v.db")
    result = run("watch", str(feeds_file), "--once", "--db", db, "--allow-private", "--host-interval", "0")

    assert result.exit_code == 0, result.stderr
    assert "round 1: 1 feeds (0 not modified) · 2 pages fetched · new 2" in result.stderr
    with SqliteStore(db) as store:
        articles = {a.url: a for a in store.iter_articles()}
    crue = articles[loopback_site.url("/2025/crue")]
    assert crue.title == "Crue du Cher : vigilance orange" and crue.published == "2025-03-08T07:30:00+01:00"
    assert "vigilance orange" in crue.text and crue.lang == "fr"


def test_watch_refuses_a_loopback_feed_unless_allowed_and_says_how(loopback_site, tmp_path: Path) -> None:
    feeds_file = serve_feed(loopback_site, tmp_path)
    result = run("watch", str(feeds_file), "--once", "--db", str(tmp_path / "v.db"), "--quiet")

    assert result.exit_code == EXIT_PARTIAL
    assert "resolves to 127.0.0.1, a loopback address; pass --allow-private" in result.stderr
    assert loopback_site.hits == []


def test_watch_without_a_readable_feeds_file_is_an_error(tmp_path: Path) -> None:
    result = run("watch", str(tmp_path / "absent.txt"), "--once", "--db", str(tmp_path / "v.db"))
    assert result.exit_code == EXIT_ERROR
    assert "cannot read the feeds file" in result.stderr and "Traceback" not in result.stderr


def test_watch_with_no_host_to_fetch_from_is_an_error(loopback_site, tmp_path: Path) -> None:
    feeds_file = serve_feed(loopback_site, tmp_path)
    result = run("watch", str(feeds_file), "--once", "--db", str(tmp_path / "v.db"), "--allow-private", "--hosts", "0")
    assert result.exit_code == EXIT_ERROR
    assert "fetch_hosts must be at least 1" in result.stderr and "Traceback" not in result.stderr
    assert loopback_site.hits == []


def test_watch_help_documents_the_feeds_file_and_the_guards() -> None:
    result = run("watch", "--help")
    assert "one feed URL per line; '#' starts a comment" in result.stdout
    for option in ("--interval", "--once", "--timeout", "--max-bytes", "--host-interval", "--hosts", "--allow-private",
                   "--db"):
        assert option in result.stdout
