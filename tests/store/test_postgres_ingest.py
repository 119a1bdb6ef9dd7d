"""`veille` on a PostgreSQL store end to end: the demo corpus in, search and export out, the same
articles as SQLite, and two ingest processes on one database at once."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.serve.cli.main import cli
from veille.store import open_store

pytestmark = [pytest.mark.postgres, pytest.mark.slow]


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def _export(db: str) -> dict[str, dict]:
    code, out, err = run("export", "articles", "--db", db)
    assert code == 0, err
    return {r["id"]: r for r in map(json.loads, out.splitlines())}


def test_demo_ingests_searches_and_exports_like_sqlite(demo_dir: Path, pg_db_url: str, tmp_path: Path) -> None:
    sqlite_db = str(tmp_path / "demo.db")
    for db in (pg_db_url, sqlite_db):
        code, out, err = run("ingest", str(demo_dir), "--db", db)
        assert code == 0, out + err
    on_pg, on_sqlite = _export(pg_db_url), _export(sqlite_db)
    assert len(on_pg) >= 12 and on_pg == on_sqlite  # the same records, field for field
    searches = {}
    for db in (pg_db_url, sqlite_db):
        code, out, _ = run("search", "greve", "--db", db, "--json")
        searches[db] = [json.loads(line) for line in out.splitlines()]
    hits = searches[pg_db_url]
    assert hits and all("grève" in (h["title"] + h["snippet"]).lower() for h in hits[:3])
    assert {h["id"] for h in hits} == {h["id"] for h in searches[sqlite_db]}
    code, out, _ = run("ingest", str(demo_dir), "--db", pg_db_url)  # again: nothing new
    assert code == 0
    with open_store(pg_db_url) as store:
        assert store.count_articles() == len(on_pg) and store.stats()["versions"] == len(on_pg)
    stories = {db: run("export", "stories", "--db", db)[1] for db in (pg_db_url, sqlite_db)}
    assert stories[pg_db_url] and stories[pg_db_url] == stories[sqlite_db]
    _the_web_api_serves_the_same_pages(pg_db_url, sqlite_db)


def _the_web_api_serves_the_same_pages(pg_db_url: str, sqlite_db: str) -> None:
    from fastapi.testclient import TestClient

    from veille.config import Settings
    from veille.serve.api import create_app

    pages = {}
    for db in (pg_db_url, sqlite_db):
        client = TestClient(create_app(Settings(db=db)))
        home = client.get("/api/home")
        found = client.get("/api/search", params={"q": "greve"})
        assert home.status_code == found.status_code == 200
        facets = {name: sorted(values, key=lambda f: f["value"]) for name, values in found.json()["facets"].items()}
        pages[db] = (home.json(), found.json()["total"], facets)  # ties among facets follow each one's ranking
    assert pages[pg_db_url] == pages[sqlite_db] and pages[pg_db_url][1] > 0


def test_two_concurrent_ingests_neither_duplicate_nor_lose_an_article(demo_dir: Path, pg_db_url: str,
                                                                      tmp_path: Path) -> None:
    reference = str(tmp_path / "one.db")
    assert run("ingest", str(demo_dir), "--db", reference)[0] == 0
    expected = set(_export(reference))
    exe = Path(sys.executable).with_name("veille")
    env = {**os.environ, "VEILLE_DB": pg_db_url}
    procs = [subprocess.Popen([str(exe), "ingest", str(demo_dir)], env=env, stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outputs
    stored = _export(pg_db_url)
    assert set(stored) == expected
    stories = [run("export", "stories", "--db", db)[1] for db in (pg_db_url, reference)]
    assert stories[0] and stories[0] == stories[1]  # each article linked once: no story counted twice
    with open_store(pg_db_url) as store:
        conn = store._conn
        counts = {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                  for t in ("articles", "article_versions", "fingerprints", "dup_docs")}
        assert counts == dict.fromkeys(counts, len(expected))
        assert len(store.runs()) == 2
        members = conn.execute("SELECT count(*), count(DISTINCT article_id) FROM story_members").fetchone()
        assert members[0] == members[1] == len(expected)
