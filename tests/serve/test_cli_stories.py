"""`veille stories`, `veille timeline`, `veille quotes` and `veille export quotes` over real stores."""
from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from .conftest import ALTERED, QUOTE, STORY, UiStore
from veille.serve.cli.main import EXIT_ERROR, cli


def run(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(cli, list(args), catch_exceptions=False)
    return result.exit_code, result.stdout, result.stderr


def lines(out: str) -> list[dict]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def test_stories_lists_counts_with_copies_folded(ui_store: UiStore) -> None:
    code, out, _ = run("stories", "--json", "--db", str(ui_store.path), "--from", "2025-05-01")
    assert code == 0
    story = next(s for s in lines(out) if s["story_id"] == STORY)
    assert (story["articles"], story["copies"], story["outlet_count"]) == (2, 1, 3)
    code, table, _ = run("stories", "--db", str(ui_store.path), "--site", "Radio Corrèze")
    assert code == 0 and STORY in table


def test_timeline_merges_sources_and_folds_the_copy(ui_store: UiStore) -> None:
    code, out, _ = run("timeline", STORY, "--json", "--db", str(ui_store.path))
    assert code == 0
    [entry] = lines(out)
    sources = {s["article_id"]: s for s in entry["sources"]}
    assert set(sources) == {ui_store.budget.id, ui_store.follow_up.id}
    assert [c["article_id"] for c in sources[ui_store.budget.id]["copies"]] == [ui_store.copy.id]
    code, text, _ = run("timeline", STORY, "--db", str(ui_store.path))
    assert code == 0 and "2025-05-12" in text and "+1 copies" in text


def test_timeline_of_unknown_story_is_a_clear_error(ui_store: UiStore) -> None:
    code, _, err = run("timeline", "no-such-story", "--db", str(ui_store.path))
    assert code == EXIT_ERROR and "no story" in err


def test_quotes_traces_first_appearance_and_altered_version(ui_store: UiStore) -> None:
    code, out, _ = run("quotes", "--speaker", "MARIE LENOIR", "--json", "--db", str(ui_store.path))
    assert code == 0
    quotes = lines(out)
    assert [(q["article_id"], q["status"]) for q in quotes] == [
        (ui_store.budget.id, "original"), (ui_store.follow_up.id, "altered"), (ui_store.copy.id, "same")]
    assert {q["first_seen_article"] for q in quotes} == {ui_store.budget.id}
    assert quotes[0]["reported_by"] == 3
    code, text, _ = run("quotes", "--speaker", "Marie Lenoir", "--db", str(ui_store.path))
    assert code == 0 and "ALTERED" in text
    code, _, err = run("quotes", "--speaker", "Personne Inconnue", "--db", str(ui_store.path))
    assert code == EXIT_ERROR and "no quotes" in err


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_quotes_one_record_per_quote_with_provenance(ui_store: UiStore, fmt: str) -> None:
    code, out, _ = run("export", "quotes", "--format", fmt, "--db", str(ui_store.path))
    assert code == 0
    rows = lines(out) if fmt == "jsonl" else list(csv.DictReader(io.StringIO(out)))
    lenoir = {r["article_id"]: r for r in rows if r["speaker_id"] == "marie-lenoir"}
    assert lenoir[ui_store.follow_up.id]["text"] == ALTERED and lenoir[ui_store.budget.id]["text"] == QUOTE
    assert {r["first_seen_article"] for r in lenoir.values()} == {ui_store.budget.id}
    altered = {k: str(r["altered"]).lower() for k, r in lenoir.items()}
    assert altered == {ui_store.budget.id: "false", ui_store.follow_up.id: "true", ui_store.copy.id: "false"}


def test_export_quotes_parquet(ui_store: UiStore, tmp_path: Path) -> None:
    import pyarrow.parquet as pq

    target = tmp_path / "quotes.parquet"
    code, _, _ = run("export", "quotes", "--format", "parquet", "-o", str(target), "--db", str(ui_store.path))
    assert code == 0
    table = pq.read_table(target)
    assert "first_seen_article" in table.column_names and table.num_rows >= 3


@pytest.fixture(scope="module")
def seeds_db(shared_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    code, _, _ = run("ingest", str(shared_dir / "seeds"), "--db", str(db))
    assert code == 0
    return db


def test_seeds_share_one_story_whose_timeline_holds_the_17_december_event(seeds_db: Path) -> None:
    code, out, _ = run("export", "articles", "--db", str(seeds_db))
    articles = lines(out)
    assert len(articles) == 2 and len({a["story_id"] for a in articles}) == 1
    code, out, _ = run("timeline", articles[0]["story_id"], "--json", "--db", str(seeds_db))
    december = [e for e in lines(out) if e["date"] == "2021-12-17"]
    assert len(december) == 1
    assert {s["article_id"] for s in december[0]["sources"]} == {a["id"] for a in articles}


def test_quotes_speaker_matches_through_transliteration(seeds_db: Path) -> None:
    code, out, _ = run("quotes", "--speaker", "Sergei Ryabkov", "--json", "--db", str(seeds_db))
    assert code == 0
    quotes = lines(out)
    assert quotes and all(q["published"] for q in quotes)
