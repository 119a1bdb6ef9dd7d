"""read_inputs: the one entry point: folders, mixed formats, failures that never stop a run."""
from __future__ import annotations

import gzip
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from veille.article import Article
from veille.pipeline import Failure
from veille.source import SourceLimits, read_inputs

PAGE = "Le Journal de Bourgogne\n\nDijon inaugure sa nouvelle halle\n\nDIJON, le 2 mai. La halle ouvrira samedi.\n"


def split(results: list[Article | Failure]) -> tuple[list[Article], list[Failure]]:
    articles = [r for r in results if isinstance(r, Article)]
    failures = [r for r in results if isinstance(r, Failure)]
    assert len(articles) + len(failures) == len(results)
    return articles, failures


def test_seeds_read_as_two_dump_pages_named_by_their_path(shared_dir: Path) -> None:
    seeds = shared_dir / "seeds"
    articles, failures = split(list(read_inputs([str(seeds)])))
    assert failures == []
    expected = sorted(str(seeds / name) for name in os.listdir(seeds) if name.endswith(".txt"))
    assert [a.source_id for a in articles] == expected
    for article in articles:
        assert article.raw is not None and article.raw.format == "dump"
        on_disk = Path(article.source_id).read_text(encoding="utf-8").replace("\r\n", "\n")
        assert article.raw.content == on_disk  # nothing lost, nothing added
        assert article.id == "" and article.fingerprint == ""  # identity.py's job, later
    # seed 000 ends with a `----` line and no newline: still one page, separator kept for the cleaner
    assert articles[0].raw is not None and articles[0].raw.content.endswith("\n----")


def test_folder_with_broken_inputs_yields_every_good_page_and_one_failure_each(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    (folder / "sub").mkdir(parents=True)
    (folder / "a-page.txt").write_text(PAGE, encoding="utf-8")
    (folder / "b-page.html.gz").write_bytes(gzip.compress(b"<!doctype html><title>Halle</title><p>Ouverte.</p>"))
    records = [{"id": "bourgogne:1", "text": "Premier."}, {"id": "bourgogne:2", "text": "Second."}]
    (folder / "sub" / "c-records.jsonl.gz").write_bytes(
        gzip.compress("\n".join(json.dumps(r) for r in records).encode())
    )
    (folder / "d-two-pages.txt.gz").write_bytes(gzip.compress(f"{PAGE}----\n{PAGE}".encode()))
    (folder / ".hidden-notes.txt").write_text("brouillon", encoding="utf-8")  # skipped, not a failure
    # the four broken inputs; a broken symlink is unreadable even as root (chmod 000 is not)
    (folder / "e-gone.txt").symlink_to(tmp_path / "nowhere.txt")
    (folder / "f-photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (folder / "g-empty.txt").write_bytes(b"")
    (folder / "h-cut.jsonl.gz").write_bytes(gzip.compress(json.dumps(records[0]).encode() * 50)[:-30])

    articles, failures = split(list(read_inputs([str(folder)])))

    assert [a.source_id for a in articles] == [
        f"{folder}/a-page.txt",
        f"{folder}/b-page.html.gz",
        f"{folder}/d-two-pages.txt.gz#1",
        f"{folder}/d-two-pages.txt.gz#2",
        "bourgogne:1",
        "bourgogne:2",
    ]
    assert [a.raw.format for a in articles if a.raw] == ["dump", "html", "dump", "dump", "text", "text"]
    reasons = {Path(f.where).name: f.reason for f in failures}
    assert set(reasons) == {"e-gone.txt", "f-photo.txt", "g-empty.txt", "h-cut.jsonl.gz"}
    assert reasons["e-gone.txt"].startswith("broken symbolic link")
    assert reasons["f-photo.txt"].startswith("binary content (not text)")
    assert reasons["g-empty.txt"] == "empty file"
    assert reasons["h-cut.jsonl.gz"].startswith("truncated gzip stream")


def test_missing_path_and_url_are_failures_and_the_run_goes_on(tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    missing = str(tmp_path / "absent.txt")
    results = list(read_inputs([missing, "https://exemple.fr/article", str(page)]))
    assert results[0] == Failure(where=missing, reason="no such file or directory")
    assert isinstance(results[1], Failure) and results[1].where == "https://exemple.fr/article"
    assert results[1].reason.startswith("not fetched: URL inputs are read by `veille ingest` only")
    assert isinstance(results[2], Article) and results[2].source_id == str(page)


def test_files_are_read_in_sorted_order_across_subfolders(tmp_path: Path) -> None:
    for name in ("b.txt", "a/z.txt", "a/b/c.txt", "c.txt", "a.txt"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(f"Page {name}\n", encoding="utf-8")
    ids = [a.source_id for a in read_inputs([str(tmp_path)]) if isinstance(a, Article)]
    rel = [os.path.relpath(i, tmp_path) for i in ids]
    assert rel == ["a/b/c.txt", "a/z.txt", "a.txt", "b.txt", "c.txt"]


def test_unknown_extensions_are_sniffed(tmp_path: Path) -> None:
    (tmp_path / "1-page").write_bytes(b"<!DOCTYPE html><html><body><p>Salut</p></body></html>")
    (tmp_path / "2-records.json").write_text('{"id": "x:1", "text": "Bonjour"}\n', encoding="utf-8")
    (tmp_path / "3-flux").write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>'
        "<item><title>Un</title><link>https://t.example/1</link></item></channel></rss>",
        encoding="utf-8",
    )
    (tmp_path / "4-notes.md").write_text("Notes de rédaction\n", encoding="utf-8")
    (tmp_path / "5-data.gz").write_bytes(gzip.compress(b'{"id": "x:2", "text": "Re"}\n'))
    formats = [(a.source_id, a.raw.format) for a in read_inputs([str(tmp_path)]) if a.raw]
    assert formats == [(f"{tmp_path}/1-page", "html"), ("x:1", "text"), ("https://t.example/1", "text"),
                       (f"{tmp_path}/4-notes.md", "dump"), ("x:2", "text")]


def test_json_array_file_is_a_failure_that_says_what_to_do(tmp_path: Path) -> None:
    path = tmp_path / "export.json"
    path.write_text('[{"id": 1}]', encoding="utf-8")
    [failure] = list(read_inputs([str(path)]))
    assert isinstance(failure, Failure) and "JSON Lines" in failure.reason


@pytest.mark.slow
def test_memory_stays_flat_on_a_100_mb_jsonl(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    body = "Le conseil municipal a voté le budget, a indiqué le maire. " * 350
    with path.open("w", encoding="utf-8") as out:
        for n in range(5_000):
            record = {"id": f"big:{n}", "title": f"Titre {n}", "text": body, "rubrique": "Local"}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
    assert path.stat().st_size > 100 * 2**20
    tracemalloc.start()
    try:
        count = sum(1 for item in read_inputs([str(path)], limits=SourceLimits()) if isinstance(item, Article))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 5_000
    assert peak < 30 * 2**20, f"peak {peak / 2**20:.1f} MB"
