"""URL inputs of `veille ingest`, fetched from real HTTP servers on loopback: read by media type, guarded."""
from __future__ import annotations

import gzip
import json
from pathlib import Path

from click.testing import CliRunner

from veille.article import Article
from veille.pipeline import Failure
from veille.serve.cli.main import EXIT_PARTIAL, cli
from veille.source import read_inputs
from veille.source.web.fetch import FetchPolicy
from veille.store.sqlite import SqliteStore

OPEN = FetchPolicy(timeout=3.0, host_interval=0.0, allow_private=True)
PAGE = ("<!doctype html><html lang='fr'><head><meta charset='utf-8'><title>Le bac de Loire reprend du service</title>"
        "</head><body><article><h1>Le bac de Loire reprend du service</h1><p>Le bac reliant les deux rives a repris "
        "ses traversées lundi matin, après trois semaines de travaux sur la cale.</p></article></body></html>")


def read(urls: list[str], policy: FetchPolicy | None = OPEN) -> list[Article | Failure]:
    return list(read_inputs(urls, web=policy))


def test_a_page_is_the_article_at_the_url_the_fetch_ended_on(loopback_site) -> None:
    loopback_site.add("/2025/bac", PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    loopback_site.add("/bac", status=301, headers={"Location": "/2025/bac"})

    [article] = read([loopback_site.url("/bac")])

    assert isinstance(article, Article)
    assert article.url == loopback_site.url("/2025/bac")
    assert article.extra["requested_url"] == loopback_site.url("/bac")
    assert article.raw is not None and article.raw.format == "html"
    assert "trois semaines de travaux" in article.raw.content


def test_records_and_gzip_at_a_url_read_as_the_file_would(loopback_site) -> None:
    lines = [{"id": f"loire:{n}", "title": f"Crue {n}", "text": f"La Loire monte, relevé numéro {n}."} for n in (1, 2)]
    body = gzip.compress("".join(json.dumps(line) + "\n" for line in lines).encode("utf-8"))
    loopback_site.add("/export/releves.jsonl.gz", body, headers={"Content-Type": "application/octet-stream"})

    articles = read([loopback_site.url("/export/releves.jsonl.gz")])

    assert [(a.source_id, a.title) for a in articles] == [("loire:1", "Crue 1"), ("loire:2", "Crue 2")]


def test_loopback_is_refused_unless_allowed_and_nothing_is_requested(loopback_site) -> None:
    loopback_site.add("/2025/bac", PAGE, headers={"Content-Type": "text/html"})

    [failure] = read([loopback_site.url("/2025/bac")], FetchPolicy(timeout=3.0, host_interval=0.0))

    assert isinstance(failure, Failure) and failure.where == loopback_site.url("/2025/bac")
    assert failure.reason.startswith("not fetched: refused") and "loopback" in failure.reason
    assert loopback_site.hits == []


def test_each_bad_url_is_its_own_failure_and_the_next_input_is_read(loopback_site, tmp_path: Path) -> None:
    loopback_site.add("/2025/bac", PAGE, headers={"Content-Type": "text/html"})
    loopback_site.add("/photo", b"\x89PNG\r\n\x1a\n" + bytes(64), headers={"Content-Type": "text/html"})
    loopback_site.add("/vide", b"", headers={"Content-Type": "text/html"})
    local = tmp_path / "page.txt"
    local.write_text("Une page lue sur le disque.\n", encoding="utf-8")

    results = read([loopback_site.url("/absente"), loopback_site.url("/photo"), loopback_site.url("/vide"),
                    "ftp://exemple.fr/x", str(local), loopback_site.url("/2025/bac")])

    reasons = [r.reason for r in results if isinstance(r, Failure)]
    assert reasons[0] == "not fetched: HTTP 404 Not Found"
    assert reasons[1].startswith("binary content (not text)")
    assert reasons[2].startswith("empty answer")
    assert reasons[3] == "no such file or directory"  # not a URL veille fetches: read as a path
    assert [a.url or a.source_id for a in results if isinstance(a, Article)] == [str(local),
                                                                                 loopback_site.url("/2025/bac")]


def test_cli_ingests_a_url_once_and_again_adds_nothing(loopback_site, tmp_path: Path) -> None:
    url = loopback_site.add("/2025/bac", PAGE, headers={"Content-Type": "text/html; charset=utf-8"})
    db = str(tmp_path / "v.db")
    runner = CliRunner()

    refused = runner.invoke(cli, ["ingest", url, "--db", db, "--quiet"], catch_exceptions=False)
    first = runner.invoke(cli, ["ingest", url, "--db", db, "--quiet", "--allow-private"], catch_exceptions=False)
    second = runner.invoke(cli, ["ingest", url, "--db", db, "--allow-private"], catch_exceptions=False)

    assert refused.exit_code == EXIT_PARTIAL and "pass --allow-private" in refused.stderr
    assert first.exit_code == 0 and second.exit_code == 0, first.stderr + second.stderr
    summary = {line.split("│")[1].strip(): line.split("│")[2].strip() for line in second.stdout.splitlines()
               if line.count("│") == 3}
    assert (summary["read"], summary["new"], summary["of which copies (near-duplicates)"], summary["unchanged"]) == (
        "1", "0", "0", "1")
    with SqliteStore(db) as store:
        [article] = list(store.iter_articles())
    assert article.url == url and article.title == "Le bac de Loire reprend du service"
    assert "trois semaines de travaux" in article.text
