"""The `veille` command end to end: real files in, a real SQLite file, output a user reads."""
from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from veille.serve.cli.main import EXIT_PARTIAL, cli

PRODUCT_FIELDS = {
    "id", "source_id", "url", "site", "section", "title", "published", "lang", "text", "boilerplate", "flags",
    "dateline", "quotes", "entities", "dates", "events", "story_id", "duplicate_of",
}


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def broken_folder(tmp_path: Path) -> Path:
    """Good pages next to an unreadable file, a binary file, an empty file and a truncated .gz."""
    folder = tmp_path / "inbox"
    folder.mkdir()
    (folder / "bonne.txt").write_text(
        "Le Courrier des Plaines\n\nRégion\n\nLa médiathèque de Vierzon rouvre ses portes après travaux\n\n"
        "VIERZON, le 4 mars. / ATX /. La médiathèque a rouvert mardi après huit mois de chantier. "
        "« Nous avons doublé la surface de lecture », a déclaré la directrice, Anne Morel.\n",
        encoding="utf-8",
    )
    records = [
        {"id": "cp:1", "title": "Un nouveau marché couvert à Bourges",
         "text": "Le conseil municipal a voté jeudi la construction d'un marché couvert. "
                 "Le maire a estimé que le projet serait livré en 2027.",
         "published": "2025-03-06", "source": "Le Courrier des Plaines"},
        {"id": "cp:2", "title": "Crue du Cher : vigilance orange",
         "text": "Météo-France a placé le département en vigilance orange pour les crues samedi. "
                 "Les habitants des bords du Cher sont invités à la prudence.",
         "published": "2025-03-08", "source": "Le Courrier des Plaines"},
    ]
    (folder / "depeches.jsonl").write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n",
                                           encoding="utf-8")
    (folder / "illisible.txt").symlink_to(folder / "nowhere.txt")
    (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8)
    (folder / "vide.txt").write_bytes(b"")
    whole = gzip.compress(("Une page de test.\n" * 2000).encode())
    (folder / "tronque.txt.gz").write_bytes(whole[: len(whole) // 2])
    return folder


def test_ingest_reports_each_broken_file_and_stores_the_rest(broken_folder: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    code, out, err = run("ingest", str(broken_folder), "--db", db)
    assert code == EXIT_PARTIAL
    failed = {line.split(":")[0].removeprefix("failed ").strip() for line in err.splitlines()
              if line.startswith("failed ")}
    names = {Path(p).name for p in failed}
    assert names == {"illisible.txt", "image.txt", "vide.txt", "tronque.txt.gz"}, err
    assert "binary" in err and "empty" in err and "truncated" in err.lower()
    assert "failed" in out and "4" in out
    code, out, _ = run("stats", "--db", db, "--json")
    assert json.loads(out)["articles"] == 3


def test_reingest_adds_nothing_and_a_changed_page_is_a_new_version(tmp_path: Path) -> None:
    db = str(tmp_path / "v.db")
    page = tmp_path / "page.jsonl"
    record = {"id": "x:1", "url": "https://courrier.example/a", "title": "Le pont rouvre",
              "text": "Le pont de Saint-Florent rouvre lundi à la circulation après deux ans de travaux.",
              "published": "2025-05-02"}
    page.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run("ingest", str(page), "--db", db)[0] == 0
    assert run("ingest", str(page), "--db", db)[0] == 0
    stats = json.loads(run("stats", "--db", db, "--json")[1])
    assert (stats["articles"], stats["versions"]) == (1, 1)
    record["text"] += " Les travaux ont coûté 12 millions d'euros."
    page.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    code, out, _ = run("ingest", str(page), "--db", db)
    assert code == 0 and "updated" in out
    stats = json.loads(run("stats", "--db", db, "--json")[1])
    assert (stats["articles"], stats["versions"]) == (1, 2)
    exported = [json.loads(line) for line in run("export", "articles", "--db", db)[1].splitlines()]
    assert len(exported) == 1 and "12 millions" in exported[0]["text"]


def test_demo_corpus_ingests_searches_shows_and_exports(demo_dir: Path, tmp_path: Path) -> None:
    db = str(tmp_path / "demo.db")
    code, out, _ = run("ingest", str(demo_dir), "--db", db)
    assert code == 0, out
    records = [json.loads(line) for line in run("export", "articles", "--db", db)[1].splitlines()]
    assert len(records) >= 12
    assert all(PRODUCT_FIELDS <= set(r) for r in records)
    assert all(r["lang"] == "fr" and r["text"] and r["title"] for r in records)
    code, out, _ = run("search", "greve", "--db", db, "--json")
    hits = [json.loads(line) for line in out.splitlines()]
    assert hits and all("grève" in (h["title"] + h["snippet"]).lower() for h in hits[:3])
    code, out, _ = run("show", hits[0]["id"], "--db", db, "--json")
    assert json.loads(out)["id"] == hits[0]["id"]
    code, _, err = run("show", "no-such-id", "--db", db)
    assert code == 1 and "no article" in err


def test_export_csv_and_parquet_hold_the_same_articles(demo_dir: Path, tmp_path: Path) -> None:
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet")
    db = str(tmp_path / "demo.db")
    run("ingest", str(demo_dir), "--db", db)
    out = tmp_path / "a.parquet"
    code, _, err = run("export", "articles", "--format", "parquet", "-o", str(out), "--db", db)
    assert code == 0 and "exported" in err
    ids = sorted(pyarrow_parquet.read_table(out).column("id").to_pylist())
    csv_out = run("export", "articles", "--format", "csv", "--db", db)[1]
    assert all(i in csv_out for i in ids) and len(ids) >= 12
    code, _, _ = run("export", "articles", "--format", "parquet", "--db", db)
    assert code == 2


def test_console_script_gives_help_and_clear_errors(tmp_path: Path) -> None:
    exe = shutil.which("veille", path=os.path.dirname(sys.executable))
    assert exe, "the veille console script is installed beside the interpreter"
    help_text = subprocess.run([exe, "ingest", "--help"], capture_output=True, text=True, check=True).stdout
    assert "--db" in help_text and "WARC" in help_text
    bad = subprocess.run([exe, "stats", "--db", "postgresql://nobody@127.0.0.1:1/none"],
                         capture_output=True, text=True)
    assert bad.returncode == 1 and bad.stderr.startswith("veille: error:")
    env = {**os.environ, "VEILLE_DB": str(tmp_path / "env.db")}
    subprocess.run([exe, "stats"], capture_output=True, text=True, check=True, env=env, cwd=tmp_path)
    assert (tmp_path / "env.db").exists()


def test_python_dash_m_veille_is_the_same_command(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "veille", "stats", "--help"], capture_output=True, text=True,
                          cwd=tmp_path)
    assert done.returncode == 0 and done.stdout.startswith("Usage: veille stats")
