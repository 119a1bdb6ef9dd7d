"""`veille check`: exit 0 and one line on a sound store, exit 1 with each problem on its own line."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from veille.article import Article
from veille.serve.cli.main import EXIT_ERROR, cli
from veille.store.sqlite import SqliteStore


def test_check_passes_a_sound_store_and_lists_what_is_wrong_with_a_broken_one(tmp_path: Path) -> None:
    db = str(tmp_path / "veille.db")
    with SqliteStore(db) as store:
        run = store.begin_run(inputs=[], settings={}, stages={})
        store.save([Article(id="a", source_id="a", text="Un texte.", fingerprint="f-a")], run_id=run)
    sound = CliRunner().invoke(cli, ["check", "--db", db])
    assert sound.exit_code == 0 and sound.stdout == "ok: 1 articles, no problem found\n"
    with SqliteStore(db) as store:  # link rows of a batch whose articles never made it
        store.dedup_add("lost", published=None, body_hash="h", root_id="a", shingles=b"\0" * 4, band_keys=[1])
    broken = CliRunner().invoke(cli, ["check", "--db", db])
    assert broken.exit_code == EXIT_ERROR
    assert broken.stdout == "near-duplicate entry for an article that is not stored: 1 (lost)\n"
    assert "1 problem(s)" in broken.stderr
